package org.convlab.train;

import org.convlab.engine.ELU;
import org.convlab.engine.Layer;
import org.convlab.engine.LeakyReLU;
import org.convlab.engine.ReLU;
import org.convlab.engine.Sigmoid;
import org.convlab.engine.Tanh;

/** The element-wise activations a {@link ModelBuilder} can place, with the id prefix each gets. */
public enum ActivationKind {
    RELU("relu", true),
    LEAKY_RELU("leakyrelu", true),
    ELU("elu", true),
    TANH("tanh", false),
    SIGMOID("sigmoid", false);

    private final String id;
    private final boolean reluFamily;

    ActivationKind(String id, boolean reluFamily) {
        this.id = id;
        this.reluFamily = reluFamily;
    }

    /** Lower-case name, also the prefix of layer ids ("relu1"). */
    public String id() {
        return id;
    }

    /**
     * Whether the activation is ReLU-like (zero or small for negative inputs), so that the layer
     * before it starts with He/Kaiming initialization rather than Glorot.
     */
    public boolean reluFamily() {
        return reluFamily;
    }

    /** A new engine layer with the engine's default slope or alpha. */
    public Layer create() {
        return switch (this) {
            case RELU -> new ReLU();
            case LEAKY_RELU -> new LeakyReLU();
            case ELU -> new ELU();
            case TANH -> new Tanh();
            case SIGMOID -> new Sigmoid();
        };
    }

    /** The kind with this id ("relu", "tanh", ...), case-insensitive. */
    public static ActivationKind fromId(String id) {
        for (ActivationKind kind : values()) {
            if (kind.id.equalsIgnoreCase(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown activation \"" + id + "\"; choose one of relu, leakyrelu, elu, tanh, sigmoid");
    }
}
