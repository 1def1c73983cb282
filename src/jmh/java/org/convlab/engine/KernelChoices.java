package org.convlab.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;

/**
 * The measurements behind docs/conv-kernel.md, made to survive a shared machine: the variants
 * of one comparison run in alternating rounds and each keeps its best round, so a burst of
 * someone else's work slows one round, not one variant. Prints Markdown tables (GFLOP/s, one
 * thread). JMH's GemmBench and ConvPassBench measure the same on a quiet machine.
 *
 * <pre>java --add-modules jdk.incubator.vector -cp "target/classes:target/lib/classpath/*" org.convlab.engine.KernelChoices</pre>
 */
public final class KernelChoices {
    private static final int ROUNDS = 5;
    private static final double ROUND_SECONDS = 0.25;

    private KernelChoices() {
    }

    public static void main(String[] args) {
        if (!Gemms.vectorApiPresent()) {
            throw new IllegalStateException("run with --add-modules jdk.incubator.vector");
        }
        gemms();
        passes();
    }

    /** EJML's product against the kernel's scalar and vector ones, on the forward products of the bench shapes. */
    private static void gemms() {
        System.out.println("| m×k×n | EJML mult | ScalarGemm | VectorGemm |\n| --- | --- | --- | --- |");
        for (String mkn : new String[] {"6x25x784", "16x150x100", "32x27x1024", "64x288x256", "64x576x3136"}) {
            int[] d = Arrays.stream(mkn.split("x")).mapToInt(Integer::parseInt).toArray();
            int m = d[0], k = d[1], n = d[2];
            Random rnd = new Random(1);
            float[] a = random(rnd, m * k);
            float[] b = random(rnd, k * n);
            float[] c = new float[m * n];
            int[] aRows = Gemm.strided(new int[m], m, k);
            int[] bRows = Gemm.strided(new int[k], k, n);
            FMatrixRMaj ma = FMatrixRMaj.wrap(m, k, a), mb = FMatrixRMaj.wrap(k, n, b), mc = FMatrixRMaj.wrap(m, n, c);
            Gemm vector = Gemms.best(true);
            Runnable[] variants = {
                () -> CommonOps_FDRM.mult(ma, mb, mc),
                () -> ScalarGemm.INSTANCE.multiply(m, n, k, a, 0, aRows, 0, b, 0, bRows, c, 0, n, false, null, 0),
                () -> vector.multiply(m, n, k, a, 0, aRows, 0, b, 0, bRows, c, 0, n, false, null, 0),
            };
            double[] best = bestSeconds(variants);
            double flops = 2.0 * m * k * n;
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |%n", mkn.replace("x", "×"),
                    flops / best[0] / 1e9, flops / best[1] / 1e9, flops / best[2] / 1e9);
        }
        System.out.println();
    }

    /** Each pass by algorithm, on the shapes of `convlab bench`. */
    private static void passes() {
        System.out.println("| shape | forward im2col | forward direct | input grad im2col | input grad direct"
                + " | weight grad im2col | weight grad direct |\n| --- | --- | --- | --- | --- | --- | --- |");
        try (EnginePool pool = new EnginePool(1)) {
            Gemm gemm = Gemms.best(true);
            for (String shape : new String[] {"64,1,28,28->6,5,1,2", "64,6,14,14->16,5,1,0", "32,3,32,32->32,3,1,1",
                                              "32,32,16,16->64,3,1,1", "8,64,56,56->64,3,1,1"}) {
                int[] v = Arrays.stream(shape.split("->|,")).mapToInt(Integer::parseInt).toArray();
                Conv2dConfig cfg = Conv2dConfig.of(v[6], v[7], 1, 1);
                int[] in = {v[0], v[1], v[2], v[3]};
                int[] wt = {v[4], v[1], v[5], v[5]};
                int[] out = ConvOps.conv2dOutputShape(in, wt, cfg);
                ConvGeometry geo = ConvGeometry.of(in, wt, out, cfg);
                Random rnd = new Random(1);
                float[] x = random(rnd, Shapes.size(in));
                float[] w = random(rnd, Shapes.size(wt));
                float[] b = random(rnd, v[4]);
                float[] dy = random(rnd, Shapes.size(out));
                float[] y = new float[dy.length];
                float[] dx = new float[x.length];
                float[] dw = new float[w.length];
                float[] db = new float[b.length];
                ConvWorkspace[] ws = {new ConvWorkspace(), new ConvWorkspace()};
                ConvBackward.GradOutT[] dyT = {gradOutT(geo, false), gradOutT(geo, true)};
                IntFunction<Runnable> fwd = d -> () -> ConvForward.run(pool, gemm, geo, new ConvPlan(d == 1, false, false),
                        x, w, b, y, ws[d]);
                IntFunction<Runnable> ig = d -> () -> ConvInputGradient.run(pool, gemm, geo, d == 1, w, dy, dx, dyT[d], ws[d]);
                IntFunction<Runnable> wg = d -> () -> ConvWeightGradient.run(pool, gemm, geo, d == 1, x, dyT[d], null, dw, db, ws[d]);
                double flops = 2.0 * geo.macs();
                StringBuilder row = new StringBuilder("| " + shape);
                for (IntFunction<Runnable> pass : java.util.List.of(fwd, ig, wg)) {
                    double[] best = bestSeconds(new Runnable[] {pass.apply(0), pass.apply(1)});
                    row.append(String.format(Locale.ROOT, " | %.1f | %.1f", flops / best[0] / 1e9, flops / best[1] / 1e9));
                }
                System.out.println(row.append(" |"));
            }
        }
    }

    private static ConvBackward.GradOutT gradOutT(ConvGeometry geo, boolean direct) {
        int pitch = direct ? ConvWeightGradient.paddedWidth(geo) : geo.outW();
        int positions = (geo.outH() - 1) * pitch + geo.outW();
        int ld = Math.max(geo.coutPerGroup(), ConvBackward.MIN_CHANNELS);
        return new ConvBackward.GradOutT(new float[geo.batch() * geo.groups() * positions * ld], pitch, positions, ld);
    }

    /** Best seconds per call of each variant over alternating rounds, after a warm-up until each has settled. */
    private static double[] bestSeconds(Runnable[] variants) {
        double[] best = new double[variants.length];
        Arrays.fill(best, Double.MAX_VALUE);
        for (Runnable v : variants) { // the vector tiles need about 2 s in a fresh JVM to reach C2
            double last = Double.MAX_VALUE;
            for (int i = 0; i < 12; i++) {
                double t = round(v, ROUND_SECONDS);
                if (t > 0.9 * last) {
                    break;
                }
                last = t;
            }
        }
        for (int r = 0; r < ROUNDS; r++) {
            for (int i = 0; i < variants.length; i++) {
                best[i] = Math.min(best[i], round(variants[i], ROUND_SECONDS));
            }
        }
        return best;
    }

    private static double round(Runnable op, double seconds) {
        long start = System.nanoTime();
        int calls = 0;
        do {
            op.run();
            calls++;
        } while (System.nanoTime() - start < seconds * 1e9);
        return (System.nanoTime() - start) / 1e9 / calls;
    }

    private static float[] random(Random rnd, int size) {
        float[] f = new float[size];
        for (int i = 0; i < f.length; i++) {
            f[i] = rnd.nextFloat() * 2f - 1f;
        }
        return f;
    }
}
