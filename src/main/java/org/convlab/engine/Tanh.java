package org.convlab.engine;

/** tanh(x); derivative 1 - y^2. */
public final class Tanh extends Activation {
    @Override
    public String name() {
        return "tanh";
    }

    @Override
    protected float apply(float x) {
        return (float) Math.tanh(x);
    }

    @Override
    protected float derivative(float x, float y) {
        return (float) (1.0 - (double) y * y);
    }
}
