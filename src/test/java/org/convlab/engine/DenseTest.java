package org.convlab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DenseTest {
    private static final float TOL = 1e-6f;

    /** x [2, 3], W [2, 3], b [2]. */
    private static Dense handLayer() {
        Dense dense = new Dense(3, 2, true);
        TestInputs.set(dense.weight(), 1, 0, -1, 2, 1, 0.5f);
        TestInputs.set(dense.bias(), 0.5f, -1);
        return dense;
    }

    @Test
    void forwardComputesXTimesWeightTransposedPlusBias() {
        Tensor x = TestInputs.tensor(new float[] {1, 2, 3, -1, 0, 2}, 2, 3);
        Tensor y = handLayer().forward(x, Mode.TRAIN);
        // y00 = 1*1 + 2*0 + 3*(-1) + 0.5 = -1.5;   y01 = 1*2 + 2*1 + 3*0.5 - 1 = 4.5
        // y10 = -1*1 + 0*0 + 2*(-1) + 0.5 = -2.5;  y11 = -1*2 + 0*1 + 2*0.5 - 1 = -2
        assertArrayEquals(new int[] {2, 2}, y.shape());
        assertArrayEquals(new float[] {-1.5f, 4.5f, -2.5f, -2f}, y.data(), TOL);
    }

    @Test
    void backwardGivesInputWeightAndBiasGradients() {
        Dense dense = handLayer();
        Tensor x = TestInputs.tensor(new float[] {1, 2, 3, -1, 0, 2}, 2, 3);
        dense.forward(x, Mode.TRAIN);
        Tensor dx = dense.backward(TestInputs.tensor(new float[] {1, 0, 0, 2}, 2, 2));
        // dx = g W: row 0 = 1 * W0 = [1, 0, -1]; row 1 = 2 * W1 = [4, 2, 1]
        assertArrayEquals(new float[] {1, 0, -1, 4, 2, 1}, dx.data(), TOL);
        // dW = g^T x: dW0 = 1 * x0 = [1, 2, 3]; dW1 = 2 * x1 = [-2, 0, 4]
        assertArrayEquals(new float[] {1, 2, 3, -2, 0, 4}, dense.weight().grad().data(), TOL);
        // db = column sums of g
        assertArrayEquals(new float[] {1, 2}, dense.bias().grad().data(), TOL);
    }

    @Test
    void backwardAddsIntoParameterGradients() {
        Dense dense = handLayer();
        Tensor x = TestInputs.tensor(new float[] {1, 2, 3, -1, 0, 2}, 2, 3);
        Tensor g = TestInputs.tensor(new float[] {1, 0, 0, 2}, 2, 2);
        dense.forward(x, Mode.TRAIN);
        dense.backward(g);
        dense.backward(g);
        assertArrayEquals(new float[] {2, 4, 6, -4, 0, 8}, dense.weight().grad().data(), TOL);
        assertArrayEquals(new float[] {2, 4}, dense.bias().grad().data(), TOL);
    }

    @Test
    void gradientsMatchFiniteDifferences() {
        GradCheck.assertLayerGradients("dense 5->3", new Dense(5, 3, true, new SplittableRandom(1)),
                TestInputs.random(2, 4, 5), Mode.TRAIN);
        GradCheck.assertLayerGradients("dense 7->1 no bias, batch of one", new Dense(7, 1, false, new SplittableRandom(3)),
                TestInputs.random(4, 1, 7), Mode.EVAL);
    }

    @Test
    void defaultInitializationStaysWithinOneOverSqrtFanIn() {
        Dense dense = new Dense(16, 8, true, new SplittableRandom(5));
        double bound = 1 / Math.sqrt(16); // 0.25
        for (float w : dense.weight().value().data()) {
            assertTrue(Math.abs(w) <= bound, "weight " + w);
        }
        for (float b : dense.bias().value().data()) {
            assertTrue(Math.abs(b) <= bound, "bias " + b);
        }
    }

    @Test
    void withoutBiasHasOnlyAWeight() {
        Dense dense = new Dense(3, 2, false);
        assertEquals(1, dense.params().size());
        assertEquals("weight", dense.params().get(0).name());
    }

    @Test
    void flopsCountMultiplyAddsAndBiasPerSample() {
        // 2 * 3 * 2 multiply-adds + 2 bias adds
        assertEquals(14, new Dense(3, 2, true).flops(new int[] {5, 3}));
        assertEquals(12, new Dense(3, 2, false).flops(new int[] {1, 3}));
    }

    @Test
    void rejectsInputOfTheWrongWidthNamingTheShape() {
        Dense dense = new Dense(3, 2, true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> dense.forward(Tensor.zeros(2, 4), Mode.TRAIN));
        assertTrue(e.getMessage().contains("[2, 4]") && e.getMessage().contains("[N, 3]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> dense.outputShape(new int[] {2, 3, 1}));
    }
}
