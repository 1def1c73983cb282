package org.convlab.engine;

import java.util.Arrays;
import org.convlab.engine.ConvWorkspace.Rows;
import org.convlab.engine.ConvWorkspace.Scratch;
import org.convlab.engine.ConvWorkspace.Shared;

/**
 * The weight and bias gradient of the fast kernel, tasks over (chunk of {@value #CHUNK} items,
 * group g, block of rows of the transposed weight gradient dWᵀ [taps (+1)][Cout/groups]): for
 * every item n of the chunk in order, dWᵀ += A[n] · dy[n]ᵀ, where A[n] holds the block's rows of
 * the column matrix of x[n]:
 * <ul>
 *   <li>columns: built by im2col into the worker's buffer;</li>
 *   <li>direct (stride 1): shifted windows of x[n] zero-padded, read at the padded row pitch;
 *   the transposed dy has zero rows at the junk positions, so they add nothing.</li>
 * </ul>
 * The bias is one more row of A, all ones, so its gradient comes out of the same product.
 * Each task writes its own chunk's partial sums; after the job the caller adds the chunks'
 * sums in order. The chunks are fixed by the batch size alone, never by the threads, so each dW
 * element is, per chunk, one fma chain over (n, oy, ox) in order, then the chunks' sums added
 * in order (and each bias element the same over dy): bitwise the same for both algorithms and
 * every thread count.
 */
final class ConvWeightGradient {
    /**
     * Items per partial sum. The batch is cut into chunks of this many items, fixed whatever the
     * threads, each summed by tasks of its own, and the chunks' sums added in order: more tasks
     * than row blocks alone give (LeNet's conv1 has 26 rows), and each task streams only its items'
     * transposed dy, where every row block streamed all of it (1.8 MB for conv1 at batch 32).
     */
    static final int CHUNK = 8;

    private ConvWeightGradient() {
    }

    /** Where item = n·groups + g starts in dy [N, Cout, Ho, Wo]. */
    private static int dyOffset(ConvGeometry geo, int item) {
        return (item / geo.groups() * geo.cout() + item % geo.groups() * geo.coutPerGroup()) * geo.outPlane();
    }

    /** The row pitch of the direct path: the padded input width. */
    static int paddedWidth(ConvGeometry geo) {
        return geo.w() + geo.cfg().padLeft() + geo.cfg().padRight();
    }

    /**
     * Reads x [N, Cin, H, W] and dyT (positions at the row pitch of the chosen algorithm);
     * overwrites dw [Cout, Cin/groups, kh, kw] and db [Cout] (null: no bias). With dy
     * [N, Cout, Ho, Wo] given, dyT is not written yet: each task transposes its items just before
     * using them when it is the only task of its chunk and group, else a first job does it.
     */
    static void run(EnginePool pool, Gemm gemm, ConvGeometry geo, boolean direct, float[] x, ConvBackward.GradOutT dyT,
                    float[] dy, float[] dw, float[] db, ConvWorkspace ws) {
        Conv2dConfig cfg = geo.cfg();
        int taps = geo.taps();
        int rows = db == null ? taps : taps + 1; // row `taps` is the all-ones row of the bias
        int coutG = geo.coutPerGroup();
        int cinG = geo.cinPerGroup();
        int window = geo.kh() * geo.kw();
        int hp = geo.h() + cfg.padTop() + cfg.padBottom();
        int wp = paddedWidth(geo);
        int positions = dyT.positions(); // the product's k
        int ld = dyT.ld();                // columns of the product: Cout/groups, padded
        int perRow = direct ? 1 : geo.outPlane();               // floats of one im2col row
        // direct: rows up to a multiple of 8, the extra ones reading window 0 into rows nobody reads,
        // so every block runs whole 8-row tiles: a leftover row is one fma chain that waits on each
        // fma's latency, as slow as a tile of 8 (conv1 of LeNet: 26 rows took 5 tiles' time, now 4)
        int computed = direct ? Math.ceilDiv(rows, 8) * 8 : rows;
        int groups = geo.groups();
        int chunks = Math.ceilDiv(geo.batch(), CHUNK);
        int tile = rowTile(computed, perRow, groups * chunks, pool.threads());
        int tiles = Math.ceilDiv(computed, tile);
        // direct: the padded planes, then a row of ones; columns: the block's rows, the ones row last when it has it
        int size = direct ? cinG * hp * wp + positions : tile * perRow;
        float[][] buffers = ws.scratch(direct ? Scratch.PADDED : Scratch.COLUMNS, pool.threads(), size);
        float[] dwT = ws.shared(Shared.GRAD_WEIGHT, chunks * groups * computed * ld); // [chunks][groups][computed][ld]
        int[] aRows;
        if (direct) {
            aRows = ConvForward.windowRows(ws.rows(Rows.A, computed), geo, hp, wp);
            if (rows > taps) {
                aRows[taps] = cinG * hp * wp;
            }
            Arrays.fill(aRows, rows, computed, 0);
        } else {
            aRows = Gemm.strided(ws.rows(Rows.A, tile), tile, perRow);
        }
        int[] bRows = Gemm.strided(ws.rows(Rows.B, positions), positions, ld);
        boolean transposeInTask = dy != null && tiles == 1;
        if (dy != null && !transposeInTask) {
            pool.run(geo.batch() * groups, (item, worker) -> dyT.write(dy, dyOffset(geo, item), geo, item));
        }
        pool.run(chunks * groups * tiles, (task, worker) -> {
            int chunk = task / (groups * tiles);
            int g = task / tiles % groups;
            int r0 = (task % tiles) * tile;
            int r1 = Math.min(computed, r0 + tile);
            int k1 = Math.min(r1, taps);
            float[] a = buffers[worker];
            if (r1 > taps && rows > taps) {
                int onesAt = direct ? cinG * hp * wp : (taps - r0) * perRow;
                Arrays.fill(a, onesAt, onesAt + positions, 1f);
            }
            int cOff = ((chunk * groups + g) * computed + r0) * ld;
            int n0 = chunk * CHUNK;
            for (int n = n0; n < Math.min(geo.batch(), n0 + CHUNK); n++) {
                if (transposeInTask) {
                    dyT.write(dy, dyOffset(geo, n * groups + g), geo, n * groups + g);
                }
                if (direct) { // only the input channels this block's taps read
                    Padding.place(x, (n * geo.cin() + g * cinG) * geo.inPlane(), r0 / window,
                            Math.ceilDiv(k1, window), geo.h(), geo.w(), a, 0, hp, wp, cfg.padTop(), cfg.padLeft());
                } else if (r0 < k1) {
                    Im2col.columns(geo, x, n, g, r0, k1, 0, geo.outPlane(), a, 0, perRow);
                }
                gemm.multiply(r1 - r0, ld, positions,
                        a, 0, aRows, direct ? r0 : 0,
                        dyT.data(), dyT.offset(n * geo.groups() + g), bRows,
                        dwT, cOff, ld,
                        n > n0, null, 0);
            }
        });
        int chunkStride = groups * computed * ld;
        for (int g = 0; g < groups; g++) { // the chunks' sums, added in order
            for (int r = 0; r < rows; r++) {
                for (int co = 0; co < coutG; co++) {
                    int at = (g * computed + r) * ld + co;
                    float v = dwT[at];
                    for (int c = 1; c < chunks; c++) {
                        v += dwT[c * chunkStride + at];
                    }
                    if (r < taps) {
                        dw[(g * coutG + co) * taps + r] = v;
                    } else {
                        db[g * coutG + co] = v;
                    }
                }
            }
        }
    }

    /**
     * Rows per task, a multiple of 8 (the product's row tiles are 4 and 8 rows) within the
     * scratch budget: the size whose blocks, dealt to the workers, leave the least work on the
     * busiest one, with at least 2 tasks per worker when there are rows enough; among equals the
     * largest, as every block streams its chunk's transposed dy once. {@code sets} is the number of
     * tasks per block: groups × chunks. (Rounding 151 rows up to blocks of 24 gave 7 blocks, 4 on
     * one worker and 3 on the other.)
     */
    private static int rowTile(int rows, int perRow, int sets, int threads) {
        int groups = sets;
        int budget = Math.max(8, ConvForward.BLOCK_BUDGET / perRow / 8 * 8);
        int most = Math.min(budget, Math.ceilDiv(rows, 8) * 8);
        int minBlocks = threads == 1 ? 1 : Math.min(Math.ceilDiv(2 * threads, groups), Math.ceilDiv(rows, 8));
        int best = 8;
        long bestSpan = Long.MAX_VALUE;
        for (int tile = 8; tile <= most; tile += 8) {
            int blocks = Math.ceilDiv(rows, tile);
            long span = (long) Math.ceilDiv(blocks * groups, threads) * tile; // rows on the busiest worker
            if (blocks >= minBlocks && span <= bestSpan) {
                best = tile;
                bestSpan = span;
            }
        }
        return best;
    }
}
