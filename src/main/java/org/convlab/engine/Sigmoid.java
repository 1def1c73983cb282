package org.convlab.engine;

/** 1 / (1 + exp(-x)), evaluated without overflow for large |x|; derivative y * (1 - y). */
public final class Sigmoid extends Activation {
    @Override
    public String name() {
        return "sigmoid";
    }

    @Override
    protected float apply(float x) {
        return (float) sigmoid(x);
    }

    @Override
    protected float derivative(float x, float y) {
        return (float) ((double) y * (1.0 - y));
    }

    /** exp(-x) only for x >= 0 and exp(x) otherwise, so the exponential never overflows. */
    static double sigmoid(double x) {
        if (x >= 0) {
            return 1.0 / (1.0 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1.0 + e);
    }
}
