package org.convlab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import org.junit.jupiter.api.Test;

class LossTest {
    private static final float TOL = 1e-6f;

    @Test
    void crossEntropyOnATwoByThreeExample() {
        // row 0 [1, 2, 3], label 2: logsumexp = 3 + ln(e^-2 + e^-1 + 1) = 3.4076060, loss 0.4076060
        //   softmax [0.0900306, 0.2447285, 0.6652410]
        // row 1 [1, 1, 1], label 0: logsumexp = 1 + ln 3, loss ln 3 = 1.0986123, softmax 1/3 each
        // mean (0.4076060 + 1.0986123)/2 = 0.7531091; gradient (softmax - onehot)/2
        Tensor logits = TestInputs.tensor(new float[] {1, 2, 3, 1, 1, 1}, 2, 3);
        LossResult r = SoftmaxCrossEntropy.evaluate(logits, new int[] {2, 0});
        assertEquals(0.7531091, r.loss(), 1e-6);
        assertArrayEquals(new float[] {0.0450153f, 0.1223642f, -0.1673795f, -0.3333333f, 0.1666667f, 0.1666667f},
                r.gradInput().data(), TOL);
        assertArrayEquals(new float[] {0.0900306f, 0.2447285f, 0.6652410f, 1 / 3f, 1 / 3f, 1 / 3f},
                SoftmaxCrossEntropy.probabilities(logits).data(), TOL);
    }

    @Test
    void crossEntropyStaysFiniteForHugeLogits() {
        // row 0 [1000, 0], label 0: ln(1 + e^-1000) = 0; row 1 [-1000, 0], label 0: 1000 + ln(1 + e^-1000) = 1000
        Tensor logits = TestInputs.tensor(new float[] {1000, 0, -1000, 0}, 2, 2);
        LossResult r = SoftmaxCrossEntropy.evaluate(logits, new int[] {0, 0});
        assertEquals(500, r.loss(), 1e-9);
        // gradients (p - onehot)/2: row 0 [0, 0], row 1 [(0 - 1)/2, (1 - 0)/2]
        assertArrayEquals(new float[] {0, 0, -0.5f, 0.5f}, r.gradInput().data(), TOL);
        assertArrayEquals(new float[] {1, 0, 0, 1}, SoftmaxCrossEntropy.probabilities(logits).data(), TOL);
    }

    @Test
    void crossEntropyGradientMatchesFiniteDifferences() {
        int[] labels = {0, 3, 1};
        GradCheck.assertGradients("softmax cross-entropy", scalarLoss(z -> SoftmaxCrossEntropy.evaluate(z, labels)),
                TestInputs.spread(1, 2f, 3, 4));
        GradCheck.assertGradients("softmax cross-entropy, one sample, one class",
                scalarLoss(z -> SoftmaxCrossEntropy.evaluate(z, new int[] {0})), TestInputs.random(2, 1, 1));
    }

    @Test
    void crossEntropyRejectsBadLabels() {
        Tensor logits = Tensor.zeros(2, 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SoftmaxCrossEntropy.evaluate(logits, new int[] {0, 3}));
        assertTrue(e.getMessage().contains("label 3") && e.getMessage().contains("[2, 3]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SoftmaxCrossEntropy.evaluate(logits, new int[] {0}));
        assertThrows(IllegalArgumentException.class, () -> SoftmaxCrossEntropy.evaluate(Tensor.zeros(2, 3, 1), new int[] {0, 0}));
    }

    @Test
    void meanSquaredErrorAveragesOverAllElements() {
        // differences [1, 0, -2, 3], squares 1 + 0 + 4 + 9 = 14, mean 3.5; gradient 2d/4 = [0.5, 0, -1, 1.5]
        LossResult r = MeanSquaredError.evaluate(TestInputs.tensor(new float[] {1, 2, 3, 4}, 2, 2),
                TestInputs.tensor(new float[] {0, 2, 5, 1}, 2, 2));
        assertEquals(3.5, r.loss(), 1e-12);
        assertArrayEquals(new float[] {0.5f, 0, -1, 1.5f}, r.gradInput().data(), TOL);
    }

    @Test
    void meanSquaredErrorGradientMatchesFiniteDifferences() {
        Tensor target = TestInputs.random(3, 2, 3, 2);
        GradCheck.assertGradients("mse", scalarLoss(p -> MeanSquaredError.evaluate(p, target)), TestInputs.random(4, 2, 3, 2));
    }

    @Test
    void meanSquaredErrorRejectsShapesThatDiffer() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MeanSquaredError.evaluate(Tensor.zeros(2, 3), Tensor.zeros(3, 2)));
        assertTrue(e.getMessage().contains("[2, 3]") && e.getMessage().contains("[3, 2]"), e.getMessage());
    }

    /** A loss seen as an op with a one-element output, so GradCheck can vary its input. */
    private static GradCheck.Op scalarLoss(Function<Tensor, LossResult> loss) {
        return new GradCheck.Op() {
            @Override
            public Tensor forward(Tensor[] inputs) {
                return Tensor.of(new float[] {(float) loss.apply(inputs[0]).loss()}, 1);
            }

            @Override
            public Tensor[] backward(Tensor[] inputs, Tensor gradOutput) {
                Tensor grad = loss.apply(inputs[0]).gradInput().copy();
                float[] d = grad.data();
                for (int i = 0; i < d.length; i++) {
                    d[i] *= gradOutput.data()[0];
                }
                return new Tensor[] {grad};
            }
        };
    }
}
