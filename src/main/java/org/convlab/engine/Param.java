package org.convlab.engine;

/** A trainable tensor and the gradient accumulated for it by backward passes. */
public final class Param {
    private final String name;
    private final Tensor value;
    private final Tensor grad; // same shape as value

    public Param(String name, Tensor value) {
        this(name, value, Tensor.zeros(value.shape()));
    }

    private Param(String name, Tensor value, Tensor grad) {
        this.name = name;
        this.value = value;
        this.grad = grad;
    }

    /**
     * The same parameter (value and gradient shared, not copied) under a longer name, for
     * containers: {@code withPrefix("0.")} on "weight" gives "0.weight".
     */
    public Param withPrefix(String prefix) {
        return new Param(prefix + name, value, grad);
    }

    /** For example "conv1.weight". */
    public String name() {
        return name;
    }

    public Tensor value() {
        return value;
    }

    public Tensor grad() {
        return grad;
    }

    public void zeroGrad() {
        grad.zero();
    }
}
