package org.convlab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DropoutTest {

    @Test
    void evalIsTheIdentityBothWays() {
        Dropout dropout = new Dropout(0.5, 1);
        Tensor x = TestInputs.random(2, 3, 4);
        assertArrayEquals(x.data(), dropout.forward(x, Mode.EVAL).data());
        Tensor g = TestInputs.random(3, 3, 4);
        assertArrayEquals(g.data(), dropout.backward(g).data());
    }

    @Test
    void trainKeepsElementsScaledByOneOverKeepProbabilityOrZeroes() {
        Tensor x = TestInputs.awayFromZero(4, 10, 10);
        Tensor y = new Dropout(0.25, 9).forward(x, Mode.TRAIN);
        int dropped = 0;
        for (int i = 0; i < x.size(); i++) {
            float out = y.data()[i];
            if (out == 0f) {
                dropped++;
            } else {
                assertEquals(x.data()[i] / 0.75f, out, 1e-6f); // kept: x / (1 - p)
            }
        }
        assertTrue(dropped > 0 && dropped < 100, "dropped " + dropped);
    }

    @Test
    void sameSeedDrawsTheSameMasks() {
        Tensor x = TestInputs.awayFromZero(5, 4, 8);
        Dropout a = new Dropout(0.5, 42);
        Dropout b = new Dropout(0.5, 42);
        for (int batch = 0; batch < 3; batch++) {
            assertArrayEquals(a.forward(x, Mode.TRAIN).data(), b.forward(x, Mode.TRAIN).data());
        }
        Dropout other = new Dropout(0.5, 43);
        assertFalse(Arrays.equals(new Dropout(0.5, 42).forward(x, Mode.TRAIN).data(), other.forward(x, Mode.TRAIN).data()));
    }

    @Test
    void eachTrainingBatchDrawsAFreshMask() {
        Dropout dropout = new Dropout(0.5, 7);
        Tensor x = Tensor.filled(1f, 1, 64);
        assertFalse(Arrays.equals(dropout.forward(x, Mode.TRAIN).data(), dropout.forward(x, Mode.TRAIN).data()));
    }

    @Test
    void preservesTheExpectationAndDropsAboutPOfTheElements() {
        // ones [1, 100000], p = 0.3: each output is 0 or 1/0.7, mean 1, variance p/(1-p) = 0.43,
        // so the sample mean has standard error 0.0021 and the dropped fraction 0.0014
        Tensor y = new Dropout(0.3, 2024).forward(Tensor.filled(1f, 1, 100_000), Mode.TRAIN);
        double sum = 0;
        int dropped = 0;
        for (float v : y.data()) {
            sum += v;
            dropped += v == 0f ? 1 : 0;
        }
        assertEquals(1.0, sum / y.size(), 0.01);
        assertEquals(0.3, dropped / (double) y.size(), 0.007);
    }

    @Test
    void backwardMultipliesByTheSameMask() {
        Dropout dropout = new Dropout(0.5, 3);
        Tensor x = Tensor.filled(1f, 2, 6);
        Tensor y = dropout.forward(x, Mode.TRAIN);
        Tensor g = Tensor.filled(3f, 2, 6);
        float[] dx = dropout.backward(g).data();
        for (int i = 0; i < dx.length; i++) {
            assertEquals(3f * y.data()[i], dx[i], 1e-6f); // dy/dx = the element's scale = y / x
        }
    }

    @Test
    void trainingGradientsMatchFiniteDifferencesWithAFixedMask() {
        // a fresh layer with the same seed per forward pass keeps the mask fixed while x moves
        GradCheck.assertGradients("dropout p=0.4", new GradCheck.Op() {
            private Dropout last;

            @Override
            public Tensor forward(Tensor[] inputs) {
                last = new Dropout(0.4, 77);
                return last.forward(inputs[0], Mode.TRAIN);
            }

            @Override
            public Tensor[] backward(Tensor[] inputs, Tensor gradOutput) {
                forward(inputs);
                return new Tensor[] {last.backward(gradOutput)};
            }
        }, TestInputs.random(6, 3, 5));
    }

    @Test
    void probabilityOneDropsEverythingAndZeroKeepsEverything() {
        Tensor x = TestInputs.awayFromZero(8, 2, 5);
        assertArrayEquals(new float[10], new Dropout(1.0, 1).forward(x, Mode.TRAIN).data(), 0f); // -0 for negative x, as in PyTorch
        assertArrayEquals(x.data(), new Dropout(0.0, 1).forward(x, Mode.TRAIN).data());
    }

    @Test
    void rejectsProbabilityOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> new Dropout(1.5, 1));
        assertThrows(IllegalArgumentException.class, () -> new Dropout(-0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Dropout(Double.NaN, 1));
    }
}
