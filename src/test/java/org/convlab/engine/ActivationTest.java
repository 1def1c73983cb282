package org.convlab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ActivationTest {
    private static final float TOL = 1e-6f;
    private static final float LN2 = (float) Math.log(2);
    private static final float LN3 = (float) Math.log(3);

    /** Forward on x, then backward of upstream gradient g. */
    private static float[][] run(Activation layer, float[] x, float[] g) {
        Tensor y = layer.forward(Tensor.of(x, 1, x.length), Mode.TRAIN);
        Tensor dx = layer.backward(Tensor.of(g, 1, g.length));
        return new float[][] {y.data(), dx.data()};
    }

    @Test
    void reluZeroesNegativesAndTheirGradient() {
        float[][] r = run(new ReLU(), new float[] {-2, -0.5f, 0, 0.5f, 3}, new float[] {1, 2, 3, 4, 5});
        assertArrayEquals(new float[] {0, 0, 0, 0.5f, 3}, r[0], TOL);
        assertArrayEquals(new float[] {0, 0, 0, 4, 5}, r[1], TOL); // PyTorch: gradient 0 at x = 0
    }

    @Test
    void leakyReluScalesNegativesBySlope() {
        float[][] r = run(new LeakyReLU(), new float[] {-2, 3}, new float[] {1, 1});
        assertArrayEquals(new float[] {-0.02f, 3}, r[0], TOL); // default slope 0.01
        assertArrayEquals(new float[] {0.01f, 1}, r[1], TOL);
        float[][] s = run(new LeakyReLU(0.2f), new float[] {-5}, new float[] {2});
        assertArrayEquals(new float[] {-1}, s[0], TOL);
        assertArrayEquals(new float[] {0.4f}, s[1], TOL);
    }

    @Test
    void eluSaturatesAtMinusAlpha() {
        // alpha 1, x = -1: e^-1 - 1 = -0.6321206, slope e^-1 = 0.3678794
        float[][] r = run(new ELU(), new float[] {-1, 2}, new float[] {1, 1});
        assertArrayEquals(new float[] {-0.6321206f, 2}, r[0], TOL);
        assertArrayEquals(new float[] {0.3678794f, 1}, r[1], TOL);
        // alpha 0.5, x = -2: 0.5 * (e^-2 - 1) = -0.4323324, slope 0.5 * e^-2 = 0.0676676
        float[][] s = run(new ELU(0.5f), new float[] {-2}, new float[] {1});
        assertArrayEquals(new float[] {-0.4323324f}, s[0], TOL);
        assertArrayEquals(new float[] {0.0676676f}, s[1], TOL);
    }

    @Test
    void sigmoidHitsKnownPointsAndNeverOverflows() {
        // sigmoid(0) = 1/2, slope 1/4; sigmoid(ln 3) = 3/4, slope 3/4 * 1/4 = 0.1875
        float[][] r = run(new Sigmoid(), new float[] {0, LN3, -100, 100}, new float[] {1, 1, 1, 1});
        assertArrayEquals(new float[] {0.5f, 0.75f, 0, 1}, r[0], TOL);
        assertArrayEquals(new float[] {0.25f, 0.1875f, 0, 0}, r[1], TOL);
    }

    @Test
    void tanhHitsKnownPoints() {
        // tanh(ln 2) = (4 - 1) / (4 + 1) = 0.6, slope 1 - 0.36 = 0.64
        float[][] r = run(new Tanh(), new float[] {0, LN2, -LN2}, new float[] {1, 2, 1});
        assertArrayEquals(new float[] {0, 0.6f, -0.6f}, r[0], TOL);
        assertArrayEquals(new float[] {1, 1.28f, 0.64f}, r[1], TOL);
    }

    @Test
    void gradientsMatchFiniteDifferences() {
        Activation[] layers = {new ReLU(), new LeakyReLU(), new LeakyReLU(0.3f), new ELU(), new ELU(0.7f), new Sigmoid(), new Tanh()};
        for (Activation layer : layers) {
            GradCheck.assertLayerGradients(layer.name() + " [3, 5]", layer, TestInputs.awayFromZero(11, 3, 5), Mode.TRAIN);
            GradCheck.assertLayerGradients(layer.name() + " [2, 1, 2, 3]", layer, TestInputs.awayFromZero(12, 2, 1, 2, 3), Mode.EVAL);
        }
    }

    @Test
    void keepsShapeAndCountsOneFlopPerElement() {
        Tanh tanh = new Tanh();
        assertArrayEquals(new int[] {4, 3, 5, 2}, tanh.outputShape(new int[] {4, 3, 5, 2}));
        assertEquals(30, tanh.flops(new int[] {4, 3, 5, 2}));
    }

    @Test
    void backwardRejectsAGradientOfAnotherShape() {
        ReLU relu = new ReLU();
        relu.forward(Tensor.zeros(2, 3), Mode.TRAIN);
        assertThrows(IllegalArgumentException.class, () -> relu.backward(Tensor.zeros(3, 2)));
    }
}
