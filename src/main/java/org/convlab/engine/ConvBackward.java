package org.convlab.engine;

import java.util.Arrays;

/**
 * The backward passes of the fast kernel, in two jobs on the pool.
 *
 * <p><b>Input gradient</b>, tasks over (item n, group g, block of input channels): the column
 * gradient dcol = W_gᵀ · dy[n, g] for the block's rows, then col2im adds it into dx. A block
 * owns its channels of dx, so tasks never share writes. Each dx element is a sum over its taps
 * (ky, kx) in order of fma chains over the output channels. The same job transposes dy[n, g]
 * for the weight gradient.
 *
 * <p><b>Weight and bias gradient</b>, tasks over (group g, block of rows of the transposed
 * weight gradient): for every item n in order, dWᵀ += col[n] · dy[n]ᵀ with col[n] built for
 * the block's rows only. The bias is one more row of the column matrix, all ones, so its
 * gradient comes out of the same product. Splitting over rows, never over the batch, means no
 * cross-thread reduction: each dW element is one fma chain over (n, oy, ox) in order, each
 * bias element the plain sum of dy over (n, oy, ox) in order, whatever the thread count.
 */
final class ConvBackward {
    private ConvBackward() {
    }

    /**
     * Reads x [N, Cin, H, W], w [Cout, Cin/groups, kh, kw] and dy [N, Cout, Ho, Wo]; overwrites
     * dx [N, Cin, H, W], dw [Cout, Cin/groups, kh, kw] and db [Cout] (db null: no bias).
     */
    static void run(EnginePool pool, Gemm gemm, ConvGeometry geo, float[] x, float[] w, float[] dy,
                    float[] dx, float[] dw, float[] db, ConvWorkspace ws) {
        float[] wT = transposedWeight(geo, w, ws);
        float[] dyT = ws.gradOutT(geo.batch() * geo.cout() * geo.outPlane());
        inputGradient(pool, gemm, geo, wT, dy, dyT, dx, ws);
        weightGradient(pool, gemm, geo, x, dyT, dw, db, ws);
    }

    /** wT[g][k][co] = w[g·Cout/groups + co][k]. */
    private static float[] transposedWeight(ConvGeometry geo, float[] w, ConvWorkspace ws) {
        int taps = geo.taps();
        int coutG = geo.coutPerGroup();
        float[] wT = ws.weightT(geo.cout() * taps);
        for (int g = 0; g < geo.groups(); g++) {
            int base = g * coutG * taps;
            for (int co = 0; co < coutG; co++) {
                for (int k = 0; k < taps; k++) {
                    wT[base + k * coutG + co] = w[base + co * taps + k];
                }
            }
        }
        return wT;
    }

    private static void inputGradient(EnginePool pool, Gemm gemm, ConvGeometry geo, float[] wT, float[] dy,
                                      float[] dyT, float[] dx, ConvWorkspace ws) {
        int window = geo.kh() * geo.kw();
        int outPlane = geo.outPlane();
        int coutG = geo.coutPerGroup();
        int items = geo.batch() * geo.groups();
        int channelsPerTask = channelBlock(geo, items, pool.threads());
        int blocks = Math.ceilDiv(geo.cinPerGroup(), channelsPerTask);
        float[][] dcols = ws.gradColumns(pool.threads(), channelsPerTask * window * outPlane);
        pool.run(items * blocks, (task, worker) -> {
            int item = task / blocks;
            int n = item / geo.groups();
            int g = item % geo.groups();
            int block = task % blocks;
            int dyOff = (n * geo.cout() + g * coutG) * outPlane; // dy[n, g·coutG, 0, 0]
            if (block == 0) {
                transpose(dy, dyOff, coutG, outPlane, dyT, dyOff);
            }
            int c0 = block * channelsPerTask;
            int c1 = Math.min(geo.cinPerGroup(), c0 + channelsPerTask);
            int k0 = c0 * window;
            int k1 = c1 * window;
            float[] dcol = dcols[worker];
            gemm.multiply(k1 - k0, outPlane, coutG,
                    wT, (g * geo.taps() + k0) * coutG, coutG,
                    dy, dyOff, outPlane,
                    dcol, 0, outPlane,
                    false, null, 0);
            int planeOff = (n * geo.cin() + g * geo.cinPerGroup()) * geo.inPlane();
            Arrays.fill(dx, planeOff + c0 * geo.inPlane(), planeOff + c1 * geo.inPlane(), 0f);
            Im2col.addColumns(geo, gemm, dcol, 0, outPlane, n, g, k0, k1, dx);
        });
    }

    /** Input channels per task: as many as keep the column gradient in budget, fewer when workers would idle. */
    private static int channelBlock(ConvGeometry geo, int items, int threads) {
        int rowsPerChannel = geo.kh() * geo.kw() * geo.outPlane();
        int block = Math.max(1, Math.min(geo.cinPerGroup(), ConvForward.COLUMN_BUDGET / rowsPerChannel));
        int wanted = 4 * threads;
        if (threads > 1 && items * (long) Math.ceilDiv(geo.cinPerGroup(), block) < wanted) {
            block = Math.max(1, Math.ceilDiv(geo.cinPerGroup(), Math.ceilDiv(wanted, items)));
        }
        return block;
    }

    private static void weightGradient(EnginePool pool, Gemm gemm, ConvGeometry geo, float[] x, float[] dyT,
                                       float[] dw, float[] db, ConvWorkspace ws) {
        int taps = geo.taps();
        int rows = db == null ? taps : taps + 1; // row `taps` is the all-ones row of the bias
        int outPlane = geo.outPlane();
        int coutG = geo.coutPerGroup();
        int tile = rowTile(rows, outPlane, geo.groups(), pool.threads());
        int tiles = Math.ceilDiv(rows, tile);
        float[][] cols = ws.columns(pool.threads(), tile * outPlane);
        float[] dwT = ws.gradWeightT(geo.groups() * rows * coutG); // [groups][rows][Cout/groups]
        pool.run(geo.groups() * tiles, (task, worker) -> {
            int g = task / tiles;
            int r0 = (task % tiles) * tile;
            int r1 = Math.min(rows, r0 + tile);
            int k1 = Math.min(r1, taps);
            float[] col = cols[worker];
            if (r1 > taps) {
                Arrays.fill(col, (taps - r0) * outPlane, (r1 - r0) * outPlane, 1f);
            }
            int cOff = (g * rows + r0) * coutG;
            for (int n = 0; n < geo.batch(); n++) {
                if (r0 < k1) {
                    Im2col.columns(geo, x, n, g, r0, k1, 0, outPlane, col, 0, outPlane);
                }
                gemm.multiply(r1 - r0, coutG, outPlane,
                        col, 0, outPlane,
                        dyT, (n * geo.cout() + g * coutG) * outPlane, coutG,
                        dwT, cOff, coutG,
                        n > 0, null, 0);
            }
            for (int r = r0; r < r1; r++) {
                for (int co = 0; co < coutG; co++) {
                    float v = dwT[cOff + (r - r0) * coutG + co];
                    if (r < taps) {
                        dw[(g * coutG + co) * taps + r] = v;
                    } else {
                        db[g * coutG + co] = v;
                    }
                }
            }
        });
    }

    /** Rows per weight-gradient task: a multiple of 4 (the GEMM's row tile), in budget, a few tasks per worker. */
    private static int rowTile(int rows, int outPlane, int groups, int threads) {
        int budget = Math.max(4, ConvForward.COLUMN_BUDGET / outPlane / 4 * 4);
        int perGroup = Math.max(1, Math.ceilDiv(4 * threads, groups));
        int tile = Math.ceilDiv(Math.ceilDiv(rows, perGroup), 4) * 4;
        return Math.max(4, Math.min(tile, budget));
    }

    /** dst[j][i] = src[i][j] for a rows×cols block: src at srcOff with row stride cols, dst at dstOff with row stride rows. */
    private static void transpose(float[] src, int srcOff, int rows, int cols, float[] dst, int dstOff) {
        for (int i = 0; i < rows; i++) {
            int s = srcOff + i * cols;
            for (int j = 0; j < cols; j++) {
                dst[dstOff + j * rows + i] = src[s + j];
            }
        }
    }
}
