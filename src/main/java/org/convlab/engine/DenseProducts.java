package org.convlab.engine;

/**
 * The three products of a dense layer on the kernel's {@link Gemm}, split over disjoint blocks
 * of output rows on its pool, with the scratch buffers one layer keeps between batches.
 *
 * <ul>
 *   <li>forward: yᵀ = W·xᵀ + b, tasks over blocks of output features j. x is transposed first
 *   (one small job), each task computes its rows of yᵀ in the worker's buffer and writes them
 *   transposed into its columns of y. Each y[n][j]: {@code s = 0; for p: s = fma(W[j][p], x[n][p], s)}, then {@code s + b[j]}.</li>
 *   <li>input gradient: dx = g·W, tasks over blocks of batch rows. Each dx[n][p]:
 *   {@code s = 0; for j: s = fma(g[n][j], W[j][p], s)}.</li>
 *   <li>weight gradient: dW += gᵀ·x, tasks over blocks of output features j, each transposing
 *   its columns of g first. Each dW[j][p]: {@code s = dW[j][p]; for n: s = fma(g[n][j], x[n][p], s)};
 *   bias: {@code db[j] += (float) (sum over n in order, in double, of g[n][j])}.</li>
 * </ul>
 * The backward tasks of both gradients run as one job. Every element is one chain in a fixed
 * order whatever the blocks, so the thread count never changes a bit, and the vector and scalar
 * products give the same bits ({@link Gemm}).
 */
final class DenseProducts {
    /** Rows of a block: the vector tiles take 4 or 8 rows at a time. */
    private static final int ROW_ALIGN = 8;
    /**
     * Multiply-adds below which a product runs as one task: about 15 µs on one core, where splitting
     * lost (LeNet's dense2, 322K, took 0.021 ms forward on 2 threads against 0.014 on one).
     */
    private static final long SPLIT_MIN_MACS = 512 * 1024;

    private float[] xT = new float[0];             // [in][N]
    private float[][] scratch = new float[0][];    // per worker: [block][N]
    private int[] stridedIn = new int[0];          // 0, in, 2·in, ...: rows of W and of x
    private int[] stridedOut = new int[0];         // rows of g
    private int[] stridedBatch = new int[0];       // rows of xT and of a worker's buffer

    /**
     * y = x·Wᵀ + b. Reads x [n][in], w [out][in], b [out] (null: no bias); overwrites y [n][out].
     */
    void forward(ConvKernel kernel, int n, int in, int out, float[] x, float[] w, float[] b, float[] y) {
        EnginePool pool = kernel.pool();
        Gemm gemm = kernel.gemm();
        boolean split = (long) n * in * out >= SPLIT_MIN_MACS;
        int block = split ? blockRows(out, pool.threads()) : out;
        int blocks = Math.ceilDiv(out, block);
        prepare(pool.threads(), n, in, out, block);
        float[] t = xT;
        pool.runRanges(in, split ? 128 : in, (from, to, worker) -> { // xT[p][r] = x[r][p]
            for (int p = from; p < to; p++) {
                for (int r = 0; r < n; r++) {
                    t[p * n + r] = x[r * in + p];
                }
            }
        });
        pool.run(blocks, (task, worker) -> {
            int j0 = task * block;
            int rows = Math.min(out, j0 + block) - j0;
            float[] c = scratch[worker];
            gemm.multiply(rows, n, in, w, 0, stridedIn, j0, t, 0, stridedBatch, c, 0, n, false, b, j0);
            for (int i = 0; i < rows; i++) { // y[r][j0 + i] = c[i][r]
                for (int r = 0; r < n; r++) {
                    y[r * out + j0 + i] = c[i * n + r];
                }
            }
        });
    }

    /**
     * dx = g·W (skipped when dx is null), dW += gᵀ·x, db += column sums of g (skipped when db is
     * null). Reads x [n][in], w [out][in], g [n][out]; writes dx [n][in], dw [out][in], db [out].
     */
    void backward(ConvKernel kernel, int n, int in, int out, float[] x, float[] w, float[] g,
                  float[] dx, float[] dw, float[] db) {
        EnginePool pool = kernel.pool();
        Gemm gemm = kernel.gemm();
        boolean split = (long) n * in * out >= SPLIT_MIN_MACS;
        int dxBlock = split ? blockRows(n, pool.threads()) : n;
        int dxTasks = dx == null ? 0 : Math.ceilDiv(n, dxBlock);
        int dwBlock = split ? blockRows(out, pool.threads()) : out;
        int dwTasks = Math.ceilDiv(out, dwBlock);
        prepare(pool.threads(), n, in, out, dwBlock);
        pool.run(dxTasks + dwTasks, (task, worker) -> {
            if (task < dxTasks) {
                int r0 = task * dxBlock;
                int rows = Math.min(n, r0 + dxBlock) - r0;
                gemm.multiply(rows, in, out, g, 0, stridedOut, r0, w, 0, stridedIn, dx, r0 * in, in, false, null, 0);
                return;
            }
            int j0 = (task - dxTasks) * dwBlock;
            int rows = Math.min(out, j0 + dwBlock) - j0;
            float[] gT = scratch[worker]; // [rows][n]: gT[i][r] = g[r][j0 + i]
            for (int i = 0; i < rows; i++) {
                for (int r = 0; r < n; r++) {
                    gT[i * n + r] = g[r * out + j0 + i];
                }
            }
            gemm.multiply(rows, in, n, gT, 0, stridedBatch, 0, x, 0, stridedIn, dw, j0 * in, in, true, null, 0);
            if (db != null) {
                for (int i = 0; i < rows; i++) {
                    double sum = 0;
                    for (int r = 0; r < n; r++) {
                        sum += gT[i * n + r];
                    }
                    db[j0 + i] += (float) sum;
                }
            }
        });
    }

    /** Rows per task: about 4 tasks per worker, a multiple of {@link #ROW_ALIGN}. */
    private static int blockRows(int rows, int threads) {
        int block = Math.ceilDiv(Math.ceilDiv(rows, 4 * threads), ROW_ALIGN) * ROW_ALIGN;
        return Math.min(rows, block);
    }

    /** Sizes the buffers and row tables for a batch of n; they only grow. */
    private void prepare(int workers, int n, int in, int out, int block) {
        if (xT.length < in * n) {
            xT = new float[in * n];
        }
        if (scratch.length < workers) {
            scratch = java.util.Arrays.copyOf(scratch, workers);
        }
        for (int i = 0; i < workers; i++) {
            if (scratch[i] == null || scratch[i].length < block * n) {
                scratch[i] = new float[Math.max(block, out) * n];
            }
        }
        stridedIn = table(stridedIn, Math.max(n, out), in);
        stridedOut = table(stridedOut, n, out);
        stridedBatch = table(stridedBatch, Math.max(in, block), n);
    }

    /** A row table of at least {@code count} rows with this stride, reusing {@code rows} when it already is one. */
    private static int[] table(int[] rows, int count, int stride) {
        boolean fits = rows.length >= count && (rows.length < 2 || rows[1] == stride);
        return fits ? rows : Gemm.strided(new int[Math.max(count, rows.length)], Math.max(count, rows.length), stride);
    }
}
