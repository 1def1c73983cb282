package org.convlab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class OptimizerTest {
    private static final float TOL = 1e-6f;

    private static Param param(float... values) {
        return new Param("p", Tensor.of(values, values.length));
    }

    private static void setGrad(Param p, float... grad) {
        System.arraycopy(grad, 0, p.grad().data(), 0, grad.length);
    }

    @Test
    void sgdStepsAgainstTheGradient() {
        Param p = param(1, -2);
        setGrad(p, 0.5f, 0.25f);
        new Sgd(List.of(p), 0.1).step();
        // [1 - 0.1*0.5, -2 - 0.1*0.25]
        assertArrayEquals(new float[] {0.95f, -2.025f}, p.value().data(), TOL);
    }

    @Test
    void sgdWeightDecayAddsTheScaledParameterToTheGradient() {
        Param p = param(1, -2);
        setGrad(p, 0.5f, 0.25f);
        new Sgd(List.of(p), 0.1, 0, 0.1).step();
        // g' = g + 0.1 p = [0.6, 0.05]; p - 0.1 g' = [0.94, -2.005]
        assertArrayEquals(new float[] {0.94f, -2.005f}, p.value().data(), TOL);
    }

    @Test
    void momentumAccumulatesVelocityOverTwoSteps() {
        Param p = param(1);
        Sgd sgd = new Sgd(List.of(p), 0.1, 0.9, 0);
        setGrad(p, 1);
        sgd.step(); // v = 1, p = 1 - 0.1 = 0.9
        assertArrayEquals(new float[] {0.9f}, p.value().data(), TOL);
        setGrad(p, -2);
        sgd.step(); // v = 0.9*1 - 2 = -1.1, p = 0.9 + 0.11 = 1.01
        assertArrayEquals(new float[] {1.01f}, p.value().data(), TOL);
    }

    @Test
    void adamFirstStepMovesEachWeightByAboutTheLearningRate() {
        // step 1: m = 0.1 g, v = 0.001 g^2; corrected m = g, v = g^2, so the step is lr * g / (|g| + 1e-8)
        Param p = param(1, -1, 0.5f);
        setGrad(p, 0.2f, -3, 0);
        new Adam(List.of(p), 0.01).step();
        assertArrayEquals(new float[] {0.99f, -0.99f, 0.5f}, p.value().data(), TOL);
    }

    @Test
    void adamSecondStepUsesBiasCorrectedMoments() {
        Param p = param(0);
        Adam adam = new Adam(List.of(p), 0.1);
        setGrad(p, 1);
        adam.step(); // p = -0.1 * 1/(1 + 1e-8)
        setGrad(p, 0.5f);
        adam.step();
        // m = 0.9*0.1 + 0.1*0.5 = 0.14, v = 0.999*0.001 + 0.001*0.25 = 0.001249
        // corrections 1 - 0.9^2 = 0.19 and 1 - 0.999^2 = 0.001999:
        // step = 0.1 * (0.14/0.19) / (sqrt(0.001249/0.001999) + 1e-8) = 0.1 * 0.7368421 / 0.7904507 = 0.0932180
        assertArrayEquals(new float[] {-0.1932180f}, p.value().data(), TOL);
        assertEquals(2, adam.steps());
    }

    @Test
    void adamWeightDecayJoinsTheGradient() {
        // g' = -0.05 + 0.1 * 1 = 0.05 > 0, so the weight goes down by lr although g < 0
        Param p = param(1);
        setGrad(p, -0.05f);
        new Adam(List.of(p), 0.01, 0.9, 0.999, 1e-8, 0.1).step();
        assertArrayEquals(new float[] {0.99f}, p.value().data(), TOL);
    }

    @Test
    void zeroGradClearsEveryGradient() {
        Param a = param(1, 2);
        Param b = param(3);
        setGrad(a, 4, 5);
        setGrad(b, 6);
        new Sgd(List.of(a, b), 0.1).zeroGrad();
        assertArrayEquals(new float[2], a.grad().data());
        assertArrayEquals(new float[1], b.grad().data());
    }

    @Test
    void learningRateCanChangeBetweenSteps() {
        Param p = param(1);
        Sgd sgd = new Sgd(List.of(p), 0.1);
        sgd.setLearningRate(0.5);
        setGrad(p, 1);
        sgd.step();
        assertArrayEquals(new float[] {0.5f}, p.value().data(), TOL);
        assertEquals(0.5, sgd.learningRate());
    }

    @Test
    void rejectsNegativeHyperParameters() {
        List<Param> params = List.of(param(1));
        assertThrows(IllegalArgumentException.class, () -> new Sgd(params, -0.1));
        assertThrows(IllegalArgumentException.class, () -> new Sgd(params, 0.1, -0.9, 0));
        assertThrows(IllegalArgumentException.class, () -> new Adam(params, 0.1, 1.0, 0.999, 1e-8, 0));
        assertThrows(IllegalArgumentException.class, () -> new Adam(params, Double.NaN));
    }

    @Test
    void clipByValueClampsEachElement() {
        Param a = param(0, 0, 0);
        setGrad(a, 3, -4, 1);
        GradClipping.clipByValue(List.of(a), 2.5);
        assertArrayEquals(new float[] {2.5f, -2.5f, 1}, a.grad().data(), 0f);
    }

    @Test
    void clipByGlobalNormScalesAllGradientsTogether() {
        Param a = param(0, 0);
        Param b = param(0);
        setGrad(a, 3, -4);
        setGrad(b, 12);
        // norm sqrt(9 + 16 + 144) = 13; max 6.5 scales by 6.5/(13 + 1e-6) = 0.5
        assertEquals(13, GradClipping.clipByGlobalNorm(List.of(a, b), 6.5), 1e-9);
        assertArrayEquals(new float[] {1.5f, -2}, a.grad().data(), TOL);
        assertArrayEquals(new float[] {6}, b.grad().data(), TOL);
    }

    @Test
    void clipByGlobalNormLeavesSmallGradientsAlone() {
        Param a = param(0, 0);
        setGrad(a, 3, -4);
        assertEquals(5, GradClipping.clipByGlobalNorm(List.of(a), 20), 1e-9);
        assertArrayEquals(new float[] {3, -4}, a.grad().data(), 0f);
    }
}
