package org.convlab.engine;

/** A trainable tensor and the gradient accumulated for it by backward passes. */
public final class Param {
    private final String name;
    private final Tensor value;
    private final Tensor grad; // same shape as value

    public Param(String name, Tensor value) {
        this.name = name;
        this.value = value;
        this.grad = Tensor.zeros(value.shape());
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
