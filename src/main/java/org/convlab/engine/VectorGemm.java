package org.convlab.engine;

import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API twin of {@link ScalarGemm}: lanes run across the columns j of C, so every lane
 * performs the fma chain over p that {@link Gemm} fixes and the results are bitwise equal.
 *
 * <p>Register blocking: a micro-tile of 4 rows × 3 vectors keeps 12 accumulators in registers
 * through the whole p loop; each step loads 3 vectors of one B row and broadcasts 4 values of A.
 * Columns left over (fewer than 3 vectors) go one vector at a time, 8 rows at a time when the
 * vector is full (4 masked rows otherwise), rows left over one at a time, 6 vectors wide: 6 to 12
 * independent chains, as an fma waits 4 cycles for its predecessor and 2 can start per cycle. Loaded only when the
 * jdk.incubator.vector module is in the boot layer ({@link Gemms}).
 *
 * <p>Why the tiles look the way they do: C2 keeps a vector in a register only while it knows
 * its exact class. A vector passed to a helper method, a mask passed as an argument, or a
 * phi merging a loaded vector with {@code zero()} made it fall back to heap-allocated vectors
 * once both branches had run (11 instead of 95 GFLOP/s, and constant GC). So every tile starts
 * from C (zero-filled first when not accumulating), builds its own mask, and stores inline;
 * the row addend is a separate pass. And no tile is bigger than 4×3: a masked 8-row tile made
 * C1 run out of virtual registers, and in some runs the method then never reached C2 and
 * stayed 25 times slower.
 */
final class VectorGemm implements Gemm {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    private static final int MR = 4;     // rows of a micro-tile
    private static final int NR = 3 * L; // columns of a micro-tile

    @Override
    public void multiply(int m, int n, int k, float[] a, int aOff, int[] aRows, int aRow0, float[] b, int bOff, int[] bRows,
                         float[] c, int cOff, int ldc, boolean accumulate, float[] rowAdd, int rowAddOff) {
        if (!accumulate) {
            for (int i = 0; i < m; i++) {
                Arrays.fill(c, cOff + i * ldc, cOff + i * ldc + n, 0f);
            }
        }
        int mBlock = m - m % MR;
        int j = 0;
        for (; j + NR <= n; j += NR) {
            for (int i = 0; i < mBlock; i += MR) {
                tile4x3(k, a, aOff + aRows[aRow0 + i], aOff + aRows[aRow0 + i + 1], aOff + aRows[aRow0 + i + 2],
                        aOff + aRows[aRow0 + i + 3], b, bOff + j, bRows, c, cOff + i * ldc + j, ldc);
            }
        }
        for (; j < n && mBlock > 0; j += L) { // leftover columns, one vector at a time: 8 rows when full, else 4 masked
            int lanes = Math.min(L, n - j);
            int i = 0;
            for (; lanes == L && i + 8 <= mBlock; i += 8) {
                tile8x1(k, a, aOff, aRows, aRow0 + i, b, bOff + j, bRows, c, cOff + i * ldc + j, ldc);
            }
            for (; i < mBlock; i += MR) {
                tile4x1(k, a, aOff + aRows[aRow0 + i], aOff + aRows[aRow0 + i + 1], aOff + aRows[aRow0 + i + 2],
                        aOff + aRows[aRow0 + i + 3], b, bOff + j, bRows, c, cOff + i * ldc + j, ldc, lanes);
            }
        }
        for (int i = mBlock; i < m; i++) { // leftover rows, one at a time, 6 vectors wide
            int ai = aOff + aRows[aRow0 + i];
            int ci = cOff + i * ldc;
            int jj = 0;
            for (; jj + 6 * L <= n; jj += 6 * L) {
                tile1x6(k, a, ai, b, bOff + jj, bRows, c, ci + jj);
            }
            for (; jj < n; jj += L) {
                tile1x1(k, a, ai, b, bOff + jj, bRows, c, ci + jj, Math.min(L, n - jj));
            }
        }
        if (rowAdd != null) {
            for (int i = 0; i < m; i++) {
                addScalar(c, cOff + i * ldc, n, rowAdd[rowAddOff + i]);
            }
        }
    }

    /** C += A·B on 4 rows × 3 full vectors; a0..a3 start the tile's rows of A, b0 and c0 are at its first column. */
    private static void tile4x3(int k, float[] a, int a0, int a1, int a2, int a3, float[] b, int b0, int[] bRows,
                                float[] c, int c0, int ldc) {
        int c1 = c0 + ldc;
        int c2 = c1 + ldc;
        int c3 = c2 + ldc;
        FloatVector x00 = FloatVector.fromArray(S, c, c0);
        FloatVector x01 = FloatVector.fromArray(S, c, c0 + L);
        FloatVector x02 = FloatVector.fromArray(S, c, c0 + 2 * L);
        FloatVector x10 = FloatVector.fromArray(S, c, c1);
        FloatVector x11 = FloatVector.fromArray(S, c, c1 + L);
        FloatVector x12 = FloatVector.fromArray(S, c, c1 + 2 * L);
        FloatVector x20 = FloatVector.fromArray(S, c, c2);
        FloatVector x21 = FloatVector.fromArray(S, c, c2 + L);
        FloatVector x22 = FloatVector.fromArray(S, c, c2 + 2 * L);
        FloatVector x30 = FloatVector.fromArray(S, c, c3);
        FloatVector x31 = FloatVector.fromArray(S, c, c3 + L);
        FloatVector x32 = FloatVector.fromArray(S, c, c3 + 2 * L);
        for (int p = 0; p < k; p++) {
            int bp = b0 + bRows[p];
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
        x00.intoArray(c, c0);
        x01.intoArray(c, c0 + L);
        x02.intoArray(c, c0 + 2 * L);
        x10.intoArray(c, c1);
        x11.intoArray(c, c1 + L);
        x12.intoArray(c, c1 + 2 * L);
        x20.intoArray(c, c2);
        x21.intoArray(c, c2 + L);
        x22.intoArray(c, c2 + 2 * L);
        x30.intoArray(c, c3);
        x31.intoArray(c, c3 + L);
        x32.intoArray(c, c3 + 2 * L);
    }

    /** C += A·B on 1 row × 6 full vectors: six independent chains hide the fma latency. */
    private static void tile1x6(int k, float[] a, int a0, float[] b, int b0, int[] bRows, float[] c, int c0) {
        FloatVector x0 = FloatVector.fromArray(S, c, c0);
        FloatVector x1 = FloatVector.fromArray(S, c, c0 + L);
        FloatVector x2 = FloatVector.fromArray(S, c, c0 + 2 * L);
        FloatVector x3 = FloatVector.fromArray(S, c, c0 + 3 * L);
        FloatVector x4 = FloatVector.fromArray(S, c, c0 + 4 * L);
        FloatVector x5 = FloatVector.fromArray(S, c, c0 + 5 * L);
        for (int p = 0; p < k; p++) {
            int bp = b0 + bRows[p];
            FloatVector v = FloatVector.broadcast(S, a[a0 + p]);
            x0 = v.fma(FloatVector.fromArray(S, b, bp), x0);
            x1 = v.fma(FloatVector.fromArray(S, b, bp + L), x1);
            x2 = v.fma(FloatVector.fromArray(S, b, bp + 2 * L), x2);
            x3 = v.fma(FloatVector.fromArray(S, b, bp + 3 * L), x3);
            x4 = v.fma(FloatVector.fromArray(S, b, bp + 4 * L), x4);
            x5 = v.fma(FloatVector.fromArray(S, b, bp + 5 * L), x5);
        }
        x0.intoArray(c, c0);
        x1.intoArray(c, c0 + L);
        x2.intoArray(c, c0 + 2 * L);
        x3.intoArray(c, c0 + 3 * L);
        x4.intoArray(c, c0 + 4 * L);
        x5.intoArray(c, c0 + 5 * L);
    }

    /** C += A·B on 8 rows × 1 full vector: eight independent chains where the columns are too few for 4×3. */
    private static void tile8x1(int k, float[] a, int aOff, int[] aRows, int r0, float[] b, int b0, int[] bRows,
                                float[] c, int c0, int ldc) {
        int a0 = aOff + aRows[r0];
        int a1 = aOff + aRows[r0 + 1];
        int a2 = aOff + aRows[r0 + 2];
        int a3 = aOff + aRows[r0 + 3];
        int a4 = aOff + aRows[r0 + 4];
        int a5 = aOff + aRows[r0 + 5];
        int a6 = aOff + aRows[r0 + 6];
        int a7 = aOff + aRows[r0 + 7];
        FloatVector x0 = FloatVector.fromArray(S, c, c0);
        FloatVector x1 = FloatVector.fromArray(S, c, c0 + ldc);
        FloatVector x2 = FloatVector.fromArray(S, c, c0 + 2 * ldc);
        FloatVector x3 = FloatVector.fromArray(S, c, c0 + 3 * ldc);
        FloatVector x4 = FloatVector.fromArray(S, c, c0 + 4 * ldc);
        FloatVector x5 = FloatVector.fromArray(S, c, c0 + 5 * ldc);
        FloatVector x6 = FloatVector.fromArray(S, c, c0 + 6 * ldc);
        FloatVector x7 = FloatVector.fromArray(S, c, c0 + 7 * ldc);
        for (int p = 0; p < k; p++) {
            FloatVector y = FloatVector.fromArray(S, b, b0 + bRows[p]);
            x0 = FloatVector.broadcast(S, a[a0 + p]).fma(y, x0);
            x1 = FloatVector.broadcast(S, a[a1 + p]).fma(y, x1);
            x2 = FloatVector.broadcast(S, a[a2 + p]).fma(y, x2);
            x3 = FloatVector.broadcast(S, a[a3 + p]).fma(y, x3);
            x4 = FloatVector.broadcast(S, a[a4 + p]).fma(y, x4);
            x5 = FloatVector.broadcast(S, a[a5 + p]).fma(y, x5);
            x6 = FloatVector.broadcast(S, a[a6 + p]).fma(y, x6);
            x7 = FloatVector.broadcast(S, a[a7 + p]).fma(y, x7);
        }
        x0.intoArray(c, c0);
        x1.intoArray(c, c0 + ldc);
        x2.intoArray(c, c0 + 2 * ldc);
        x3.intoArray(c, c0 + 3 * ldc);
        x4.intoArray(c, c0 + 4 * ldc);
        x5.intoArray(c, c0 + 5 * ldc);
        x6.intoArray(c, c0 + 6 * ldc);
        x7.intoArray(c, c0 + 7 * ldc);
    }

    /** C += A·B on 4 rows × the first {@code lanes} lanes of one vector; other lanes are neither read nor written. */
    private static void tile4x1(int k, float[] a, int a0, int a1, int a2, int a3, float[] b, int b0, int[] bRows,
                                float[] c, int c0, int ldc, int lanes) {
        VectorMask<Float> mask = S.indexInRange(0, lanes);
        FloatVector x0 = FloatVector.fromArray(S, c, c0, mask);
        FloatVector x1 = FloatVector.fromArray(S, c, c0 + ldc, mask);
        FloatVector x2 = FloatVector.fromArray(S, c, c0 + 2 * ldc, mask);
        FloatVector x3 = FloatVector.fromArray(S, c, c0 + 3 * ldc, mask);
        for (int p = 0; p < k; p++) {
            FloatVector y = FloatVector.fromArray(S, b, b0 + bRows[p], mask);
            x0 = FloatVector.broadcast(S, a[a0 + p]).fma(y, x0);
            x1 = FloatVector.broadcast(S, a[a1 + p]).fma(y, x1);
            x2 = FloatVector.broadcast(S, a[a2 + p]).fma(y, x2);
            x3 = FloatVector.broadcast(S, a[a3 + p]).fma(y, x3);
        }
        x0.intoArray(c, c0, mask);
        x1.intoArray(c, c0 + ldc, mask);
        x2.intoArray(c, c0 + 2 * ldc, mask);
        x3.intoArray(c, c0 + 3 * ldc, mask);
    }

    /** C += A·B on 1 row × the first {@code lanes} lanes of one vector. */
    private static void tile1x1(int k, float[] a, int a0, float[] b, int b0, int[] bRows, float[] c, int c0, int lanes) {
        VectorMask<Float> mask = S.indexInRange(0, lanes);
        FloatVector x = FloatVector.fromArray(S, c, c0, mask);
        for (int p = 0; p < k; p++) {
            x = FloatVector.broadcast(S, a[a0 + p]).fma(FloatVector.fromArray(S, b, b0 + bRows[p], mask), x);
        }
        x.intoArray(c, c0, mask);
    }

    /** c[off + j] += add for j in 0..n-1. */
    private static void addScalar(float[] c, int off, int n, float add) {
        int j = 0;
        for (; j + L <= n; j += L) {
            FloatVector.fromArray(S, c, off + j).add(add).intoArray(c, off + j);
        }
        for (; j < n; j++) {
            c[off + j] += add;
        }
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
