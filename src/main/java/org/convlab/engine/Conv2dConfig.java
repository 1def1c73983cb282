package org.convlab.engine;

/**
 * Hyper-parameters of a 2D convolution, PyTorch semantics (cross-correlation, NCHW).
 * Padding may differ per side ("same" with an even kernel, "full", causal 1D padding);
 * a 1D convolution is a 2D one with height 1, kernel height 1 and no vertical padding.
 *
 * <p>Output size per axis: floor((n + padBefore + padAfter - dilation*(k-1) - 1) / stride) + 1.
 */
public record Conv2dConfig(int strideH, int strideW,
                           int padTop, int padBottom, int padLeft, int padRight,
                           int dilationH, int dilationW,
                           int groups) {

    public Conv2dConfig {
        if (strideH < 1 || strideW < 1) {
            throw new IllegalArgumentException("stride must be at least 1, got " + strideH + "x" + strideW);
        }
        if (dilationH < 1 || dilationW < 1) {
            throw new IllegalArgumentException("dilation must be at least 1, got " + dilationH + "x" + dilationW);
        }
        if (padTop < 0 || padBottom < 0 || padLeft < 0 || padRight < 0) {
            throw new IllegalArgumentException("padding must not be negative, got top " + padTop + ", bottom " + padBottom
                    + ", left " + padLeft + ", right " + padRight);
        }
        if (groups < 1) {
            throw new IllegalArgumentException("groups must be at least 1, got " + groups);
        }
    }

    /** Same stride, padding and dilation on both axes, symmetric padding. */
    public static Conv2dConfig of(int stride, int padding, int dilation, int groups) {
        return new Conv2dConfig(stride, stride, padding, padding, padding, padding, dilation, dilation, groups);
    }

    /** Stride 1, no padding, no dilation, one group. */
    public static Conv2dConfig defaults() {
        return of(1, 0, 1, 1);
    }

    /** A 1D convolution seen as 2D with height 1. */
    public static Conv2dConfig oneD(int stride, int padLeft, int padRight, int dilation, int groups) {
        return new Conv2dConfig(1, stride, 0, 0, padLeft, padRight, 1, dilation, groups);
    }

    /** Output height for an input of height {@code h} and kernel height {@code kh}; may be less than 1 for invalid configurations. */
    public int outHeight(int h, int kh) {
        return outSize(h, kh, padTop + padBottom, dilationH, strideH);
    }

    /** Output width for an input of width {@code w} and kernel width {@code kw}; may be less than 1 for invalid configurations. */
    public int outWidth(int w, int kw) {
        return outSize(w, kw, padLeft + padRight, dilationW, strideW);
    }

    /** floor((n + totalPad - d*(k-1) - 1) / s) + 1, with floor division that stays right for negative numerators. */
    public static int outSize(int n, int k, int totalPad, int dilation, int stride) {
        return Math.floorDiv(n + totalPad - dilation * (k - 1) - 1, stride) + 1;
    }
}
