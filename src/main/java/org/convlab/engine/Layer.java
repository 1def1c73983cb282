package org.convlab.engine;

import java.util.List;

/**
 * A network layer with its forward and backward pass.
 *
 * <p>Shapes include the batch axis first. {@link #forward} keeps what {@link #backward} needs;
 * backward must follow the forward pass it differentiates. Backward adds parameter gradients
 * into {@link Param#grad()} (callers zero them between steps) and returns the gradient of the
 * loss with respect to the layer's input.
 */
public interface Layer {
    /** A short name for summaries, for example "conv2d(6@5x5, pad 2)". */
    String name();

    /** Output shape for an input shape; throws IllegalArgumentException naming the problem. */
    int[] outputShape(int[] inputShape);

    Tensor forward(Tensor input, Mode mode);

    Tensor backward(Tensor gradOutput);

    /** Trainable parameters, in a stable order. */
    default List<Param> params() {
        return List.of();
    }

    /** Floating-point operations of one forward pass for one sample of the given shape (batch axis included, ignored). */
    default long flops(int[] inputShape) {
        return 0;
    }
}
