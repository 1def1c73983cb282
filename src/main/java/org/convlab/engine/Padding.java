package org.convlab.engine;

import java.util.Arrays;

/**
 * The copies around the direct convolution: zero-padded planes the product reads through
 * shifted windows, "wide" results back to dense planes, and the output gradient transposed to
 * positions × channels. A wide plane has the row pitch of the padded input, so output (oy, ox)
 * sits at oy·pitch + ox and the columns ox >= outW of each row are junk.
 */
final class Padding {
    private Padding() {
    }

    /**
     * Zero-pads planes: plane c (h×w, at {@code src[srcOff + c·h·w]}) goes to the hp×wp plane at
     * {@code dst[dstOff + c·hp·wp]} with its (0, 0) at (top, left); parts falling outside are
     * dropped (top and left may be negative). Reads src; writes planes c0..c1-1 of dst entirely.
     */
    static void place(float[] src, int srcOff, int c0, int c1, int h, int w,
                      float[] dst, int dstOff, int hp, int wp, int top, int left) {
        int x0 = Math.max(0, -left);             // first source column kept
        int x1 = Math.min(w, wp - left);         // end source column kept
        int from = left + x0;                    // its destination column
        int to = Math.max(from, left + x1);
        for (int c = c0; c < c1; c++) {
            int plane = dstOff + c * hp * wp;
            int source = srcOff + c * h * w;
            for (int r = 0; r < hp; r++) {
                int y = r - top;
                int row = plane + r * wp;
                if (y < 0 || y >= h || x1 <= x0) {
                    Arrays.fill(dst, row, row + wp, 0f);
                } else {
                    Arrays.fill(dst, row, row + from, 0f);
                    System.arraycopy(src, source + y * w + x0, dst, row + from, x1 - x0);
                    Arrays.fill(dst, row + to, row + wp, 0f);
                }
            }
        }
    }

    /**
     * Transposes one item's output gradient to positions × channels, with the row pitch of a
     * wide plane and ld ≥ channels floats per position:
     * {@code dst[dstOff + (oy·pitch + ox)·ld + c] = src[srcOff + (c·rows + oy)·cols + ox]}, and zero
     * for the junk positions cols <= ox < pitch of every row but the last and for c >= channels.
     * Reads src; writes ((rows-1)·pitch + cols)·ld floats of dst.
     */
    static void transposeWide(float[] src, int srcOff, int channels, int rows, int cols, float[] dst, int dstOff,
                              int pitch, int ld) {
        for (int oy = 0; oy < rows; oy++) {
            int q0 = dstOff + oy * pitch * ld;
            if (ld > channels) {
                Arrays.fill(dst, q0, q0 + cols * ld, 0f);
            }
            for (int c = 0; c < channels; c++) { // reads run along a row; one output row's writes stay in L1
                int s = srcOff + (c * rows + oy) * cols;
                for (int ox = 0; ox < cols; ox++) {
                    dst[q0 + ox * ld + c] = src[s + ox];
                }
            }
            if (oy < rows - 1) {
                Arrays.fill(dst, q0 + cols * ld, q0 + pitch * ld, 0f);
            }
        }
    }

    /**
     * Copies rows r0..r1-1 of wide planes back to dense ones, adding a per-plane addend:
     * {@code dst[dstOff + (c·rows + r)·cols + x] = src[c·ld + (r - r0)·pitch + x] (+ add[addOff + c])}.
     * Reads src and add (null: none); writes those rows of dst.
     */
    static void compact(float[] src, int ld, int pitch, int channels, int rows, int cols, int r0, int r1,
                        float[] dst, int dstOff, float[] add, int addOff) {
        for (int c = 0; c < channels; c++) {
            for (int r = r0; r < r1; r++) {
                int s = c * ld + (r - r0) * pitch;
                int d = dstOff + (c * rows + r) * cols;
                if (add == null) {
                    System.arraycopy(src, s, dst, d, cols);
                } else {
                    float a = add[addOff + c];
                    for (int x = 0; x < cols; x++) {
                        dst[d + x] = src[s + x] + a;
                    }
                }
            }
        }
    }
}
