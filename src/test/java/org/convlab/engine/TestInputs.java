package org.convlab.engine;

import java.util.Random;

/** Seeded test inputs for the layer tests, shaped to suit finite differences. */
final class TestInputs {
    private TestInputs() {
    }

    /** Seeded values in [-1, 1). */
    static Tensor random(long seed, int... shape) {
        return GradCheck.random(new Random(seed), shape);
    }

    /** Seeded values in [-scale, scale): a wider spread keeps normalized outputs less curved. */
    static Tensor spread(long seed, float scale, int... shape) {
        Tensor t = random(seed, shape);
        float[] d = t.data();
        for (int i = 0; i < d.length; i++) {
            d[i] *= scale;
        }
        return t;
    }

    /** Seeded values with 0.1 <= |x| < 1.1, so a step of GradCheck.STEP never crosses the kink at 0. */
    static Tensor awayFromZero(long seed, int... shape) {
        Tensor t = random(seed, shape);
        float[] d = t.data();
        for (int i = 0; i < d.length; i++) {
            d[i] += d[i] < 0 ? -0.1f : 0.1f;
        }
        return t;
    }

    static Tensor tensor(float[] values, int... shape) {
        return Tensor.of(values, shape);
    }

    /** Sets a parameter's values (copied). */
    static void set(Param p, float... values) {
        System.arraycopy(values, 0, p.value().data(), 0, values.length);
    }
}
