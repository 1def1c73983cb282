package org.convlab.explain;

import org.convlab.engine.Conv2dConfig;
import org.convlab.engine.Tensor;

/**
 * A 1D convolution written as a matrix product: output = M · padded input, where row o of M
 * holds the kernel at the columns output o reads. This is why a convolution is a dense layer
 * with most weights zero and the rest shared.
 */
public final class BandedMatrix {
    private BandedMatrix() {
    }

    /**
     * The matrix [Lo, L + padLeft + padRight] of one filter and one input channel of a 1D
     * convolution (kernel [Cout, C/groups, 1, k]).
     */
    public static float[][] of(Tensor kernel, int outChannel, int channelInGroup, int inputLength, Conv2dConfig cfg) {
        int[] s = kernel.shape();
        int k = s[3];
        int padded = inputLength + cfg.padLeft() + cfg.padRight();
        int outLen = cfg.outWidth(inputLength, k);
        float[][] m = new float[Math.max(outLen, 0)][padded];
        for (int o = 0; o < outLen; o++) {
            for (int t = 0; t < k; t++) {
                m[o][o * cfg.strideW() + t * cfg.dilationW()] = kernel.data()[(outChannel * s[1] + channelInGroup) * k + t];
            }
        }
        return m;
    }
}
