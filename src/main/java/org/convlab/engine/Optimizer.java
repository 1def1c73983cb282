package org.convlab.engine;

import java.util.List;

/**
 * Updates a fixed list of parameters from their accumulated gradients. State buffers (momentum,
 * Adam's moments) are allocated once per parameter, in the list's order, when the optimizer is built.
 */
public interface Optimizer {
    /** The parameters this optimizer updates, in a stable order. */
    List<Param> params();

    /** One update from the current gradients; gradients are left as they are. */
    void step();

    double learningRate();

    /** Changes the learning rate for the following steps; state buffers are kept. */
    void setLearningRate(double learningRate);

    /**
     * Lets the optimizer spread its update over {@code pool} from now on (each element is updated
     * on its own, so no split changes a bit); optimizers start on the calling thread alone, and
     * those with nothing worth splitting ignore it.
     */
    default void usePool(EnginePool pool) {
    }

    /** Zeroes the gradients of this optimizer's parameters. */
    default void zeroGrad() {
        zeroGrad(params());
    }

    /** Zeroes every gradient in {@code params}. */
    static void zeroGrad(List<Param> params) {
        for (Param p : params) {
            p.zeroGrad();
        }
    }

    /** Rejects negative or non-finite hyper-parameters with a message naming them. */
    static double requireNonNegative(String what, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number >= 0, got " + value);
        }
        return value;
    }
}
