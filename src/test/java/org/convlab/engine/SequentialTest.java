package org.convlab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SequentialTest {
    private static final float TOL = 1e-6f;

    @Test
    void forwardAndBackwardRunThroughEveryLayer() {
        Dense first = new Dense(2, 2, false);
        TestInputs.set(first.weight(), 1, 0, 0, 1); // identity
        Dense second = new Dense(2, 1, true);
        TestInputs.set(second.weight(), 1, 1);
        TestInputs.set(second.bias(), 0.5f);
        Sequential net = new Sequential(first, new ReLU(), second);
        // [1, -2] -> identity [1, -2] -> relu [1, 0] -> 1 + 0 + 0.5 = 1.5
        assertArrayEquals(new float[] {1.5f}, net.forward(TestInputs.tensor(new float[] {1, -2}, 1, 2), Mode.TRAIN).data(), TOL);
        // g = 2: second gives [2, 2], relu keeps [2, 0], identity gives [2, 0]
        assertArrayEquals(new float[] {2, 0}, net.backward(TestInputs.tensor(new float[] {2}, 1, 1)).data(), TOL);
        // d second.weight = g * [1, 0] = [2, 0]; d first.weight = g1^T x = [[2*1, 2*(-2)], [0, 0]]
        assertArrayEquals(new float[] {2, 0}, second.weight().grad().data(), TOL);
        assertArrayEquals(new float[] {2, -4, 0, 0}, first.weight().grad().data(), TOL);
    }

    @Test
    void paramsArePrefixedWithTheLayerIndexAndShareStorage() {
        Dense first = new Dense(3, 2, true);
        Sequential net = new Sequential(first, new Tanh(), new Sequential(new Dense(2, 2, false)), new BatchNorm(2));
        List<Param> params = net.params();
        assertEquals(List.of("0.weight", "0.bias", "2.0.weight", "3.weight", "3.bias"), params.stream().map(Param::name).toList());
        assertSame(first.weight().value(), params.get(0).value());
        assertSame(first.weight().grad(), params.get(0).grad());
    }

    @Test
    void gradientsMatchFiniteDifferences() {
        Sequential net = new Sequential(new Flatten(), new Dense(6, 4, true, new SplittableRandom(1)), new ELU(),
                new BatchNorm(4), new Dense(4, 3, true, new SplittableRandom(2)), new Sigmoid());
        GradCheck.assertLayerGradients("flatten-dense-elu-bn-dense-sigmoid train", net, TestInputs.random(3, 5, 2, 3), Mode.TRAIN);
        GradCheck.assertLayerGradients("same net eval", net, TestInputs.random(4, 1, 2, 3), Mode.EVAL);
    }

    @Test
    void outputShapeAndFlopsFollowTheChain() {
        Sequential net = new Sequential(new Flatten(), new Dense(6, 2, true), new ReLU());
        assertArrayEquals(new int[] {4, 2}, net.outputShape(new int[] {4, 2, 3}));
        // flatten 0 + dense 2*6*2 + 2 = 26 + relu 2 = 28
        assertEquals(28, net.flops(new int[] {4, 2, 3}));
    }

    @Test
    void aShapeErrorNamesTheLayerThatRejectsIt() {
        Sequential net = new Sequential(new Dense(3, 2, true), new Dense(3, 1, true));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> net.outputShape(new int[] {1, 3}));
        assertTrue(e.getMessage().contains("layer 1") && e.getMessage().contains("[1, 2]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> net.forward(Tensor.zeros(1, 3), Mode.EVAL));
    }
}
