package org.convlab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FlattenTest {
    @Test
    void flattensAllButTheBatchAxisKeepingRowMajorOrder() {
        Tensor x = Tensor.zeros(2, 3, 1, 2);
        x.set(7f, 1, 2, 0, 1); // offset ((1*3 + 2)*1 + 0)*2 + 1 = 11 -> row 1, column 5
        Tensor y = new Flatten().forward(x, Mode.TRAIN);
        assertArrayEquals(new int[] {2, 6}, y.shape());
        assertTrue(y.get(1, 5) == 7f);
    }

    @Test
    void backwardRestoresTheInputShape() {
        Flatten flatten = new Flatten();
        flatten.forward(Tensor.zeros(2, 3, 4), Mode.TRAIN);
        Tensor g = Tensor.of(new float[24], 2, 12);
        g.data()[13] = 5f;
        Tensor dx = flatten.backward(g);
        assertArrayEquals(new int[] {2, 3, 4}, dx.shape());
        assertTrue(dx.get(1, 0, 1) == 5f);
    }

    @Test
    void gradientsMatchFiniteDifferences() {
        GradCheck.assertLayerGradients("flatten", new Flatten(), TestInputs.random(1, 2, 3, 2), Mode.TRAIN);
    }

    @Test
    void rejectsAnInputWithoutBatchAxis() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Flatten().outputShape(new int[] {5}));
        assertTrue(e.getMessage().contains("[5]"), e.getMessage());
    }
}
