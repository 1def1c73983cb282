package org.convlab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Small tensor builders and assertions shared by the convolution and pooling tests. */
final class ConvTestSupport {
    private ConvTestSupport() {
    }

    /** A tensor of the given shape holding {@code values} row-major. */
    static Tensor t(int[] shape, float... values) {
        return Tensor.of(values, shape);
    }

    /** Asserts shape and values; hand-computed expectations here are exact in float, so the tolerance is tiny. */
    static void assertTensor(int[] expectedShape, float[] expected, Tensor actual) {
        assertArrayEquals(expectedShape, actual.shape(), "shape");
        assertArrayEquals(expected, actual.data(), 1e-6f);
    }

    /**
     * Distinct values spaced 0.05 apart (more than 2 * GradCheck.STEP), shuffled with a seed,
     * so a finite-difference step never changes which element wins a max-pool window.
     */
    static Tensor distinctShuffled(long seed, int... shape) {
        int n = Shapes.size(shape);
        List<Float> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add((i - n / 2) * 0.05f);
        }
        Collections.shuffle(values, new Random(seed));
        float[] data = new float[n];
        for (int i = 0; i < n; i++) {
            data[i] = values.get(i);
        }
        return Tensor.wrap(data, shape);
    }

    /** Copies {@code values} into a parameter's value tensor. */
    static void setParam(Param p, Tensor values) {
        assertEquals(p.value().size(), values.size(), "parameter size for " + p.name());
        System.arraycopy(values.data(), 0, p.value().data(), 0, values.size());
    }
}
