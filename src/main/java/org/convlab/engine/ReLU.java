package org.convlab.engine;

/** max(0, x); the gradient at 0 is 0, as in PyTorch. */
public final class ReLU extends Activation {
    @Override
    public String name() {
        return "relu";
    }

    @Override
    protected float apply(float x) {
        return x > 0 ? x : 0f;
    }

    @Override
    protected float derivative(float x, float y) {
        return x > 0 ? 1f : 0f;
    }
}
