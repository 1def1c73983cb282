package org.convlab.engine;

import java.util.Arrays;

/**
 * The plain-Java {@link Gemm}, the source of truth for the vector one: loops i, p, j, so each
 * element of C is the fma chain over p that {@link Gemm} fixes. About 6 GFLOP/s per core here
 * (C2 does not vectorize the {@code Math.fma} loop); used when jdk.incubator.vector is absent.
 */
final class ScalarGemm implements Gemm {
    static final ScalarGemm INSTANCE = new ScalarGemm();

    private ScalarGemm() {
    }

    @Override
    public void multiply(int m, int n, int k, float[] a, int aOff, int[] aRows, int aRow0, float[] b, int bOff, int[] bRows,
                         float[] c, int cOff, int ldc, boolean accumulate, float[] rowAdd, int rowAddOff) {
        for (int i = 0; i < m; i++) {
            int ci = cOff + i * ldc;
            if (!accumulate) {
                Arrays.fill(c, ci, ci + n, 0f);
            }
            int ai = aOff + aRows[aRow0 + i];
            for (int p = 0; p < k; p++) {
                float av = a[ai + p];
                int bp = bOff + bRows[p];
                for (int j = 0; j < n; j++) {
                    c[ci + j] = Math.fma(av, b[bp + j], c[ci + j]);
                }
            }
            if (rowAdd != null) {
                float add = rowAdd[rowAddOff + i];
                for (int j = 0; j < n; j++) {
                    c[ci + j] += add;
                }
            }
        }
    }

    @Override
    public void addInto(float[] src, int sOff, float[] dst, int dOff, int len) {
        for (int i = 0; i < len; i++) {
            dst[dOff + i] += src[sOff + i];
        }
    }

    @Override
    public boolean vectorized() {
        return false;
    }
}
