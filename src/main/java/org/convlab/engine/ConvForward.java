package org.convlab.engine;

import org.convlab.engine.ConvWorkspace.Rows;
import org.convlab.engine.ConvWorkspace.Scratch;

/**
 * The forward pass of the fast kernel, tasks over (item n, group g, block of output rows or
 * columns); each task writes only its own block of y.
 * <ul>
 *   <li>columns: im2col the block into the worker's buffer, then y = W_g · col + b;</li>
 *   <li>direct (stride 1): zero-pad the item's channels, then y = W_g · (shifted windows of the
 *   padded image), computed on the padded row pitch and compacted, + b.</li>
 * </ul>
 * Every output is the chain {@code s = 0; for (ci, ky, kx): s = fma(w, x, s); s += b}, with w·0
 * for taps in the padding, whatever the algorithm, the blocks and the thread count.
 */
final class ConvForward {
    /** Floats of one worker's block: 128K floats = 512 KB, well inside a 2 MB L2 cache. */
    static final int BLOCK_BUDGET = 128 * 1024;

    private ConvForward() {
    }

    /**
     * y = conv2d(x, w, b). Reads x [N, Cin, H, W], w [Cout, Cin/groups, kh, kw], b [Cout] or null;
     * overwrites y [N, Cout, Ho, Wo].
     */
    static void run(EnginePool pool, Gemm gemm, ConvGeometry geo, ConvPlan plan, float[] x, float[] w, float[] b,
                    float[] y, ConvWorkspace ws) {
        if (plan.directForward()) {
            direct(pool, gemm, geo, x, w, b, y, ws);
        } else {
            columns(pool, gemm, geo, x, w, b, y, ws);
        }
    }

    private static void columns(EnginePool pool, Gemm gemm, ConvGeometry geo, float[] x, float[] w, float[] b,
                                float[] y, ConvWorkspace ws) {
        int taps = geo.taps();
        int outPlane = geo.outPlane();
        int coutG = geo.coutPerGroup();
        int items = geo.batch() * geo.groups();
        int chunk = blockSize(outPlane, taps, items, pool.threads(), 16);
        int chunks = Math.ceilDiv(outPlane, chunk);
        float[][] cols = ws.scratch(Scratch.COLUMNS, pool.threads(), taps * chunk);
        int[] aRows = Gemm.strided(ws.rows(Rows.A, coutG), coutG, taps);
        int[] bRows = Gemm.strided(ws.rows(Rows.B, taps), taps, chunk);
        pool.run(items * chunks, (task, worker) -> {
            int n = task / chunks / geo.groups();
            int g = task / chunks % geo.groups();
            int p0 = (task % chunks) * chunk;
            int p1 = Math.min(outPlane, p0 + chunk);
            float[] col = cols[worker];
            Im2col.columns(geo, x, n, g, 0, taps, p0, p1, col, 0, chunk);
            gemm.multiply(coutG, p1 - p0, taps,
                    w, g * coutG * taps, aRows, 0,
                    col, 0, bRows,
                    y, (n * geo.cout() + g * coutG) * outPlane + p0, outPlane,
                    false, b, g * coutG);
        });
    }

    private static void direct(EnginePool pool, Gemm gemm, ConvGeometry geo, float[] x, float[] w, float[] b,
                               float[] y, ConvWorkspace ws) {
        Conv2dConfig cfg = geo.cfg();
        int taps = geo.taps();
        int coutG = geo.coutPerGroup();
        int cinG = geo.cinPerGroup();
        int hp = geo.h() + cfg.padTop() + cfg.padBottom();
        int wp = geo.w() + cfg.padLeft() + cfg.padRight();
        int outH = geo.outH();
        int outW = geo.outW();
        int items = geo.batch() * geo.groups();
        int rowsPerTask = blockSize(outH, coutG * wp, items, pool.threads(), 1);
        int chunks = Math.ceilDiv(outH, rowsPerTask);
        int ldWide = (rowsPerTask - 1) * wp + outW;
        float[][] padded = ws.scratch(Scratch.PADDED, pool.threads(), cinG * hp * wp);
        float[][] wide = ws.scratch(Scratch.WIDE, pool.threads(), coutG * ldWide);
        int[] aRows = Gemm.strided(ws.rows(Rows.A, coutG), coutG, taps);
        int[] bRows = windowRows(ws.rows(Rows.B, taps), geo, hp, wp);
        pool.run(items * chunks, (task, worker) -> {
            int n = task / chunks / geo.groups();
            int g = task / chunks % geo.groups();
            int r0 = (task % chunks) * rowsPerTask;
            int r1 = Math.min(outH, r0 + rowsPerTask);
            float[] xp = padded[worker];
            Padding.place(x, (n * geo.cin() + g * cinG) * geo.inPlane(), 0, cinG, geo.h(), geo.w(),
                    xp, 0, hp, wp, cfg.padTop(), cfg.padLeft());
            gemm.multiply(coutG, (r1 - r0 - 1) * wp + outW, taps,
                    w, g * coutG * taps, aRows, 0,
                    xp, r0 * wp, bRows,
                    wide[worker], 0, ldWide,
                    false, null, 0);
            Padding.compact(wide[worker], ldWide, wp, coutG, outH, outW, r0, r1,
                    y, (n * geo.cout() + g * coutG) * geo.outPlane(), b, g * coutG);
        });
    }

    /** Row table of the shifted windows: tap (ci, ky, kx) starts at ci·hp·wp + ky·dilationH·wp + kx·dilationW. */
    static int[] windowRows(int[] rows, ConvGeometry geo, int hp, int wp) {
        int k = 0;
        for (int ci = 0; ci < geo.cinPerGroup(); ci++) {
            for (int ky = 0; ky < geo.kh(); ky++) {
                for (int kx = 0; kx < geo.kw(); kx++) {
                    rows[k++] = ci * hp * wp + ky * geo.cfg().dilationH() * wp + kx * geo.cfg().dilationW();
                }
            }
        }
        return rows;
    }

    /**
     * How many of {@code extent} units (output columns or rows) one task takes: all when a block
     * of {@code perUnit}·extent floats fits the budget and there are enough items to keep every
     * worker busy, else fewer (a multiple of {@code align}).
     */
    static int blockSize(int extent, int perUnit, int items, int threads, int align) {
        int size = extent;
        if ((long) perUnit * size > BLOCK_BUDGET) {
            size = Math.max(align, BLOCK_BUDGET / perUnit / align * align);
        }
        int wanted = 4 * threads; // a few tasks per worker even out the load
        if (threads > 1 && items * (long) Math.ceilDiv(extent, size) < wanted) {
            int perItem = Math.ceilDiv(wanted, items);
            size = Math.min(size, Math.max(align, Math.ceilDiv(Math.ceilDiv(extent, perItem), align) * align));
        }
        return Math.min(size, extent);
    }
}
