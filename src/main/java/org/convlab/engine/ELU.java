package org.convlab.engine;

/** x for x > 0, alpha * (exp(x) - 1) otherwise (PyTorch's alpha, default 1). */
public final class ELU extends Activation {
    public static final float DEFAULT_ALPHA = 1f;

    private final float alpha;

    public ELU() {
        this(DEFAULT_ALPHA);
    }

    public ELU(float alpha) {
        if (!Float.isFinite(alpha)) {
            throw new IllegalArgumentException("alpha must be finite, got " + alpha);
        }
        this.alpha = alpha;
    }

    public float alpha() {
        return alpha;
    }

    @Override
    public String name() {
        return "elu(" + alpha + ")";
    }

    @Override
    protected float apply(float x) {
        // expm1 keeps the precision of exp(x) - 1 near 0
        return x > 0 ? x : (float) (alpha * Math.expm1(x));
    }

    @Override
    protected float derivative(float x, float y) {
        return x > 0 ? 1f : (float) (alpha * Math.exp(x));
    }
}
