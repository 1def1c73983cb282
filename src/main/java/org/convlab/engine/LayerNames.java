package org.convlab.engine;

/** Short readable hyper-parameter text for layer names, for example "5×5", "stride 2", "pad 1×2". */
final class LayerNames {
    private LayerNames() {
    }

    /** "3×3" (height × width). */
    static String window(int h, int w) {
        return h + "×" + w;
    }

    /** ", stride 2" or ", stride 2×1"; empty for 1×1 unless {@code always}. */
    static String stride(int h, int w, boolean always) {
        return !always && h == 1 && w == 1 ? "" : ", stride " + pair(h, w);
    }

    /** ", dilation 2" or ", dilation 2×1"; empty for no dilation. */
    static String dilation(int h, int w) {
        return h == 1 && w == 1 ? "" : ", dilation " + pair(h, w);
    }

    /** ", pad 2", ", pad 1×2" (height × width) or ", pad t0 b1 l0 r1"; empty for no padding. */
    static String padding(int top, int bottom, int left, int right) {
        if (top == 0 && bottom == 0 && left == 0 && right == 0) {
            return "";
        }
        if (top == bottom && left == right) {
            return ", pad " + pair(top, left);
        }
        return ", pad t" + top + " b" + bottom + " l" + left + " r" + right;
    }

    /** "2" when both are equal, else "2×1". */
    static String pair(int h, int w) {
        return h == w ? Integer.toString(h) : h + "×" + w;
    }

    /** "2×2, stride 2" or "3×3, stride 2, pad 1": the stride is always shown, as pools usually stride by the window. */
    static String pool(PoolConfig cfg) {
        return window(cfg.kernelH(), cfg.kernelW()) + stride(cfg.strideH(), cfg.strideW(), true)
                + padding(cfg.padH(), cfg.padH(), cfg.padW(), cfg.padW());
    }

    /** "conv1.weight", or "weight" for an empty prefix. */
    static String param(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }
}
