package org.convlab.engine;

/** x for x > 0, slope * x otherwise (PyTorch's negative_slope, default 0.01). */
public final class LeakyReLU extends Activation {
    public static final float DEFAULT_SLOPE = 0.01f;

    private final float slope;

    public LeakyReLU() {
        this(DEFAULT_SLOPE);
    }

    public LeakyReLU(float slope) {
        if (!Float.isFinite(slope)) {
            throw new IllegalArgumentException("slope must be finite, got " + slope);
        }
        this.slope = slope;
    }

    public float slope() {
        return slope;
    }

    @Override
    public String name() {
        return "leaky_relu(" + slope + ")";
    }

    @Override
    protected float apply(float x) {
        return x > 0 ? x : slope * x;
    }

    @Override
    protected float derivative(float x, float y) {
        return x > 0 ? 1f : slope;
    }
}
