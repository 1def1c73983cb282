package org.convlab.train;

import java.util.List;
import org.convlab.engine.Adam;
import org.convlab.engine.Optimizer;
import org.convlab.engine.Param;
import org.convlab.engine.Sgd;

/** The optimizers a training run can use. */
public enum OptimizerKind {
    /** Plain stochastic gradient descent: p -= lr * g. */
    SGD("sgd"),
    /** SGD with momentum (PyTorch's form): v = mu * v + g; p -= lr * v. */
    MOMENTUM("momentum"),
    /** Adam with PyTorch's defaults: betas 0.9 and 0.999, eps 1e-8. */
    ADAM("adam");

    private final String id;

    OptimizerKind(String id) {
        this.id = id;
    }

    /** Lower-case name as the command line spells it. */
    public String id() {
        return id;
    }

    /** A new optimizer over {@code params}; {@code momentum} matters only for {@link #MOMENTUM}. */
    public Optimizer create(List<Param> params, double learningRate, double momentum) {
        return switch (this) {
            case SGD -> new Sgd(params, learningRate);
            case MOMENTUM -> new Sgd(params, learningRate, momentum, 0);
            case ADAM -> new Adam(params, learningRate);
        };
    }

    /** The kind with this id ("sgd", "momentum", "adam"), case-insensitive. */
    public static OptimizerKind fromId(String id) {
        for (OptimizerKind kind : values()) {
            if (kind.id.equalsIgnoreCase(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown optimizer \"" + id + "\"; choose sgd, momentum or adam");
    }
}
