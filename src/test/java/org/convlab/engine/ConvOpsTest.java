package org.convlab.engine;

import static org.convlab.engine.ConvTestSupport.assertTensor;
import static org.convlab.engine.ConvTestSupport.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hand-computed convolutions: every expected number is worked out in the comment beside it. */
class ConvOpsTest {
    // x = 1 2 3      w = 1 2
    //     4 5 6          3 4
    //     7 8 9
    private static final float[] X3 = {1, 2, 3, 4, 5, 6, 7, 8, 9};

    @Test
    void crossCorrelatesWithoutFlippingTheKernelAndAddsTheBias() {
        // second sample is the first negated, to check the batch offset
        float[] x = new float[18];
        for (int i = 0; i < 9; i++) {
            x[i] = X3[i];
            x[9 + i] = -X3[i];
        }
        Tensor out = ConvOps.conv2d(t(new int[] {2, 1, 3, 3}, x), t(new int[] {1, 1, 2, 2}, 1, 2, 3, 4),
                t(new int[] {1}, 0.5f), Conv2dConfig.defaults());
        // (0,0): 1*1 + 2*2 + 3*4 + 4*5 = 37   (0,1): 1*2 + 2*3 + 3*5 + 4*6 = 47
        // (1,0): 1*4 + 2*5 + 3*7 + 4*8 = 67   (1,1): 1*5 + 2*6 + 3*8 + 4*9 = 77; then + 0.5
        // (a flipped kernel would give 4*1 + 3*2 + 2*4 + 1*5 = 23 at (0,0))
        assertTensor(new int[] {2, 1, 2, 2}, new float[] {37.5f, 47.5f, 67.5f, 77.5f, -36.5f, -46.5f, -66.5f, -76.5f}, out);
    }

    @Test
    void strideTwoWithPaddingOneSumsOnlyTheWindowPartInsideTheInput() {
        // 3x3 ones kernel, stride 2, pad 1: output floor((3 + 1 + 1 - 1*2 - 1)/2) + 1 = 2
        // (0,0) covers rows -1..1, cols -1..1: 1+2+4+5 = 12;  (0,1) rows -1..1, cols 1..3: 2+3+5+6 = 16
        // (1,0) rows 1..3, cols -1..1: 4+5+7+8 = 24;          (1,1): 5+6+8+9 = 28
        Tensor out = ConvOps.conv2d(t(new int[] {1, 1, 3, 3}, X3), Tensor.filled(1f, 1, 1, 3, 3), null,
                Conv2dConfig.of(2, 1, 1, 1));
        assertTensor(new int[] {1, 1, 2, 2}, new float[] {12, 16, 24, 28}, out);
    }

    @Test
    void asymmetricPaddingPadsEachSideByItsOwnAmount() {
        // row [1 2 3], kernel [1 10], pad left 1, right 0: padded [0 1 2 3], width (3 + 1 + 0 - 1 - 1)/1 + 1 = 3
        // 0*1 + 1*10 = 10, 1*1 + 2*10 = 21, 2*1 + 3*10 = 32
        Tensor wide = ConvOps.conv2d(t(new int[] {1, 1, 1, 3}, 1, 2, 3), t(new int[] {1, 1, 1, 2}, 1, 10), null,
                new Conv2dConfig(1, 1, 0, 0, 1, 0, 1, 1, 1));
        assertTensor(new int[] {1, 1, 1, 3}, new float[] {10, 21, 32}, wide);
        // column [1 2], kernel [1 10] vertical, pad top 0, bottom 1: padded [1 2 0] -> 1 + 20 = 21, 2 + 0 = 2
        Tensor tall = ConvOps.conv2d(t(new int[] {1, 1, 2, 1}, 1, 2), t(new int[] {1, 1, 2, 1}, 1, 10), null,
                new Conv2dConfig(1, 1, 0, 1, 0, 0, 1, 1, 1));
        assertTensor(new int[] {1, 1, 2, 1}, new float[] {21, 2}, tall);
    }

    @Test
    void dilationSpreadsTheKernelTaps() {
        // x[i][j] = 5i + j + 1 (1..25), 2x2 ones kernel, dilation 2: taps at offsets 0 and 2
        // (0,0) = x00 + x02 + x20 + x22 = 1 + 3 + 11 + 13 = 28; one step right adds 4, one step down adds 20
        float[] x = new float[25];
        for (int i = 0; i < 25; i++) {
            x[i] = i + 1;
        }
        Tensor out = ConvOps.conv2d(t(new int[] {1, 1, 5, 5}, x), Tensor.filled(1f, 1, 1, 2, 2), null,
                Conv2dConfig.of(1, 0, 2, 1));
        assertTensor(new int[] {1, 1, 3, 3}, new float[] {28, 32, 36, 48, 52, 56, 68, 72, 76}, out);
    }

    @Test
    void groupsConnectEachOutputChannelOnlyToItsOwnInputChannels() {
        // Cin 4, Cout 2, groups 2, 1x1 kernels; x = 1, 2, 3, 4 (one pixel per channel)
        // out0 sees channels 0,1: 10*1 + 100*2 = 210;  out1 sees channels 2,3: 1000*3 + 10000*4 = 43000
        Tensor out = ConvOps.conv2d(t(new int[] {1, 4, 1, 1}, 1, 2, 3, 4), t(new int[] {2, 2, 1, 1}, 10, 100, 1000, 10000),
                null, Conv2dConfig.of(1, 0, 1, 2));
        assertTensor(new int[] {1, 2, 1, 1}, new float[] {210, 43000}, out);
    }

    @Test
    void depthwiseWithMultiplierTwoFiltersEachChannelOnItsOwn() {
        // Cin 2, Cout 4, groups 2: outputs 0,1 read channel 0 = [1 2; 3 4], outputs 2,3 read channel 1 = [5 6; 7 8]
        // one-hot 2x2 kernels pick: out0 top-left of ch0 = 1, out1 top-right of ch0 = 2,
        // out2 bottom-left of ch1 = 7, out3 bottom-right of ch1 = 8; biases 0.5, -1, 0, 2 -> 1.5, 1, 7, 10
        Tensor w = t(new int[] {4, 1, 2, 2}, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1);
        Tensor out = ConvOps.conv2d(t(new int[] {1, 2, 2, 2}, 1, 2, 3, 4, 5, 6, 7, 8), w,
                t(new int[] {4}, 0.5f, -1f, 0f, 2f), Conv2dConfig.of(1, 0, 1, 2));
        assertTensor(new int[] {1, 4, 1, 1}, new float[] {1.5f, 1, 7, 10}, out);
    }

    @Test
    void conv1dWithStridePaddingAndBias() {
        // ch0 [1 2 3 4], ch1 [0 1 0 1]; kernel ch0 [1 -1], ch1 [2 2]; bias 0.25; stride 2, pad left 1, right 0
        // length floor((4 + 1 + 0 - 1 - 1)/2) + 1 = 2; padded ch0 [0 1 2 3 4], ch1 [0 0 1 0 1]
        // out0 (padded 0,1): 0*1 + 1*-1 + 0*2 + 0*2 + 0.25 = -0.75
        // out1 (padded 2,3): 2*1 + 3*-1 + 1*2 + 0*2 + 0.25 = 1.25
        Tensor out = ConvOps.conv1d(t(new int[] {1, 2, 4}, 1, 2, 3, 4, 0, 1, 0, 1), t(new int[] {1, 2, 2}, 1, -1, 2, 2),
                t(new int[] {1}, 0.25f), 2, 1, 0, 1, 1);
        assertTensor(new int[] {1, 1, 2}, new float[] {-0.75f, 1.25f}, out);
    }

    @Test
    void backwardOfAOneRowConvolution() {
        // x = [1 2 3], w = [10 100], out = [x0*10 + x1*100, x1*10 + x2*100], gOut = [1 -1]
        // dW0 = g0*x0 + g1*x1 = 1 - 2 = -1;  dW1 = g0*x1 + g1*x2 = 2 - 3 = -1;  dB = g0 + g1 = 0
        // dX0 = g0*w0 = 10;  dX1 = g0*w1 + g1*w0 = 100 - 10 = 90;  dX2 = g1*w1 = -100
        ConvOps.ConvGrads g = ConvOps.conv2dBackward(t(new int[] {1, 1, 1, 3}, 1, 2, 3), t(new int[] {1, 1, 1, 2}, 10, 100),
                true, t(new int[] {1, 1, 1, 2}, 1, -1), Conv2dConfig.defaults());
        assertTensor(new int[] {1, 1, 1, 3}, new float[] {10, 90, -100}, g.input());
        assertTensor(new int[] {1, 1, 1, 2}, new float[] {-1, -1}, g.weight());
        assertTensor(new int[] {1}, new float[] {0}, g.bias());
    }

    @Test
    void strideLargerThanTheKernelLeavesSkippedInputsWithZeroGradient() {
        // x = [1 2 3 4 5], w = [2], stride 3: outputs read x0 and x3 only; gOut = [1 4]
        // dX = [2*1, 0, 0, 2*4, 0];  dW = 1*1 + 4*4 = 17;  no bias asked for, so none returned
        ConvOps.ConvGrads g = ConvOps.conv1dBackward(t(new int[] {1, 1, 5}, 1, 2, 3, 4, 5), t(new int[] {1, 1, 1}, 2),
                false, t(new int[] {1, 1, 2}, 1, 4), 3, 0, 0, 1, 1);
        assertTensor(new int[] {1, 1, 5}, new float[] {2, 0, 0, 8, 0}, g.input());
        assertTensor(new int[] {1, 1, 1}, new float[] {17}, g.weight());
        assertNull(g.bias());
    }

    @Test
    void biasGradientSumsOverBatchAndPositions() {
        // 1x1 kernel, 2 samples of 1x2: dB = 1 + 2 + 3 + 4 = 10
        ConvOps.ConvGrads g = ConvOps.conv2dBackward(Tensor.zeros(2, 1, 1, 2), Tensor.zeros(1, 1, 1, 1), true,
                t(new int[] {2, 1, 1, 2}, 1, 2, 3, 4), Conv2dConfig.defaults());
        assertTensor(new int[] {1}, new float[] {10}, g.bias());
    }

    /**
     * The explain-trace replays the documented order (ci, then ky, then kx, in double, padded
     * terms as w*0, bias last, one rounding) and must get the same bits. The values cancel
     * badly, so the reverse order gives other bits somewhere, which shows the check has teeth.
     */
    @Test
    void outputsFollowTheDocumentedSummationOrderBitwise() {
        Random rnd = new Random(7);
        // stride 2x1, pad top 1 bottom 2 left 0 right 1, dilation 1x2, groups 2
        Conv2dConfig cfg = new Conv2dConfig(2, 1, 1, 2, 0, 1, 1, 2, 2);
        Tensor x = cancelling(rnd, 2, 4, 6, 5);
        Tensor w = cancelling(rnd, 4, 2, 3, 2);
        for (int i = 0; i < w.size(); i++) {
            w.data()[i] = Math.signum(w.data()[i]); // weights ±1 keep products exact and within range
        }
        Tensor b = cancelling(rnd, 4);
        Tensor out = ConvOps.conv2d(x, w, b, cfg);
        int[] s = out.shape();
        int reverseDiffers = 0;
        for (int n = 0; n < s[0]; n++) {
            for (int co = 0; co < s[1]; co++) {
                for (int oy = 0; oy < s[2]; oy++) {
                    for (int ox = 0; ox < s[3]; ox++) {
                        double[] terms = new double[12]; // (ci, ky, kx) row-major
                        int k = 0;
                        for (int ci = 0; ci < 2; ci++) {
                            int c = (co / 2) * 2 + ci;
                            for (int ky = 0; ky < 3; ky++) {
                                for (int kx = 0; kx < 2; kx++) {
                                    int iy = oy * 2 - 1 + ky;
                                    int ix = ox - 0 + kx * 2;
                                    boolean inside = iy >= 0 && iy < 6 && ix >= 0 && ix < 5;
                                    terms[k++] = (double) w.get(co, ci, ky, kx) * (inside ? x.get(n, c, iy, ix) : 0.0);
                                }
                            }
                        }
                        double forward = 0.0;
                        double reverse = 0.0;
                        for (int i = 0; i < terms.length; i++) {
                            forward += terms[i];
                            reverse += terms[terms.length - 1 - i];
                        }
                        float expected = (float) (forward + b.get(co));
                        assertEquals(Float.floatToIntBits(expected), Float.floatToIntBits(out.get(n, co, oy, ox)),
                                "output (" + n + ", " + co + ", " + oy + ", " + ox + ")");
                        if (Float.floatToIntBits((float) (reverse + b.get(co))) != Float.floatToIntBits(expected)) {
                            reverseDiffers++;
                        }
                    }
                }
            }
        }
        assertTrue(reverseDiffers > 0, "test values too tame: every order gives the same bits");
    }

    /**
     * Values drawn from {1e17, -1e17, 1, 3}: 1e17 is beyond 2^53, so 1e17 + 1 loses the 1 even in
     * double and sums whose big terms cancel depend on the order of addition.
     */
    private static Tensor cancelling(Random rnd, int... shape) {
        float[] choices = {1e17f, -1e17f, 1f, 3f};
        Tensor t = Tensor.zeros(shape);
        float[] d = t.data();
        for (int i = 0; i < d.length; i++) {
            d[i] = choices[rnd.nextInt(choices.length)];
        }
        return t;
    }
}
