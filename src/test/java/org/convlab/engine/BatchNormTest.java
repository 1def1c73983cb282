package org.convlab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BatchNormTest {
    private static final float TOL = 1e-5f;

    @Test
    void runningStatisticsAfterTwoTrainingBatches() {
        BatchNorm bn = new BatchNorm(2); // running mean [0, 0], running var [1, 1], momentum 0.1
        // batch 1, [3, 2]: channel 0 = [1, 2, 3] (mean 2, unbiased var 1), channel 1 = [0, 0, 0] (mean 0, var 0)
        bn.forward(TestInputs.tensor(new float[] {1, 0, 2, 0, 3, 0}, 3, 2), Mode.TRAIN);
        // mean 0.9*0 + 0.1*2 = 0.2 and 0; var 0.9*1 + 0.1*1 = 1 and 0.9*1 + 0.1*0 = 0.9
        assertArrayEquals(new float[] {0.2f, 0}, bn.runningMean(), TOL);
        assertArrayEquals(new float[] {1, 0.9f}, bn.runningVar(), TOL);
        // batch 2, [2, 2]: channel 0 = [4, 8] (mean 6, biased var 4, unbiased 8), channel 1 = [-1, 1] (mean 0, unbiased var 2)
        bn.forward(TestInputs.tensor(new float[] {4, -1, 8, 1}, 2, 2), Mode.TRAIN);
        // mean 0.9*0.2 + 0.1*6 = 0.78 and 0; var 0.9*1 + 0.1*8 = 1.7 and 0.9*0.9 + 0.1*2 = 1.01
        assertArrayEquals(new float[] {0.78f, 0}, bn.runningMean(), TOL);
        assertArrayEquals(new float[] {1.7f, 1.01f}, bn.runningVar(), TOL);
    }

    @Test
    void evalNormalizesWithRunningStatisticsAndLeavesThemAlone() {
        BatchNorm bn = new BatchNorm(2, 0f, 0.1f);
        bn.setRunningStats(new float[] {0, 10}, new float[] {4, 1});
        TestInputs.set(bn.params().get(0), 1, 2);    // gamma
        TestInputs.set(bn.params().get(1), 0.5f, 0); // beta
        // (1 - 0)/2 * 1 + 0.5 = 1; (12 - 10)/1 * 2 + 0 = 4
        Tensor y = bn.forward(TestInputs.tensor(new float[] {1, 12}, 1, 2), Mode.EVAL);
        assertArrayEquals(new float[] {1, 4}, y.data(), TOL);
        assertArrayEquals(new float[] {0, 10}, bn.runningMean(), 0f);
        assertArrayEquals(new float[] {4, 1}, bn.runningVar(), 0f);
    }

    @Test
    void trainingOutputIgnoresTheRunningStatistics() {
        BatchNorm bn = new BatchNorm(1, 0f, 0.1f);
        bn.setRunningStats(new float[] {100}, new float[] {50});
        // [1, 2, 3]: batch mean 2, var 2/3 -> (x - 2) * 1.2247449
        Tensor y = bn.forward(TestInputs.tensor(new float[] {1, 2, 3}, 3, 1), Mode.TRAIN);
        assertArrayEquals(new float[] {-1.2247449f, 0, 1.2247449f}, y.data(), TOL);
    }

    @Test
    void paramsAreGammaOnesAndBetaZerosNamedLikePyTorch() {
        List<Param> params = new BatchNorm(3).params();
        assertEquals("weight", params.get(0).name());
        assertEquals("bias", params.get(1).name());
        assertArrayEquals(new float[] {1, 1, 1}, params.get(0).value().data());
        assertArrayEquals(new float[] {0, 0, 0}, params.get(1).value().data());
    }

    @Test
    void backwardAddsIntoParameterGradients() {
        BatchNorm bn = new BatchNorm(1, 0f, 0.1f);
        Tensor x = TestInputs.tensor(new float[] {-1, 0, 1}, 3, 1);
        Tensor g = TestInputs.tensor(new float[] {1, 0, 0}, 3, 1);
        bn.forward(x, Mode.TRAIN);
        bn.backward(g);
        bn.backward(g);
        // twice dgamma = sum g*xhat = -1.2247449, twice dbeta = 1
        assertArrayEquals(new float[] {-2.4494898f}, bn.params().get(0).grad().data(), TOL);
        assertArrayEquals(new float[] {2}, bn.params().get(1).grad().data(), TOL);
    }

    @Test
    void trainGradientsMatchFiniteDifferences() {
        GradCheck.assertLayerGradients("batchnorm1d [4, 3]", withRandomAffine(new BatchNorm(3), 1), TestInputs.spread(2, 3f, 4, 3), Mode.TRAIN);
        GradCheck.assertLayerGradients("batchnorm1d [5, 1]", withRandomAffine(new BatchNorm(1), 3), TestInputs.spread(4, 3f, 5, 1), Mode.TRAIN);
        GradCheck.assertLayerGradients("batchnorm2d [2, 3, 3, 5]", withRandomAffine(new BatchNorm(3), 5),
                TestInputs.spread(6, 3f, 2, 3, 3, 5), Mode.TRAIN);
        GradCheck.assertLayerGradients("batchnorm2d [1, 1, 2, 3]", withRandomAffine(new BatchNorm(1), 7),
                TestInputs.spread(8, 3f, 1, 1, 2, 3), Mode.TRAIN);
    }

    @Test
    void evalGradientsMatchFiniteDifferences() {
        BatchNorm features = withRandomAffine(new BatchNorm(3), 9);
        features.setRunningStats(new float[] {0.3f, -0.2f, 1}, new float[] {0.8f, 2, 0.4f});
        GradCheck.assertLayerGradients("batchnorm1d eval [1, 3] batch of one", features, TestInputs.random(10, 1, 3), Mode.EVAL);
        BatchNorm images = withRandomAffine(new BatchNorm(2), 11);
        images.setRunningStats(new float[] {0.1f, -0.4f}, new float[] {1.5f, 0.6f});
        GradCheck.assertLayerGradients("batchnorm2d eval [2, 2, 3, 2]", images, TestInputs.random(12, 2, 2, 3, 2), Mode.EVAL);
    }

    @Test
    void rejectsAnInputWithAnotherChannelCount() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BatchNorm(3).forward(Tensor.zeros(2, 4, 5, 5), Mode.TRAIN));
        assertTrue(e.getMessage().contains("[2, 4, 5, 5]") && e.getMessage().contains("3"), e.getMessage());
    }

    @Test
    void flopsCountFourPerElementOfOneSample() {
        assertEquals(4 * 3 * 4 * 5, new BatchNorm(3).flops(new int[] {8, 3, 4, 5}));
    }

    /** gamma and beta drawn from a seed, so the checks do not hide behind gamma = 1 and beta = 0. */
    private static BatchNorm withRandomAffine(BatchNorm bn, long seed) {
        for (Param p : bn.params()) {
            System.arraycopy(TestInputs.random(seed++, bn.channels()).data(), 0, p.value().data(), 0, bn.channels());
        }
        return bn;
    }
}
