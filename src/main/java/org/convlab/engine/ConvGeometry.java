package org.convlab.engine;

/**
 * The sizes one convolution call works with, read once from validated shapes. In the kernel's
 * matrix view of one batch item and one group: K = (Cin/groups)·kh·kw rows of taps, ordered
 * (ci, ky, kx) as in the weight's storage, and P = Ho·Wo columns of output positions.
 */
record ConvGeometry(int batch, int cin, int h, int w, int cout, int kh, int kw, int outH, int outW,
                    Conv2dConfig cfg) {

    /** From input [N, Cin, H, W], weight [Cout, Cin/groups, kh, kw] and the output shape conv2dOutputShape gave. */
    static ConvGeometry of(int[] input, int[] weight, int[] output, Conv2dConfig cfg) {
        return new ConvGeometry(input[0], input[1], input[2], input[3], weight[0], weight[2], weight[3],
                output[2], output[3], cfg);
    }

    int groups() {
        return cfg.groups();
    }

    int cinPerGroup() {
        return cin / cfg.groups();
    }

    int coutPerGroup() {
        return cout / cfg.groups();
    }

    /** Taps per output: (Cin/groups)·kh·kw, the rows of the column matrix. */
    int taps() {
        return cinPerGroup() * kh * kw;
    }

    /** Output positions per channel: Ho·Wo, the columns of the column matrix. */
    int outPlane() {
        return outH * outW;
    }

    int inPlane() {
        return h * w;
    }

    /** Multiply-adds of one forward pass over the whole batch. */
    long macs() {
        return (long) batch * cout * outPlane() * taps();
    }
}
