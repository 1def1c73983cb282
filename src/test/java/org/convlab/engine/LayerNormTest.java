package org.convlab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LayerNormTest {
    private static final float TOL = 1e-5f;

    @Test
    void normalizesEachSampleWithItsOwnStatistics() {
        LayerNorm ln = new LayerNorm(new int[] {3}, 0f);
        // row 0 [-1, 0, 1]: mean 0, var 2/3 -> x * 1.2247449; row 1 [10, 10, 13]: mean 11, var (1+1+4)/3 = 2 -> (x - 11)/1.4142136
        Tensor y = ln.forward(TestInputs.tensor(new float[] {-1, 0, 1, 10, 10, 13}, 2, 3), Mode.TRAIN);
        assertArrayEquals(new float[] {-1.2247449f, 0, 1.2247449f, -0.7071068f, -0.7071068f, 1.4142136f}, y.data(), TOL);
    }

    @Test
    void gammaAndBetaHaveTheNormalizedShape() {
        LayerNorm ln = new LayerNorm(3, 2, 2);
        assertArrayEquals(new int[] {3, 2, 2}, ln.params().get(0).value().shape());
        assertArrayEquals(new int[] {3, 2, 2}, ln.params().get(1).value().shape());
        assertEquals("weight", ln.params().get(0).name());
    }

    @Test
    void sameResultInTrainAndEval() {
        LayerNorm ln = new LayerNorm(4);
        Tensor x = TestInputs.random(1, 2, 4);
        assertArrayEquals(ln.forward(x, Mode.TRAIN).data(), ln.forward(x, Mode.EVAL).data());
    }

    @Test
    void gradientsMatchFiniteDifferences() {
        GradCheck.assertLayerGradients("layernorm [1, 5] batch of one", withRandomAffine(new LayerNorm(5), 1),
                TestInputs.spread(2, 3f, 1, 5), Mode.TRAIN);
        GradCheck.assertLayerGradients("layernorm [3, 7]", withRandomAffine(new LayerNorm(7), 3),
                TestInputs.spread(4, 3f, 3, 7), Mode.EVAL);
        GradCheck.assertLayerGradients("layernorm [2, 3, 2, 2]", withRandomAffine(new LayerNorm(3, 2, 2), 5),
                TestInputs.spread(6, 3f, 2, 3, 2, 2), Mode.TRAIN);
    }

    @Test
    void rejectsAnInputOfAnotherSampleShape() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LayerNorm(3, 2, 2).forward(Tensor.zeros(2, 3, 2, 3), Mode.TRAIN));
        assertTrue(e.getMessage().contains("[2, 3, 2, 3]") && e.getMessage().contains("[3, 2, 2]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LayerNorm(6).outputShape(new int[] {2, 3, 2}));
    }

    private static LayerNorm withRandomAffine(LayerNorm ln, long seed) {
        for (Param p : ln.params()) {
            float[] v = p.value().data();
            System.arraycopy(TestInputs.random(seed++, v.length).data(), 0, v, 0, v.length);
        }
        return ln;
    }
}
