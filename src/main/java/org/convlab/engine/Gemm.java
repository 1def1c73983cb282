package org.convlab.engine;

/**
 * Matrix products on float matrices whose rows are given by offset tables, the one piece of
 * arithmetic every pass of the fast convolution kernel runs on. A row table lets the same
 * product read a plain row-major matrix ({@link #strided}) or shifted windows of one padded
 * image (the direct convolution), without copying.
 *
 * <h2>Summation order (a contract both implementations keep)</h2>
 * Every element of C is one chain of fused multiply-adds over p = 0..k-1 in order:
 * {@code s = accumulate ? C[i][j] : +0f; for p: s = fma(A[i][p], B[p][j], s)}; then, with a
 * row addend, {@code s = s + rowAdd[i]}; then {@code C[i][j] = s}. The vector implementation
 * runs lanes across j, so each lane performs exactly this chain and the two are bitwise equal
 * whatever the vector width. Splitting C into tiles, or a k range into consecutive calls with
 * {@code accumulate}, does not change a bit either: the running sum is a float in both cases.
 */
interface Gemm {

    /**
     * C = A·B (or C += A·B), then + rowAdd per row, in the order the interface fixes.
     * Reads A, B and rowAdd; writes the m×n block of C (reads it too when accumulating).
     *
     * @param a      A [m][k]: {@code A[i][p] = a[aOff + aRows[aRow0 + i] + p]}
     * @param b      B [k][n]: {@code B[p][j] = b[bOff + bRows[p] + j]}
     * @param c      C [m][n]: {@code C[i][j] = c[cOff + i*ldc + j]}
     * @param rowAdd added to every element of row i after the chain: {@code rowAdd[rowAddOff + i]}; null for none
     */
    void multiply(int m, int n, int k,
                  float[] a, int aOff, int[] aRows, int aRow0,
                  float[] b, int bOff, int[] bRows,
                  float[] c, int cOff, int ldc,
                  boolean accumulate, float[] rowAdd, int rowAddOff);

    /** dst[dOff + i] += src[sOff + i] for i in 0..len-1 (one rounding each, so any lane width gives the same bits). */
    void addInto(float[] src, int sOff, float[] dst, int dOff, int len);

    /** True for the Vector API implementation. */
    boolean vectorized();

    /** Fills {@code rows[0..count-1]} with 0, stride, 2·stride, ...: the row table of a row-major matrix; returns rows. */
    static int[] strided(int[] rows, int count, int stride) {
        for (int i = 0; i < count; i++) {
            rows[i] = i * stride;
        }
        return rows;
    }
}
