package org.convlab.engine;

import java.util.Arrays;
import org.convlab.engine.ConvWorkspace.Rows;
import org.convlab.engine.ConvWorkspace.Scratch;
import org.convlab.engine.ConvWorkspace.Shared;

/**
 * The input gradient dx of the fast kernel, tasks over (item n, group g, block); a block owns
 * its part of dx[n, g], so tasks never share writes.
 * <ul>
 *   <li>columns (blocks of input channels): dcol = W_gᵀ · dy[n, g] for the block's rows, then
 *   col2im adds it into dx. Each dx element: over its taps (ky, kx) in order, dx += (fma chain over co).</li>
 *   <li>direct (stride 1, blocks of input rows): dx is a stride-1 convolution of dy, zero-padded
 *   by the dilated kernel less the padding, with the weight flipped and its channel axes swapped;
 *   computed on the padded row pitch and compacted. Each dx element: one fma chain over (co, ky', kx'),
 *   flipped taps in order.</li>
 * </ul>
 * The first task of every (n, g) also writes dy[n, g] transposed to positions × channels, with
 * the row pitch the weight gradient asks for, into {@code dyT}.
 */
final class ConvInputGradient {
    private ConvInputGradient() {
    }

    static void run(EnginePool pool, Gemm gemm, ConvGeometry geo, boolean direct, float[] w, float[] dy, float[] dx,
                    ConvBackward.GradOutT dyT, ConvWorkspace ws) {
        if (direct) {
            direct(pool, gemm, geo, w, dy, dx, dyT, ws);
        } else {
            columns(pool, gemm, geo, w, dy, dx, dyT, ws);
        }
    }

    private static void columns(EnginePool pool, Gemm gemm, ConvGeometry geo, float[] w, float[] dy, float[] dx,
                                ConvBackward.GradOutT dyT, ConvWorkspace ws) {
        int window = geo.kh() * geo.kw();
        int taps = geo.taps();
        int outPlane = geo.outPlane();
        int coutG = geo.coutPerGroup();
        int items = geo.batch() * geo.groups();
        int channels = ConvForward.blockSize(geo.cinPerGroup(), window * outPlane, items, pool.threads(), 1);
        int blocks = Math.ceilDiv(geo.cinPerGroup(), channels);
        float[][] dcols = ws.scratch(Scratch.COLUMNS, pool.threads(), channels * window * outPlane);
        float[] wT = ws.shared(Shared.WEIGHT, geo.cout() * taps);
        for (int g = 0; g < geo.groups(); g++) { // wT[g][k][co] = w[g·coutG + co][k]
            int base = g * coutG * taps;
            for (int co = 0; co < coutG; co++) {
                for (int k = 0; k < taps; k++) {
                    wT[base + k * coutG + co] = w[base + co * taps + k];
                }
            }
        }
        int[] aRows = Gemm.strided(ws.rows(Rows.A, taps), taps, coutG);
        int[] bRows = Gemm.strided(ws.rows(Rows.B, coutG), coutG, outPlane);
        pool.run(items * blocks, (task, worker) -> {
            int n = task / blocks / geo.groups();
            int g = task / blocks % geo.groups();
            int block = task % blocks;
            int dyOff = (n * geo.cout() + g * coutG) * outPlane; // dy[n, g·coutG]
            if (block == 0) {
                dyT.write(dy, dyOff, geo, n * geo.groups() + g);
            }
            int c0 = block * channels;
            int c1 = Math.min(geo.cinPerGroup(), c0 + channels);
            float[] dcol = dcols[worker];
            gemm.multiply((c1 - c0) * window, outPlane, coutG,
                    wT, g * taps * coutG, aRows, c0 * window,
                    dy, dyOff, bRows,
                    dcol, 0, outPlane,
                    false, null, 0);
            int planes = (n * geo.cin() + g * geo.cinPerGroup()) * geo.inPlane();
            Arrays.fill(dx, planes + c0 * geo.inPlane(), planes + c1 * geo.inPlane(), 0f);
            Im2col.addColumns(geo, gemm, dcol, 0, outPlane, n, g, c0 * window, c1 * window, dx);
        });
    }

    private static void direct(EnginePool pool, Gemm gemm, ConvGeometry geo, float[] w, float[] dy, float[] dx,
                               ConvBackward.GradOutT dyT, ConvWorkspace ws) {
        Conv2dConfig cfg = geo.cfg();
        int kh = geo.kh();
        int kw = geo.kw();
        int cinG = geo.cinPerGroup();
        int coutG = geo.coutPerGroup();
        int reachH = (kh - 1) * cfg.dilationH(); // rows of the dilated kernel, less one
        int reachW = (kw - 1) * cfg.dilationW();
        int hq = geo.h() + reachH;               // padded dy: row iy + ky'·dilation is output row iy + ky'·d - (reachH - padTop)
        int wq = geo.w() + reachW;
        int inner = coutG * kh * kw;             // the product's k: (co, ky', kx')
        float[] wFlip = ws.shared(Shared.WEIGHT, geo.cout() * geo.taps());
        for (int g = 0; g < geo.groups(); g++) { // wFlip[g][ci][(co, ky', kx')] = w[g·coutG + co][ci][kh-1-ky'][kw-1-kx']
            for (int ci = 0; ci < cinG; ci++) {
                for (int co = 0; co < coutG; co++) {
                    for (int ky = 0; ky < kh; ky++) {
                        for (int kx = 0; kx < kw; kx++) {
                            wFlip[((g * cinG + ci) * coutG + co) * kh * kw + ky * kw + kx] =
                                    w[(((g * coutG + co) * cinG + ci) * kh + kh - 1 - ky) * kw + kw - 1 - kx];
                        }
                    }
                }
            }
        }
        int items = geo.batch() * geo.groups();
        int rowsPerTask = ConvForward.blockSize(geo.h(), cinG * wq, items, pool.threads(), 1);
        int blocks = Math.ceilDiv(geo.h(), rowsPerTask);
        int ldWide = (rowsPerTask - 1) * wq + geo.w();
        float[][] padded = ws.scratch(Scratch.PADDED, pool.threads(), coutG * hq * wq);
        float[][] wide = ws.scratch(Scratch.WIDE, pool.threads(), cinG * ldWide);
        int[] aRows = Gemm.strided(ws.rows(Rows.A, cinG), cinG, inner);
        int[] bRows = ws.rows(Rows.B, inner);
        for (int co = 0, k = 0; co < coutG; co++) {
            for (int ky = 0; ky < kh; ky++) {
                for (int kx = 0; kx < kw; kx++) {
                    bRows[k++] = co * hq * wq + ky * cfg.dilationH() * wq + kx * cfg.dilationW();
                }
            }
        }
        pool.run(items * blocks, (task, worker) -> {
            int n = task / blocks / geo.groups();
            int g = task / blocks % geo.groups();
            int block = task % blocks;
            int dyOff = (n * geo.cout() + g * coutG) * geo.outPlane();
            if (block == 0) {
                dyT.write(dy, dyOff, geo, n * geo.groups() + g);
            }
            int r0 = block * rowsPerTask;
            int r1 = Math.min(geo.h(), r0 + rowsPerTask);
            float[] dyp = padded[worker];
            Padding.place(dy, dyOff, 0, coutG, geo.outH(), geo.outW(), dyp, 0, hq, wq,
                    reachH - cfg.padTop(), reachW - cfg.padLeft());
            gemm.multiply(cinG, (r1 - r0 - 1) * wq + geo.w(), inner,
                    wFlip, g * cinG * inner, aRows, 0,
                    dyp, r0 * wq, bRows,
                    wide[worker], 0, ldWide,
                    false, null, 0);
            Padding.compact(wide[worker], ldWide, wq, cinG, geo.h(), geo.w(), r0, r1,
                    dx, (n * geo.cin() + g * cinG) * geo.inPlane(), null, 0);
        });
    }
}
