package org.convlab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ResidualTest {
    private static final float TOL = 1e-6f;

    @Test
    void addsTheInputToTheBranchAndSumsBothGradientPaths() {
        Dense dense = new Dense(2, 2, false);
        TestInputs.set(dense.weight(), 1, 2, 3, 4);
        Residual residual = new Residual(dense);
        // f(x) = W x = [1 + 2, 3 + 4] = [3, 7]; y = x + f(x) = [4, 8]
        Tensor y = residual.forward(TestInputs.tensor(new float[] {1, 1}, 1, 2), Mode.TRAIN);
        assertArrayEquals(new float[] {4, 8}, y.data(), TOL);
        // g = [1, 0]: the branch gives g W = [1, 2], the skip gives g, total [2, 2]; dW = g^T x = [[1, 1], [0, 0]]
        Tensor dx = residual.backward(TestInputs.tensor(new float[] {1, 0}, 1, 2));
        assertArrayEquals(new float[] {2, 2}, dx.data(), TOL);
        assertArrayEquals(new float[] {1, 1, 0, 0}, dense.weight().grad().data(), TOL);
    }

    @Test
    void gradientsMatchFiniteDifferences() {
        Residual block = new Residual(List.of(new Dense(4, 4, true, new SplittableRandom(1)), new Tanh(),
                new Dense(4, 4, true, new SplittableRandom(2))));
        GradCheck.assertLayerGradients("residual(dense, tanh, dense)", block, TestInputs.random(3, 3, 4), Mode.TRAIN);
        GradCheck.assertLayerGradients("residual(batchnorm) train", new Residual(new BatchNorm(3)),
                TestInputs.spread(4, 3f, 4, 3), Mode.TRAIN);
        GradCheck.assertLayerGradients("residual(elu) on images", new Residual(new ELU()),
                TestInputs.awayFromZero(5, 2, 2, 3, 2), Mode.EVAL);
    }

    @Test
    void aListBranchNamesParametersByPosition() {
        Residual block = new Residual(List.of(new Dense(2, 2, true), new ReLU(), new Dense(2, 2, false)));
        assertEquals(List.of("0.weight", "0.bias", "2.weight"), block.params().stream().map(Param::name).toList());
    }

    @Test
    void rejectsABranchThatChangesTheShape() {
        Residual residual = new Residual(new Dense(3, 2, true));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> residual.forward(Tensor.zeros(1, 3), Mode.TRAIN));
        assertTrue(e.getMessage().contains("[1, 3]") && e.getMessage().contains("[1, 2]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> residual.outputShape(new int[] {5, 3}));
    }

    @Test
    void flopsAddOnePerElementToTheBranch() {
        // dense 3 -> 3 with bias: 2*3*3 + 3 = 21, plus 3 adds
        assertEquals(24, new Residual(new Dense(3, 3, true)).flops(new int[] {2, 3}));
    }
}
