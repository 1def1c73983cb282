package org.convlab.engine;

/**
 * Hyper-parameters of 2D max or average pooling, PyTorch semantics: symmetric padding
 * (at most half the window), floor output size, average pooling counts padding
 * ({@code count_include_pad=True}), max pooling pads with minus infinity.
 */
public record PoolConfig(int kernelH, int kernelW, int strideH, int strideW, int padH, int padW) {

    public PoolConfig {
        if (kernelH < 1 || kernelW < 1) {
            throw new IllegalArgumentException("pooling window must be at least 1x1, got " + kernelH + "x" + kernelW);
        }
        if (strideH < 1 || strideW < 1) {
            throw new IllegalArgumentException("stride must be at least 1, got " + strideH + "x" + strideW);
        }
        if (padH < 0 || padW < 0) {
            throw new IllegalArgumentException("padding must not be negative, got " + padH + "x" + padW);
        }
        if (2 * padH > kernelH || 2 * padW > kernelW) {
            throw new IllegalArgumentException("padding should be at most half the window: padding " + padH + "x" + padW
                    + " with window " + kernelH + "x" + kernelW);
        }
    }

    /** Square window, stride = window, no padding (PyTorch's defaults). */
    public static PoolConfig of(int kernel) {
        return new PoolConfig(kernel, kernel, kernel, kernel, 0, 0);
    }

    public static PoolConfig of(int kernel, int stride, int padding) {
        return new PoolConfig(kernel, kernel, stride, stride, padding, padding);
    }

    public int outHeight(int h) {
        return Conv2dConfig.outSize(h, kernelH, 2 * padH, 1, strideH);
    }

    public int outWidth(int w) {
        return Conv2dConfig.outSize(w, kernelW, 2 * padW, 1, strideW);
    }
}
