package org.convlab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Hand-computed cases for {@link NormOps}; the gradient checks are in {@link NormOpsGradientTest}. */
class NormOpsTest {
    private static final float TOL = 1e-5f;

    @Test
    void batchNormTrainNormalizesEachFeatureWithBiasedBatchStatistics() {
        // channel 0: [1, 2, 3], mean 2, var (1 + 0 + 1)/3 = 2/3 -> (x - 2) * 1.2247449
        // channel 1: [10, 20, 60], mean 30, var (400 + 100 + 900)/3 = 466.667, std 21.602469,
        //   times gamma 2 plus beta 1: -20/21.602469*2+1 = -0.8516402, 0.0741799, 3.7774603
        Tensor x = TestInputs.tensor(new float[] {1, 10, 2, 20, 3, 60}, 3, 2);
        NormOps.BatchNormResult r = NormOps.batchNormTrain(x, new float[] {1, 2}, new float[] {0, 1}, 0f);
        assertArrayEquals(new float[] {2, 30}, r.mean(), TOL);
        assertArrayEquals(new float[] {2f / 3, 1400f / 3}, r.var(), 1e-4f);
        assertArrayEquals(new float[] {-1.2247449f, -0.8516402f, 0, 0.0741799f, 1.2247449f, 3.7774603f}, r.output().data(), TOL);
    }

    @Test
    void batchNormTrainOnImagesPoolsBatchAndSpatialAxesPerChannel() {
        // x [2, 2, 1, 2]: channel 0 holds 1, 3 (sample 0) and 5, 7 (sample 1): mean 4, var (9+1+1+9)/4 = 5
        //                 channel 1 holds 0, 0 and 2, 2: mean 1, var 1
        Tensor x = TestInputs.tensor(new float[] {1, 3, 0, 0, 5, 7, 2, 2}, 2, 2, 1, 2);
        NormOps.BatchNormResult r = NormOps.batchNormTrain(x, new float[] {1, 1}, new float[] {0, 0}, 0f);
        assertArrayEquals(new float[] {4, 1}, r.mean(), TOL);
        assertArrayEquals(new float[] {5, 1}, r.var(), TOL);
        float a = 1.3416408f; // 3/sqrt(5)
        float b = 0.4472136f; // 1/sqrt(5)
        assertArrayEquals(new float[] {-a, -b, -1, -1, b, a, 1, 1}, r.output().data(), TOL);
    }

    @Test
    void batchNormTrainAddsEpsToTheVariance() {
        // [0, 2]: mean 1, var 1 -> +-1/sqrt(1 + 1e-5) = +-0.999995
        Tensor x = TestInputs.tensor(new float[] {0, 2}, 2, 1);
        NormOps.BatchNormResult r = NormOps.batchNormTrain(x, new float[] {1}, new float[] {0}, 1e-5f);
        assertArrayEquals(new float[] {-0.999995f, 0.999995f}, r.output().data(), 1e-7f);
    }

    @Test
    void batchNormEvalUsesTheRunningStatisticsEvenForOneSample() {
        // channel 0: (1 - 0)/sqrt(4) * 1 + 0.5 = 1; channel 1: (10 - 10)/1 * 2 + 0 = 0
        Tensor x = TestInputs.tensor(new float[] {1, 10}, 1, 2);
        Tensor y = NormOps.batchNormEval(x, new float[] {1, 2}, new float[] {0.5f, 0}, new float[] {0, 10}, new float[] {4, 1}, 0f);
        assertArrayEquals(new float[] {1, 0}, y.data(), TOL);
    }

    @Test
    void batchNormTrainBackwardFollowsTheBatchStatistics() {
        // x = [-1, 0, 1]: mean 0, var 2/3, invStd = sqrt(1.5) = 1.2247449, xhat = [-1.2247, 0, 1.2247]
        // g = [1, 0, 0]: sum g = 1, sum g*xhat = -1.2247449
        // dx = invStd/3 * (3g - 1 - xhat*(-1.2247449)) = invStd/3 * [0.5, -1, 0.5] = [0.2041241, -0.4082483, 0.2041241]
        Tensor x = TestInputs.tensor(new float[] {-1, 0, 1}, 3, 1);
        Tensor g = TestInputs.tensor(new float[] {1, 0, 0}, 3, 1);
        NormOps.NormGrads grads = NormOps.batchNormTrainBackward(x, new float[] {1}, 0f, g);
        assertArrayEquals(new float[] {0.2041241f, -0.4082483f, 0.2041241f}, grads.input().data(), TOL);
        assertArrayEquals(new float[] {-1.2247449f}, grads.gamma(), TOL);
        assertArrayEquals(new float[] {1}, grads.beta(), TOL);
    }

    @Test
    void batchNormEvalBackwardTreatsStatisticsAsConstants() {
        // x 3, running mean 1, var 3, eps 1: invStd = 1/2, xhat = 1; gamma 4, g 5
        // dx = 5 * 4 * 0.5 = 10; dgamma = 5 * 1 = 5; dbeta = 5
        Tensor x = TestInputs.tensor(new float[] {3}, 1, 1);
        NormOps.NormGrads grads = NormOps.batchNormEvalBackward(x, new float[] {4}, new float[] {1}, new float[] {3}, 1f,
                TestInputs.tensor(new float[] {5}, 1, 1));
        assertArrayEquals(new float[] {10}, grads.input().data(), TOL);
        assertArrayEquals(new float[] {5}, grads.gamma(), TOL);
        assertArrayEquals(new float[] {5}, grads.beta(), TOL);
    }

    @Test
    void runningStatisticsMoveByMomentumUsingTheUnbiasedVariance() {
        // mean: 0.9 * [0, 10] + 0.1 * [2, 20] = [0.2, 11]
        assertArrayEquals(new float[] {0.2f, 11}, NormOps.updatedRunningMean(new float[] {0, 10}, new float[] {2, 20}, 0.1f), TOL);
        // biased var 2/3 over 3 values -> unbiased 1; 0.9 * 1 + 0.1 * 1 = 1
        // biased var 4 over 2 values -> unbiased 8; 0.9 * 1 + 0.1 * 8 = 1.7
        assertArrayEquals(new float[] {1, 1.7f}, new float[] {
                NormOps.updatedRunningVar(new float[] {1}, new float[] {2f / 3}, 3, 0.1f)[0],
                NormOps.updatedRunningVar(new float[] {1}, new float[] {4}, 2, 0.1f)[0]}, TOL);
    }

    @Test
    void layerNormNormalizesEachSampleOverItsFeatures() {
        // row 0: [1, 2, 3, 4], mean 2.5, var (2.25 + 0.25 + 0.25 + 2.25)/4 = 1.25, s = 1/sqrt(1.25 + 1e-5)
        //   gamma [1, -1, 2, 0], beta [0, 0, 1, 3]: [-1.5s, 0.5s, 0.5s*2 + 1, 3]
        // row 1: constant 2, var 0: every xhat is 0, so the output is beta
        Tensor x = TestInputs.tensor(new float[] {1, 2, 3, 4, 2, 2, 2, 2}, 2, 4);
        NormOps.LayerNormResult r = NormOps.layerNorm(x, new float[] {1, -1, 2, 0}, new float[] {0, 0, 1, 3}, 1e-5f);
        float s = (float) (1 / Math.sqrt(1.25 + 1e-5));
        assertArrayEquals(new float[] {-1.5f * s, 0.5f * s, s + 1, 3, 0, 0, 1, 3}, r.output().data(), TOL);
        assertArrayEquals(new float[] {2.5f, 2}, r.mean(), TOL);
        assertArrayEquals(new float[] {1.25f, 0}, r.var(), TOL);
    }

    @Test
    void layerNormBackwardMatchesTheHandDerivation() {
        // one row x = [-1, 0, 1], gamma 1, eps 0, g = [1, 0, 0]: the same numbers as the batch norm case,
        // per feature dgamma = g * xhat = [-1.2247449, 0, 0], dbeta = g
        Tensor x = TestInputs.tensor(new float[] {-1, 0, 1}, 1, 3);
        NormOps.NormGrads grads = NormOps.layerNormBackward(x, new float[] {1, 1, 1}, 0f, TestInputs.tensor(new float[] {1, 0, 0}, 1, 3));
        assertArrayEquals(new float[] {0.2041241f, -0.4082483f, 0.2041241f}, grads.input().data(), TOL);
        assertArrayEquals(new float[] {-1.2247449f, 0, 0}, grads.gamma(), TOL);
        assertArrayEquals(new float[] {1, 0, 0}, grads.beta(), TOL);
    }

    @Test
    void trainingRefusesASingleValuePerChannelLikePyTorch() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NormOps.batchNormTrain(Tensor.zeros(1, 3), new float[] {1, 1, 1}, new float[3], 1e-5f));
        assertTrue(e.getMessage().contains("[1, 3]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NormOps.updatedRunningVar(new float[] {1}, new float[] {0}, 1, 0.1f));
    }

    @Test
    void rejectsParametersOfTheWrongLengthOrBadStatistics() {
        Tensor x = Tensor.zeros(4, 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NormOps.batchNormTrain(x, new float[] {1, 1}, new float[3], 1e-5f));
        assertTrue(e.getMessage().contains("gamma") && e.getMessage().contains("3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NormOps.batchNormEval(x, new float[3], new float[3],
                new float[3], new float[] {1, -1, 1}, 1e-5f));
        assertThrows(IllegalArgumentException.class, () -> NormOps.batchNormTrain(Tensor.zeros(4), new float[4], new float[4], 1e-5f));
        assertThrows(IllegalArgumentException.class, () -> NormOps.layerNorm(x, new float[4], new float[4], 1e-5f));
        assertThrows(IllegalArgumentException.class, () -> NormOps.layerNorm(x, new float[3], new float[3], -1f));
        assertThrows(IllegalArgumentException.class, () -> NormOps.layerNormBackward(x, new float[3], 1e-5f, Tensor.zeros(3, 4)));
    }
}
