package org.convlab.engine;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The kernel's matrix product against EJML's, one thread, on the products the conv passes run
 * (m×k×n: forward of the bench shapes per item). EJML's CommonOps_FDRM.multAdd is the baseline.
 * GFLOP/s = 2·m·k·n / time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 500, timeUnit = TimeUnit.MILLISECONDS) // the vector tiles need about 2 s to reach C2
@Measurement(iterations = 5, time = 300, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class GemmBench {
    @Param({"6x25x784", "16x150x100", "32x27x1024", "64x288x256", "64x576x3136"})
    public String mkn;

    @Param({"ejml", "scalar", "vector"})
    public String impl;

    private int m;
    private int k;
    private int n;
    private float[] a; // [m][k]
    private float[] b; // [k][n]
    private float[] c; // [m][n]
    private int[] aRows;
    private int[] bRows;
    private FMatrixRMaj ma;
    private FMatrixRMaj mb;
    private FMatrixRMaj mc;
    private Gemm gemm;

    @Setup
    public void setUp() {
        String[] p = mkn.split("x");
        m = Integer.parseInt(p[0]);
        k = Integer.parseInt(p[1]);
        n = Integer.parseInt(p[2]);
        Random rnd = new Random(1);
        a = new float[m * k];
        b = new float[k * n];
        c = new float[m * n];
        for (int i = 0; i < a.length; i++) {
            a[i] = rnd.nextFloat() - 0.5f;
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = rnd.nextFloat() - 0.5f;
        }
        aRows = Gemm.strided(new int[m], m, k);
        bRows = Gemm.strided(new int[k], k, n);
        ma = FMatrixRMaj.wrap(m, k, a);
        mb = FMatrixRMaj.wrap(k, n, b);
        mc = FMatrixRMaj.wrap(m, n, c);
        gemm = impl.equals("scalar") ? ScalarGemm.INSTANCE : Gemms.best(true);
        if (impl.equals("vector") && !gemm.vectorized()) {
            throw new IllegalStateException("run with --add-modules jdk.incubator.vector");
        }
    }

    @Benchmark
    public float[] multiply() {
        if (impl.equals("ejml")) {
            CommonOps_FDRM.mult(ma, mb, mc);
        } else {
            gemm.multiply(m, n, k, a, 0, aRows, 0, b, 0, bRows, c, 0, n, false, null, 0);
        }
        return c;
    }
}
