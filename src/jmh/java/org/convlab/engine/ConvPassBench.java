package org.convlab.engine;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each pass of the fast kernel on one thread, by algorithm (im2col "columns" or "direct"), on
 * the shapes of `convlab bench` (N,Cin,H,W,Cout,k,stride,pad). This is the measurement behind
 * {@link ConvPlan}'s rule. GFLOP/s of a pass = 2·MACs / time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 500, timeUnit = TimeUnit.MILLISECONDS) // the vector tiles need about 2 s to reach C2
@Measurement(iterations = 5, time = 300, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class ConvPassBench {
    @Param({"64,1,28,28,6,5,1,2", "64,6,14,14,16,5,1,0", "32,3,32,32,32,3,1,1", "32,32,16,16,64,3,1,1",
            "8,64,56,56,64,3,1,1"})
    public String shape;

    @Param({"columns", "direct"})
    public String algorithm;

    private EnginePool pool;
    private Gemm gemm;
    private ConvGeometry geo;
    private ConvPlan plan;
    private ConvWorkspace ws;
    private float[] x;
    private float[] w;
    private float[] b;
    private float[] y;
    private float[] dy;
    private float[] dx;
    private float[] dw;
    private float[] db;
    private ConvBackward.GradOutT dyT;

    @Setup(Level.Trial)
    public void setUp() {
        int[] v = java.util.Arrays.stream(shape.split(",")).mapToInt(Integer::parseInt).toArray();
        Conv2dConfig cfg = Conv2dConfig.of(v[6], v[7], 1, 1);
        int[] in = {v[0], v[1], v[2], v[3]};
        int[] wt = {v[4], v[1], v[5], v[5]};
        int[] out = ConvOps.conv2dOutputShape(in, wt, cfg);
        geo = ConvGeometry.of(in, wt, out, cfg);
        boolean direct = algorithm.equals("direct");
        plan = new ConvPlan(direct, direct, direct);
        pool = new EnginePool(1);
        gemm = Gemms.best(true);
        ws = new ConvWorkspace();
        Random rnd = new Random(1);
        x = random(rnd, Shapes.size(in));
        w = random(rnd, Shapes.size(wt));
        b = random(rnd, v[4]);
        dy = random(rnd, Shapes.size(out));
        y = new float[dy.length];
        dx = new float[x.length];
        dw = new float[w.length];
        db = new float[b.length];
        int pitch = direct ? ConvWeightGradient.paddedWidth(geo) : geo.outW();
        int positions = (geo.outH() - 1) * pitch + geo.outW();
        int ld = Math.max(geo.coutPerGroup(), ConvBackward.MIN_CHANNELS);
        dyT = new ConvBackward.GradOutT(new float[geo.batch() * geo.groups() * positions * ld], pitch, positions, ld);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pool.close();
    }

    @Benchmark
    public float[] forward() {
        ConvForward.run(pool, gemm, geo, plan, x, w, b, y, ws);
        return y;
    }

    @Benchmark
    public float[] inputGradient() {
        ConvInputGradient.run(pool, gemm, geo, plan.directInputGradient(), w, dy, dx, dyT, ws);
        return dx;
    }

    @Benchmark
    public float[] weightGradient() {
        ConvWeightGradient.run(pool, gemm, geo, plan.directWeightGradient(), x, dyT, null, dw, db, ws);
        return dw;
    }

    private static float[] random(Random rnd, int size) {
        float[] f = new float[size];
        for (int i = 0; i < f.length; i++) {
            f[i] = rnd.nextFloat() * 2f - 1f;
        }
        return f;
    }
}
