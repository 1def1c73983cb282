package org.convlab.engine;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API twin of {@link ScalarGemm}: lanes run across the columns j of C, so every lane
 * performs the fma chain over p that {@link Gemm} fixes and the results are bitwise equal.
 *
 * <p>Register blocking: a micro-tile of 4 rows × 3 vectors keeps 12 accumulators in registers
 * through the whole p loop; each step loads 3 vectors of one B row and broadcasts 4 values of A.
 * Columns left over (fewer than 3 vectors) go one masked vector at a time, rows left over one
 * row at a time. Loaded only when the jdk.incubator.vector module is in the boot layer
 * ({@link Gemms}).
 */
final class VectorGemm implements Gemm {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    private static final int MR = 4;     // rows of a micro-tile
    private static final int NR = 3 * L; // columns of a micro-tile

    @Override
    public void multiply(int m, int n, int k, float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                         float[] c, int cOff, int ldc, boolean accumulate, float[] rowAdd, int rowAddOff) {
        int j = 0;
        for (; j + NR <= n; j += NR) {
            int i = 0;
            for (; i + MR <= m; i += MR) {
                tile4x3(k, a, aOff + i * lda, lda, b, bOff + j, ldb, c, cOff + i * ldc + j, ldc, accumulate, rowAdd,
                        rowAddOff + i);
            }
            for (; i < m; i++) {
                tile1x3(k, a, aOff + i * lda, b, bOff + j, ldb, c, cOff + i * ldc + j, accumulate, rowAdd, rowAddOff + i);
            }
        }
        for (; j < n; j += L) {
            VectorMask<Float> mask = S.indexInRange(j, n);
            int i = 0;
            for (; i + MR <= m; i += MR) {
                tile4x1(k, a, aOff + i * lda, lda, b, bOff + j, ldb, c, cOff + i * ldc + j, ldc, accumulate, rowAdd,
                        rowAddOff + i, mask);
            }
            for (; i < m; i++) {
                tile1x1(k, a, aOff + i * lda, b, bOff + j, ldb, c, cOff + i * ldc + j, accumulate, rowAdd,
                        rowAddOff + i, mask);
            }
        }
    }

    /** 4 rows × 3 full vectors; a at row 0 of the tile, b and c at its first column. */
    private static void tile4x3(int k, float[] a, int a0, int lda, float[] b, int b0, int ldb, float[] c, int c0, int ldc,
                                boolean accumulate, float[] rowAdd, int r0) {
        int c1 = c0 + ldc;
        int c2 = c1 + ldc;
        int c3 = c2 + ldc;
        FloatVector x00 = start(c, c0, accumulate), x01 = start(c, c0 + L, accumulate), x02 = start(c, c0 + 2 * L, accumulate);
        FloatVector x10 = start(c, c1, accumulate), x11 = start(c, c1 + L, accumulate), x12 = start(c, c1 + 2 * L, accumulate);
        FloatVector x20 = start(c, c2, accumulate), x21 = start(c, c2 + L, accumulate), x22 = start(c, c2 + 2 * L, accumulate);
        FloatVector x30 = start(c, c3, accumulate), x31 = start(c, c3 + L, accumulate), x32 = start(c, c3 + 2 * L, accumulate);
        int a1 = a0 + lda;
        int a2 = a1 + lda;
        int a3 = a2 + lda;
        for (int p = 0; p < k; p++) {
            int bp = b0 + p * ldb;
            FloatVector y0 = FloatVector.fromArray(S, b, bp);
            FloatVector y1 = FloatVector.fromArray(S, b, bp + L);
            FloatVector y2 = FloatVector.fromArray(S, b, bp + 2 * L);
            FloatVector v = FloatVector.broadcast(S, a[a0 + p]);
            x00 = v.fma(y0, x00);
            x01 = v.fma(y1, x01);
            x02 = v.fma(y2, x02);
            v = FloatVector.broadcast(S, a[a1 + p]);
            x10 = v.fma(y0, x10);
            x11 = v.fma(y1, x11);
            x12 = v.fma(y2, x12);
            v = FloatVector.broadcast(S, a[a2 + p]);
            x20 = v.fma(y0, x20);
            x21 = v.fma(y1, x21);
            x22 = v.fma(y2, x22);
            v = FloatVector.broadcast(S, a[a3 + p]);
            x30 = v.fma(y0, x30);
            x31 = v.fma(y1, x31);
            x32 = v.fma(y2, x32);
        }
        store3(x00, x01, x02, c, c0, rowAdd, r0);
        store3(x10, x11, x12, c, c1, rowAdd, r0 + 1);
        store3(x20, x21, x22, c, c2, rowAdd, r0 + 2);
        store3(x30, x31, x32, c, c3, rowAdd, r0 + 3);
    }

    /** 1 row × 3 full vectors. */
    private static void tile1x3(int k, float[] a, int a0, float[] b, int b0, int ldb, float[] c, int c0,
                                boolean accumulate, float[] rowAdd, int r0) {
        FloatVector x0 = start(c, c0, accumulate), x1 = start(c, c0 + L, accumulate), x2 = start(c, c0 + 2 * L, accumulate);
        for (int p = 0; p < k; p++) {
            int bp = b0 + p * ldb;
            FloatVector v = FloatVector.broadcast(S, a[a0 + p]);
            x0 = v.fma(FloatVector.fromArray(S, b, bp), x0);
            x1 = v.fma(FloatVector.fromArray(S, b, bp + L), x1);
            x2 = v.fma(FloatVector.fromArray(S, b, bp + 2 * L), x2);
        }
        store3(x0, x1, x2, c, c0, rowAdd, r0);
    }

    /** 4 rows × one vector whose lanes outside {@code mask} are neither read from B/C nor written. */
    private static void tile4x1(int k, float[] a, int a0, int lda, float[] b, int b0, int ldb, float[] c, int c0, int ldc,
                                boolean accumulate, float[] rowAdd, int r0, VectorMask<Float> mask) {
        int c1 = c0 + ldc;
        int c2 = c1 + ldc;
        int c3 = c2 + ldc;
        FloatVector x0 = start(c, c0, accumulate, mask), x1 = start(c, c1, accumulate, mask);
        FloatVector x2 = start(c, c2, accumulate, mask), x3 = start(c, c3, accumulate, mask);
        int a1 = a0 + lda;
        int a2 = a1 + lda;
        int a3 = a2 + lda;
        for (int p = 0; p < k; p++) {
            FloatVector y = FloatVector.fromArray(S, b, b0 + p * ldb, mask);
            x0 = FloatVector.broadcast(S, a[a0 + p]).fma(y, x0);
            x1 = FloatVector.broadcast(S, a[a1 + p]).fma(y, x1);
            x2 = FloatVector.broadcast(S, a[a2 + p]).fma(y, x2);
            x3 = FloatVector.broadcast(S, a[a3 + p]).fma(y, x3);
        }
        store(x0, c, c0, rowAdd, r0, mask);
        store(x1, c, c1, rowAdd, r0 + 1, mask);
        store(x2, c, c2, rowAdd, r0 + 2, mask);
        store(x3, c, c3, rowAdd, r0 + 3, mask);
    }

    /** 1 row × one masked vector. */
    private static void tile1x1(int k, float[] a, int a0, float[] b, int b0, int ldb, float[] c, int c0,
                                boolean accumulate, float[] rowAdd, int r0, VectorMask<Float> mask) {
        FloatVector x = start(c, c0, accumulate, mask);
        for (int p = 0; p < k; p++) {
            x = FloatVector.broadcast(S, a[a0 + p]).fma(FloatVector.fromArray(S, b, b0 + p * ldb, mask), x);
        }
        store(x, c, c0, rowAdd, r0, mask);
    }

    private static FloatVector start(float[] c, int off, boolean accumulate) {
        return accumulate ? FloatVector.fromArray(S, c, off) : FloatVector.zero(S);
    }

    private static FloatVector start(float[] c, int off, boolean accumulate, VectorMask<Float> mask) {
        return accumulate ? FloatVector.fromArray(S, c, off, mask) : FloatVector.zero(S);
    }

    private static void store3(FloatVector x0, FloatVector x1, FloatVector x2, float[] c, int off, float[] rowAdd, int r) {
        if (rowAdd != null) {
            float add = rowAdd[r];
            x0 = x0.add(add);
            x1 = x1.add(add);
            x2 = x2.add(add);
        }
        x0.intoArray(c, off);
        x1.intoArray(c, off + L);
        x2.intoArray(c, off + 2 * L);
    }

    private static void store(FloatVector x, float[] c, int off, float[] rowAdd, int r, VectorMask<Float> mask) {
        if (rowAdd != null) {
            x = x.add(rowAdd[r]);
        }
        x.intoArray(c, off, mask);
    }

    @Override
    public void addInto(float[] src, int sOff, float[] dst, int dOff, int len) {
        int i = 0;
        for (; i + L <= len; i += L) {
            FloatVector.fromArray(S, dst, dOff + i).add(FloatVector.fromArray(S, src, sOff + i)).intoArray(dst, dOff + i);
        }
        for (; i < len; i++) {
            dst[dOff + i] += src[sOff + i];
        }
    }

    @Override
    public boolean vectorized() {
        return true;
    }
}
