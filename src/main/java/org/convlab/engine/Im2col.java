package org.convlab.engine;

import java.util.Arrays;

/**
 * Moves between an input image and its column matrix: row k = (ci, ky, kx) of group g, column
 * p = oy·Wo + ox holds x[n][g·Cin/groups + ci][oy·strideH - padTop + ky·dilationH][ox·strideW - padLeft + kx·dilationW],
 * or 0 where that falls in the padding. Then one convolution of an item is a matrix product.
 */
final class Im2col {
    private Im2col() {
    }

    /**
     * Writes rows k0..k1-1 and columns p0..p1-1 of the column matrix of (item n, group g) into
     * {@code col[colOff + (k-k0)*ldcol + (p-p0)]}. Reads {@code x} [N, Cin, H, W]; writes only that block of col.
     */
    static void columns(ConvGeometry geo, float[] x, int n, int g, int k0, int k1, int p0, int p1,
                        float[] col, int colOff, int ldcol) {
        Conv2dConfig cfg = geo.cfg();
        int window = geo.kh() * geo.kw();
        int outW = geo.outW();
        for (int k = k0; k < k1; k++) {
            int ci = k / window;
            int ky = (k % window) / geo.kw();
            int kx = k % geo.kw();
            int plane = ((n * geo.cin()) + g * geo.cinPerGroup() + ci) * geo.inPlane();
            int iy0 = ky * cfg.dilationH() - cfg.padTop();
            int ix0 = kx * cfg.dilationW() - cfg.padLeft();
            int oxLo = firstInside(ix0, cfg.strideW());
            int oxHi = endInside(ix0, cfg.strideW(), geo.w(), outW);
            int row = colOff + (k - k0) * ldcol - p0;
            for (int oy = p0 / outW, p = p0; p < p1; oy++) {
                int a = p - oy * outW;                       // first ox of this output row inside [p0, p1)
                int b = Math.min(outW, p1 - oy * outW);      // end ox
                int dst = row + oy * outW;
                int iy = oy * cfg.strideH() + iy0;
                if (iy < 0 || iy >= geo.h()) {
                    Arrays.fill(col, dst + a, dst + b, 0f);
                } else {
                    int lo = Math.max(a, Math.min(b, oxLo));
                    int hi = Math.max(lo, Math.min(b, oxHi));
                    Arrays.fill(col, dst + a, dst + lo, 0f);
                    int src = plane + iy * geo.w() + ix0;
                    if (cfg.strideW() == 1) {
                        if (hi > lo) { // src + lo may lie past the end when nothing is copied
                            System.arraycopy(x, src + lo, col, dst + lo, hi - lo);
                        }
                    } else {
                        for (int ox = lo; ox < hi; ox++) {
                            col[dst + ox] = x[src + ox * cfg.strideW()];
                        }
                    }
                    Arrays.fill(col, dst + hi, dst + b, 0f);
                }
                p = oy * outW + b;
            }
        }
    }

    /**
     * Adds rows k0..k1-1 (all P columns) of a column-matrix gradient back into the image
     * gradient {@code gx} [N, Cin, H, W] of item n, group g: the adjoint of {@link #columns}.
     * Each element receives its terms in order of k, one rounding per add. Reads dcol; adds into gx.
     */
    static void addColumns(ConvGeometry geo, Gemm gemm, float[] dcol, int dcolOff, int ldcol, int n, int g,
                           int k0, int k1, float[] gx) {
        Conv2dConfig cfg = geo.cfg();
        int window = geo.kh() * geo.kw();
        int outW = geo.outW();
        for (int k = k0; k < k1; k++) {
            int ci = k / window;
            int ky = (k % window) / geo.kw();
            int kx = k % geo.kw();
            int plane = ((n * geo.cin()) + g * geo.cinPerGroup() + ci) * geo.inPlane();
            int iy0 = ky * cfg.dilationH() - cfg.padTop();
            int ix0 = kx * cfg.dilationW() - cfg.padLeft();
            int lo = firstInside(ix0, cfg.strideW());
            int hi = endInside(ix0, cfg.strideW(), geo.w(), outW);
            if (lo >= hi) {
                continue;
            }
            int row = dcolOff + (k - k0) * ldcol;
            for (int oy = 0; oy < geo.outH(); oy++) {
                int iy = oy * cfg.strideH() + iy0;
                if (iy < 0 || iy >= geo.h()) {
                    continue;
                }
                int src = row + oy * outW;
                int dst = plane + iy * geo.w() + ix0;
                if (cfg.strideW() == 1) {
                    gemm.addInto(dcol, src + lo, gx, dst + lo, hi - lo);
                } else {
                    for (int ox = lo; ox < hi; ox++) {
                        gx[dst + ox * cfg.strideW()] += dcol[src + ox];
                    }
                }
            }
        }
    }

    /** The first ox with ox·stride + ix0 >= 0. */
    private static int firstInside(int ix0, int stride) {
        return ix0 >= 0 ? 0 : Math.ceilDiv(-ix0, stride);
    }

    /** One past the last ox (at most outW) with ox·stride + ix0 <= w - 1; may be below firstInside. */
    private static int endInside(int ix0, int stride, int w, int outW) {
        int last = w - 1 - ix0;
        return last < 0 ? 0 : Math.min(outW, last / stride + 1);
    }
}
