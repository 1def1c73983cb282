package org.convlab.engine;

/**
 * The max-pooling loop of {@link MaxPool2d}, the same winners and values as
 * {@link PoolOps#maxPool2dPlanes} (the reference) without its data-dependent branches: which
 * element of a window wins is close to random on real activations, so the reference's
 * {@code if (x > best)} is mispredicted about once per window. Here every value becomes an int
 * key that orders like the float, and the winner's index moves by arithmetic (LeNet's first
 * pooling at batch 32, one thread: 0.79 ms in the layer before, 0.28 now; docs/training-speed.md).
 *
 * <p>Keys: {@code v + 0f} turns −0 into +0 (the two compare equal, as in the reference); a
 * negative float's magnitude bits are flipped so the ints order like the floats; every NaN is
 * {@link Integer#MAX_VALUE}. A window is scanned row-major and an element wins when its key is
 * strictly greater than the best so far, as the reference does, so ties keep the first; a window
 * holding a NaN (where the reference keeps the last NaN) is left to the reference loop.
 */
final class MaxPoolPlanes {
    private static final int NAN_KEY = Integer.MAX_VALUE;
    private static final int NEG_INF_KEY = key(Float.NEGATIVE_INFINITY);

    private MaxPoolPlanes() {
    }

    /** As {@link PoolOps#maxPool2dPlanes}, bitwise: planes from..to-1 of x [N, C, H, W] into out and argmax [N, C, Ho, Wo]. */
    static void run(float[] x, int[] inShape, int[] outShape, PoolConfig cfg, float[] out, int[] argmax, int from, int to) {
        int h = inShape[2];
        int w = inShape[3];
        if (cfg.kernelH() == 2 && cfg.kernelW() == 2 && cfg.padH() == 0 && cfg.padW() == 0) {
            twoByTwo(x, h, w, outShape, cfg, out, argmax, from, to);
            return;
        }
        int o = from * outShape[2] * outShape[3];
        for (int plane = from; plane < to; plane++) {
            int planeStart = plane * h * w;
            for (int oy = 0; oy < outShape[2]; oy++) {
                int y0 = oy * cfg.strideH() - cfg.padH();
                int iy0 = Math.max(y0, 0);
                int iy1 = Math.min(y0 + cfg.kernelH(), h);
                for (int ox = 0; ox < outShape[3]; ox++, o++) {
                    int x0 = ox * cfg.strideW() - cfg.padW();
                    int ix0 = Math.max(x0, 0);
                    int ix1 = Math.min(x0 + cfg.kernelW(), w);
                    int at = planeStart + iy0 * w + ix0; // the reference's start: the first in-input element
                    int best = NEG_INF_KEY;
                    for (int iy = iy0; iy < iy1; iy++) {
                        for (int i = planeStart + iy * w + ix0, end = planeStart + iy * w + ix1; i < end; i++) {
                            int k = key(x[i]);
                            int takes = (int) (((long) best - k) >>> 63); // 1 when k > best
                            at += takes * (i - at);
                            best = Math.max(best, k);
                        }
                    }
                    if (best == NAN_KEY) { // the reference's rule for NaN: the last one wins
                        PoolOps.maxWindow(x, planeStart, h, w, y0, x0, cfg, out, argmax, o);
                        continue;
                    }
                    out[o] = x[at];
                    argmax[o] = at;
                }
            }
        }
    }

    /**
     * The same for 2×2 windows without padding (the usual pooling), unrolled: the loops above spend
     * more on their bounds than on the four elements (0.54 against 0.28 ms for LeNet's first pooling).
     */
    private static void twoByTwo(float[] x, int h, int w, int[] outShape, PoolConfig cfg, float[] out, int[] argmax,
                                 int from, int to) {
        int o = from * outShape[2] * outShape[3];
        for (int plane = from; plane < to; plane++) {
            for (int oy = 0; oy < outShape[2]; oy++) {
                int row = plane * h * w + oy * cfg.strideH() * w;
                for (int ox = 0; ox < outShape[3]; ox++, o++) {
                    int a = row + ox * cfg.strideW();
                    int best = key(x[a]);
                    int at = a;
                    int k = key(x[a + 1]);
                    at += (int) (((long) best - k) >>> 63); // + 1 when x[a + 1] wins
                    best = Math.max(best, k);
                    k = key(x[a + w]);
                    at += (int) (((long) best - k) >>> 63) * (a + w - at);
                    best = Math.max(best, k);
                    k = key(x[a + w + 1]);
                    at += (int) (((long) best - k) >>> 63) * (a + w + 1 - at);
                    best = Math.max(best, k);
                    if (best == NAN_KEY) {
                        PoolOps.maxWindow(x, plane * h * w, h, w, oy * cfg.strideH(), ox * cfg.strideW(), cfg, out, argmax, o);
                        continue;
                    }
                    out[o] = x[at];
                    argmax[o] = at;
                }
            }
        }
    }

    /** An int ordered like the float v, with −0 equal to +0 and every NaN the largest. */
    static int key(float v) {
        int b = Float.floatToRawIntBits(v + 0f);
        if ((b & 0x7FFFFFFF) > 0x7F800000) {
            return NAN_KEY; // rare: the branch predicts well
        }
        return b ^ ((b >> 31) & 0x7FFFFFFF);
    }
}
