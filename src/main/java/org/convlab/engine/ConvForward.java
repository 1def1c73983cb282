package org.convlab.engine;

/**
 * The forward pass of the fast kernel: for each (item n, group g, block of output columns),
 * im2col the block into the worker's buffer and multiply, y = W_g · col + b. Each task writes
 * its own block of y, so tasks never share writes.
 *
 * <p>Every output is the chain {@code s = 0; for (ci, ky, kx): s = fma(w, x, s); s += b}
 * (padding taps add w·0, which leaves s unchanged), whatever the blocks and the thread count.
 */
final class ConvForward {
    /** Floats of one worker's column block: 128K floats = 512 KB, so it stays in a 2 MB L2 cache. */
    static final int COLUMN_BUDGET = 128 * 1024;

    private ConvForward() {
    }

    /**
     * y = conv2d(x, w, b). Reads x [N, Cin, H, W], w [Cout, Cin/groups, kh, kw], b [Cout] or null;
     * overwrites y [N, Cout, Ho, Wo].
     */
    static void run(EnginePool pool, Gemm gemm, ConvGeometry geo, float[] x, float[] w, float[] b, float[] y,
                    ConvWorkspace ws) {
        int taps = geo.taps();
        int outPlane = geo.outPlane();
        int items = geo.batch() * geo.groups();
        int chunk = chunkWidth(taps, outPlane, items, pool.threads());
        int chunks = Math.ceilDiv(outPlane, chunk);
        float[][] cols = ws.columns(pool.threads(), taps * chunk);
        int coutG = geo.coutPerGroup();
        pool.run(items * chunks, (task, worker) -> {
            int item = task / chunks;
            int n = item / geo.groups();
            int g = item % geo.groups();
            int p0 = (task % chunks) * chunk;
            int p1 = Math.min(outPlane, p0 + chunk);
            float[] col = cols[worker];
            Im2col.columns(geo, x, n, g, 0, taps, p0, p1, col, 0, p1 - p0);
            gemm.multiply(coutG, p1 - p0, taps,
                    w, g * coutG * taps, taps,
                    col, 0, p1 - p0,
                    y, (n * geo.cout() + g * coutG) * outPlane + p0, outPlane,
                    false, b, g * coutG);
        });
    }

    /**
     * Columns per task: the whole plane when its column matrix fits the budget and there are
     * enough items to keep every worker busy, else narrower blocks (a multiple of 16).
     */
    static int chunkWidth(int taps, int outPlane, int items, int threads) {
        int width = outPlane;
        if ((long) taps * width > COLUMN_BUDGET) {
            width = Math.max(16, COLUMN_BUDGET / taps / 16 * 16);
        }
        int wanted = 4 * threads; // a few tasks per worker even out the load
        if (threads > 1 && items * (long) Math.ceilDiv(outPlane, width) < wanted) {
            int perItem = Math.ceilDiv(wanted, items);
            width = Math.max(16, Math.ceilDiv(Math.ceilDiv(outPlane, perItem), 16) * 16);
        }
        return Math.min(width, outPlane);
    }
}
