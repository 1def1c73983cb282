package org.convlab.cli.bench;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.convlab.engine.ConvKernel;
import org.convlab.engine.ConvOps;
import org.convlab.engine.ConvWorkspace;
import org.convlab.engine.Tensor;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Convolution throughput of the fast kernel: forward, and forward plus both backward passes,
 * on the context's threads and on one thread. GFLOP counts 2 per multiply-add for the forward
 * pass and 3 times that for forward plus backward. Buffers are reused between calls, as in training.
 */
public final class ConvBench implements BenchSection {
    /** The shapes measured when none are given: LeNet-5's two layers, then larger CIFAR- and ResNet-like ones. */
    public static final List<String> DEFAULT_SHAPES = List.of(
            "64,1,28,28->6,5,1,2", "64,6,14,14->16,5,1,0", "32,3,32,32->32,3,1,1",
            "32,32,16,16->64,3,1,1", "8,64,56,56->64,3,1,1");

    private final List<ConvShape> shapes;

    public ConvBench(List<ConvShape> shapes) {
        this.shapes = List.copyOf(shapes);
    }

    @Override
    public String name() {
        return "conv";
    }

    @Override
    public void run(BenchContext ctx, BenchReport report) {
        int n = ctx.threads();
        boolean both = n > 1;
        BenchTable table = both
                ? report.table("Convolution, GFLOP/s (median)", "shape N,Cin,H,W->Cout,k,stride,pad",
                        "fwd " + n + "t", "fwd+bwd " + n + "t", "fwd 1t", "fwd+bwd 1t", "fwd+bwd speed-up")
                : report.table("Convolution, GFLOP/s (median)", "shape N,Cin,H,W->Cout,k,stride,pad", "fwd 1t", "fwd+bwd 1t");
        ArrayNode rows = report.json().putArray("conv");
        List<Problem> problems = shapes.stream().map(Problem::new).toList();
        warmUp(ctx, problems);
        for (Problem p : problems) {
            ConvShape s = p.shape;
            ctx.progress("bench conv " + s + " …");
            Figures multi = p.measure(ctx.kernel(), ctx.timer());
            ObjectNode row = rows.addObject();
            row.put("shape", s.toString());
            row.put("fwd_gflops", round(multi.forward));
            row.put("fwd_bwd_gflops", round(multi.forwardBackward));
            if (both) {
                Figures single = p.measure(ctx.singleThreadKernel(), ctx.timer());
                row.put("fwd_gflops_1thread", round(single.forward));
                row.put("fwd_bwd_gflops_1thread", round(single.forwardBackward));
                table.row(s.toString(), fmt(multi.forward), fmt(multi.forwardBackward), fmt(single.forward),
                        fmt(single.forwardBackward), String.format(Locale.ROOT, "%.2fx", multi.forwardBackward / single.forwardBackward));
            } else {
                row.put("fwd_gflops_1thread", round(multi.forward));
                row.put("fwd_bwd_gflops_1thread", round(multi.forwardBackward));
                table.row(s.toString(), fmt(multi.forward), fmt(multi.forwardBackward));
            }
        }
        if (!ctx.kernel().vectorized()) {
            table.note("Scalar path: the JVM was started without --add-modules jdk.incubator.vector.");
        }
    }

    private record Figures(double forward, double forwardBackward) {
    }

    /** The shared warm-up lasts this many of the timer's warm-up rounds (3 s by default). */
    private static final int WARMUP_ROUNDS = 10;

    /**
     * Runs every shape, forward and backward, on both kernels, in turns, for a few seconds: in a
     * fresh JVM the vector tiles need about 2 s to reach C2, and every pass and shape takes other
     * branches through them. Timing a figure before all of them are compiled measured 1 GFLOP/s.
     */
    private static void warmUp(BenchContext ctx, List<Problem> problems) {
        ctx.progress("bench conv: warming up …");
        long end = System.nanoTime() + (long) (WARMUP_ROUNDS * ctx.timer().warmupSeconds() * 1e9);
        do {
            for (Problem p : problems) {
                p.forwardBackward(ctx.kernel());
                p.forwardBackward(ctx.singleThreadKernel());
            }
        } while (System.nanoTime() < end);
    }

    /** One shape's seeded tensors and reused buffers. */
    private static final class Problem {
        final ConvShape shape;
        final Tensor x;
        final Tensor w;
        final Tensor b;
        final Tensor gradOut;

        Problem(ConvShape s) {
            shape = s;
            Random rnd = new Random(42);
            x = random(rnd, s.batch(), s.cin(), s.h(), s.w());
            w = random(rnd, s.cout(), s.cin(), s.k(), s.k());
            b = random(rnd, s.cout());
            gradOut = random(rnd, s.batch(), s.cout(), s.outH(), s.outW());
        }

        void forwardBackward(ConvKernel kernel) {
            ConvWorkspace ws = new ConvWorkspace();
            kernel.forward(x, w, b, shape.config(), ws, null);
            kernel.backward(x, w, true, gradOut, shape.config(), ws, null);
        }

        Figures measure(ConvKernel kernel, BenchTimer timer) {
            ConvWorkspace ws = new ConvWorkspace();
            Tensor y = Tensor.zeros(gradOut.shape());
            ConvOps.ConvGrads grads = new ConvOps.ConvGrads(Tensor.zeros(x.shape()), Tensor.zeros(w.shape()),
                    Tensor.zeros(b.shape()));
            double fwd = timer.secondsPerCall(() -> kernel.forward(x, w, b, shape.config(), ws, y));
            double fwdBwd = timer.secondsPerCall(() -> {
                kernel.forward(x, w, b, shape.config(), ws, y);
                kernel.backward(x, w, true, gradOut, shape.config(), ws, grads);
            });
            double flops = shape.forwardFlops();
            return new Figures(flops / fwd / 1e9, 3 * flops / fwdBwd / 1e9);
        }

        private static Tensor random(Random rnd, int... shape) {
            Tensor t = Tensor.zeros(shape);
            float[] d = t.data();
            for (int i = 0; i < d.length; i++) {
                d[i] = rnd.nextFloat() * 2f - 1f;
            }
            return t;
        }
    }

    private static double round(double gflops) {
        return Math.round(gflops * 10) / 10.0;
    }

    private static String fmt(double gflops) {
        return String.format(Locale.ROOT, "%.1f", gflops);
    }
}
