package org.convlab.engine;

/**
 * Matrix products on row-major float matrices given as (array, offset, leading dimension), the
 * one piece of arithmetic every pass of the fast convolution kernel runs on.
 *
 * <h2>Summation order (a contract both implementations keep)</h2>
 * Every element of C is one chain of fused multiply-adds over p = 0..k-1 in order:
 * {@code s = accumulate ? C[i][j] : +0f; for p: s = fma(A[i][p], B[p][j], s)}; then, with a
 * row addend, {@code s = s + rowAdd[i]}; then {@code C[i][j] = s}. The vector implementation
 * runs lanes across j, so each lane performs exactly this chain and the two are bitwise equal.
 * Splitting C into tiles, or a k range into consecutive calls with {@code accumulate}, does
 * not change a bit either: the running sum is a float in both cases.
 */
interface Gemm {

    /**
     * C = A·B (or C += A·B), then + rowAdd per row, in the order the interface fixes.
     * Reads A, B and rowAdd; writes the m×n block of C (reads it too when accumulating).
     *
     * @param a      A [m][k] at {@code a[aOff + i*lda + p]}
     * @param b      B [k][n] at {@code b[bOff + p*ldb + j]}
     * @param c      C [m][n] at {@code c[cOff + i*ldc + j]}
     * @param rowAdd added to every element of row i after the chain: {@code rowAdd[rowAddOff + i]}; null for none
     */
    void multiply(int m, int n, int k,
                  float[] a, int aOff, int lda,
                  float[] b, int bOff, int ldb,
                  float[] c, int cOff, int ldc,
                  boolean accumulate, float[] rowAdd, int rowAddOff);

    /** dst[dOff + i] += src[sOff + i] for i in 0..len-1 (one rounding each, so any lane width gives the same bits). */
    void addInto(float[] src, int sOff, float[] dst, int dOff, int len);

    /** True for the Vector API implementation. */
    boolean vectorized();
}
