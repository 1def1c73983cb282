package org.convlab.cli.bench;

import java.util.Arrays;
import org.convlab.data.Dataset;
import org.convlab.data.SyntheticShapes;
import org.convlab.engine.Tensor;
import org.convlab.train.Model;
import org.convlab.train.Models;
import org.convlab.train.OptimizerKind;
import org.convlab.train.TrainStep;
import org.convlab.train.TrainingConfig;

/**
 * Training throughput of LeNet-5 in images per second: full steps (forward, loss, backward,
 * Adam update) on batches of {@value #BATCH} 1×28×28 images, exactly as the trainer runs them.
 * After a warm-up that lets the JIT compile the hot loops, several runs of a fixed number of
 * batches are timed and the median is reported, so one disturbed run does not move the figure.
 *
 * <p>For `convlab bench`, as the keys {@code lenet5_train_img_per_s} (all cores) and
 * {@code lenet5_train_img_per_s_1thread}.
 */
public final class LenetTrainingBench {
    public static final int BATCH = 32;
    private static final int DISTINCT_BATCHES = 8; // cycled through: different images, no data loading in the timing
    private static final long SEED = 1;

    private final int warmupBatches;
    private final int batchesPerRun;
    private final int runs;

    public LenetTrainingBench(int warmupBatches, int batchesPerRun, int runs) {
        if (warmupBatches < 0 || batchesPerRun < 1 || runs < 1) {
            throw new IllegalArgumentException("need warm-up >= 0, batches per run >= 1 and runs >= 1, got "
                    + warmupBatches + ", " + batchesPerRun + ", " + runs);
        }
        this.warmupBatches = warmupBatches;
        this.batchesPerRun = batchesPerRun;
        this.runs = runs;
    }

    /** 40 warm-up batches, then 5 timed runs of 20 batches: about 10 seconds with the reference convolution. */
    public static LenetTrainingBench standard() {
        return new LenetTrainingBench(40, 20, 5);
    }

    /**
     * The median training throughput over the timed runs.
     *
     * @param threads worker threads for the convolution kernel. The reference convolution the
     *                layers call today runs on the calling thread alone, so the figure does not
     *                depend on it yet; it is passed to the multithreaded kernel once that is in.
     */
    public double imagesPerSecond(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        Model model = Models.lenet5().build(SEED);
        TrainStep step = TrainStep.of(model, TrainingConfig.defaults().withOptimizer(OptimizerKind.ADAM, 1e-3)
                .withThreads(threads));
        Dataset images = SyntheticShapes.generate(DISTINCT_BATCHES * BATCH, SEED);
        Tensor[] batches = new Tensor[DISTINCT_BATCHES];
        int[][] labels = new int[DISTINCT_BATCHES][BATCH];
        int[] order = new int[DISTINCT_BATCHES * BATCH];
        Arrays.setAll(order, i -> i);
        for (int b = 0; b < DISTINCT_BATCHES; b++) {
            batches[b] = images.newBatchBuffer(BATCH);
            images.copyBatch(order, b * BATCH, BATCH, batches[b], labels[b]);
        }
        for (int i = 0; i < warmupBatches; i++) {
            step.run(batches[i % DISTINCT_BATCHES], labels[i % DISTINCT_BATCHES]);
        }
        double[] perSecond = new double[runs];
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            for (int i = 0; i < batchesPerRun; i++) {
                step.run(batches[i % DISTINCT_BATCHES], labels[i % DISTINCT_BATCHES]);
            }
            perSecond[r] = (double) batchesPerRun * BATCH * 1e9 / (System.nanoTime() - start);
        }
        return median(perSecond);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
