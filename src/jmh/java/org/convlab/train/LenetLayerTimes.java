package org.convlab.train;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.convlab.data.Dataset;
import org.convlab.data.SyntheticShapes;
import org.convlab.engine.ConvKernel;
import org.convlab.engine.EnginePool;
import org.convlab.engine.LossResult;
import org.convlab.engine.Mode;
import org.convlab.engine.Optimizer;
import org.convlab.engine.SoftmaxCrossEntropy;
import org.convlab.engine.Tensor;

/**
 * Where a LeNet-5 training step at batch 32 spends its time, layer by layer: the measurements
 * behind docs/training-speed.md. Runs full steps (forward, loss, backward, Adam) for a warm-up,
 * then times every layer's forward and backward, the loss and the update separately in rounds
 * of 200 steps, and prints the median of the rounds in milliseconds per step, on each thread
 * count given (default 1 and 2), alternating between them round by round. Compare thread counts
 * in separate runs, alternated: in one JVM the 2-thread model measured the same as the 1-thread
 * one (cause not found), while separate JVMs agree with {@code convlab bench}.
 *
 * <pre>java --add-modules jdk.incubator.vector -cp "target/classes:target/lib/classpath/*" org.convlab.train.LenetLayerTimes 1</pre>
 */
public final class LenetLayerTimes {
    private static final int BATCH = 32;
    private static final int STEPS_PER_ROUND = 200;
    private static final int ROUNDS = 9;
    private static final double WARMUP_SECONDS = 4;

    private LenetLayerTimes() {
    }

    public static void main(String[] args) {
        int[] threads = args.length == 0 ? new int[] {1, 2} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        Dataset data = SyntheticShapes.generate(8 * BATCH, 1);
        Tensor[] batches = new Tensor[8];
        int[][] labels = new int[8][BATCH];
        int[] order = new int[8 * BATCH];
        Arrays.setAll(order, i -> i);
        for (int b = 0; b < 8; b++) {
            batches[b] = data.newBatchBuffer(BATCH);
            data.copyBatch(order, b * BATCH, BATCH, batches[b], labels[b]);
        }
        Run[] runs = new Run[threads.length];
        for (int t = 0; t < threads.length; t++) {
            runs[t] = new Run(threads[t]);
        }
        for (Run r : runs) {
            long end = System.nanoTime() + (long) (WARMUP_SECONDS * 1e9);
            for (int s = 0; System.nanoTime() < end; s++) {
                r.step(batches[s % 8], labels[s % 8], null);
            }
        }
        for (int round = 0; round < ROUNDS; round++) {
            for (Run r : runs) {
                long[] nanos = new long[r.slots()];
                for (int s = 0; s < STEPS_PER_ROUND; s++) {
                    r.step(batches[s % 8], labels[s % 8], nanos);
                }
                for (int i = 0; i < nanos.length; i++) {
                    r.rounds[i][round] = nanos[i] / 1e6 / STEPS_PER_ROUND;
                }
            }
        }
        StringBuilder head = new StringBuilder("| layer |");
        StringBuilder rule = new StringBuilder("| --- |");
        for (Run r : runs) {
            head.append(" fwd ").append(r.threads).append("t | bwd ").append(r.threads).append("t |");
            rule.append(" --- | --- |");
        }
        System.out.println(head + "\n" + rule);
        List<ModelLayer> layers = runs[0].model.layers();
        for (int l = 0; l <= layers.size() + 1; l++) {
            String name = l < layers.size() ? layers.get(l).id() : l == layers.size() ? "loss" : "update";
            int slot = l < layers.size() ? 2 * l : layers.size() + l; // loss 2L, update 2L + 1
            StringBuilder row = new StringBuilder("| " + name + " |");
            for (Run r : runs) {
                row.append(String.format(Locale.ROOT, " %.3f | %s |", median(r.rounds[slot]),
                        l < layers.size() ? String.format(Locale.ROOT, "%.3f", median(r.rounds[slot + 1])) : ""));
            }
            System.out.println(row);
        }
        StringBuilder total = new StringBuilder("| **step** |");
        for (Run r : runs) {
            for (int round = 0; round < ROUNDS; round++) {
                double s = 0;
                for (double[] slot : r.rounds) {
                    s += slot[round];
                }
                r.totals[round] = s;
            }
            double ms = median(r.totals);
            total.append(String.format(Locale.ROOT, " %.3f ms | %,.0f img/s |", ms, BATCH / ms * 1e3));
        }
        System.out.println(total);
        for (Run r : runs) {
            r.pool.close();
        }
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    /** One model on a pool of its own. */
    private static final class Run {
        final int threads;
        final EnginePool pool;
        final Model model;
        final Optimizer optimizer;
        final double[][] rounds; // [slot][round] ms per step
        final double[] totals = new double[ROUNDS];

        Run(int threads) {
            this.threads = threads;
            this.pool = new EnginePool(threads);
            this.model = Models.lenet5().build(1);
            model.useKernel(new ConvKernel(pool));
            this.optimizer = OptimizerKind.ADAM.create(model.params(), 1e-3, 0.9);
            optimizer.usePool(pool);
            this.rounds = new double[slots()][ROUNDS];
        }

        int slots() {
            return 2 * model.layers().size() + 2;
        }

        /** One training step; adds each phase's nanoseconds into {@code nanos} unless null. */
        void step(Tensor images, int[] labels, long[] nanos) {
            List<ModelLayer> layers = model.layers();
            optimizer.zeroGrad();
            Tensor x = images;
            for (int l = 0; l < layers.size(); l++) {
                long t0 = System.nanoTime();
                x = layers.get(l).forward(x, Mode.TRAIN);
                add(nanos, 2 * l, t0);
            }
            long t0 = System.nanoTime();
            LossResult loss = SoftmaxCrossEntropy.evaluate(x, labels);
            add(nanos, 2 * layers.size(), t0);
            Tensor g = loss.gradInput();
            for (int l = layers.size() - 1; l >= 0; l--) {
                t0 = System.nanoTime();
                g = layers.get(l).backward(g);
                add(nanos, 2 * l + 1, t0);
            }
            t0 = System.nanoTime();
            optimizer.step();
            add(nanos, 2 * layers.size() + 1, t0);
        }

        private static void add(long[] nanos, int slot, long t0) {
            if (nanos != null) {
                nanos[slot] += System.nanoTime() - t0;
            }
        }
    }
}
