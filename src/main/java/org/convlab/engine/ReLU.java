package org.convlab.engine;

/** max(0, x); the gradient at 0 is 0, as in PyTorch, and NaN stays NaN forward and has gradient 0. */
public final class ReLU extends Activation {
    @Override
    public String name() {
        return "relu";
    }

    @Override
    protected float apply(float x) {
        return Math.max(x, 0f); // +0 for -0, NaN for NaN
    }

    @Override
    protected float derivative(float x, float y) {
        return x > 0 ? 1f : 0f;
    }

    // apply and derivative in loops of their own, without a branch on the data: the sign of an
    // activation is close to random, so `x > 0 ? x : 0` was mispredicted about every other element
    // (LeNet's first ReLU at batch 32, one thread: 0.43 and 0.45 ms before, 0.03 forward with
    // Math.max, which the JIT vectorizes, and 0.08 backward with the mask below; docs/training-speed.md). Where
    // x <= 0 the gradient is exactly +0, as PyTorch's threshold_backward gives, where g·0 would
    // give -0, or NaN for an infinite g.
    @Override
    void applyRange(float[] x, float[] y, int from, int to) {
        for (int i = from; i < to; i++) {
            y[i] = Math.max(x[i], 0f);
        }
    }

    @Override
    void gradientRange(float[] x, float[] y, float[] g, float[] dx, int from, int to) {
        for (int i = from; i < to; i++) {
            // y > 0 exactly when its bits lie in 1..0x7F800000 (y is +0 where x <= 0, NaN where x is):
            // then both differences below are negative and the mask is all ones, else it is 0
            int b = Float.floatToRawIntBits(y[i]);
            int mask = (-b & (b - 0x7F800001)) >> 31;
            dx[i] = Float.intBitsToFloat(Float.floatToRawIntBits(g[i]) & mask);
        }
    }
}
