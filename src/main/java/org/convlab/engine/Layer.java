package org.convlab.engine;

import java.util.List;

/**
 * A network layer with its forward and backward pass.
 *
 * <p>Shapes include the batch axis first. {@link #forward} keeps what {@link #backward} needs;
 * backward must follow the forward pass it differentiates. Backward adds parameter gradients
 * into {@link Param#grad()} (callers zero them between steps) and returns the gradient of the
 * loss with respect to the layer's input.
 *
 * <h2>Buffers: who may overwrite what, and when</h2>
 * So that training allocates nothing per batch, a layer may return the same tensor from every
 * call, overwritten each time:
 * <ul>
 *   <li>the output of {@code forward} stays valid until this layer's next {@code forward};</li>
 *   <li>the input gradient returned by {@code backward} stays valid until its next {@code backward};</li>
 *   <li>in turn, a layer keeps a reference to its input (not a copy) and reads it in backward, and
 *   keeps the gradient it was given only during that backward call.</li>
 * </ul>
 * A network run layer after layer (forward through all, then backward through all) meets these
 * rules by construction: a layer's next forward comes after the next layer's backward, which was
 * the last to read its output. A caller that keeps an output longer, or runs one layer twice
 * before using the first result, copies it ({@link Tensor#copy()}).
 */
public interface Layer {
    /** A short name for summaries, for example "conv2d(6@5x5, pad 2)". */
    String name();

    /** Output shape for an input shape; throws IllegalArgumentException naming the problem. */
    int[] outputShape(int[] inputShape);

    Tensor forward(Tensor input, Mode mode);

    Tensor backward(Tensor gradOutput);

    /**
     * Runs this layer's arithmetic on {@code kernel}'s pool of threads and its matrix product
     * from now on; layers with nothing worth splitting ignore it. Layers start on
     * {@link ConvKernel#shared()} (all cores). Results never depend on the number of threads.
     */
    default void useKernel(ConvKernel kernel) {
    }

    /**
     * Whether the caller uses the input gradient {@link #backward} returns (true unless told
     * otherwise). A network's first layer has no one to pass it to: told {@code false}, a layer
     * that can save the work skips it and its backward returns null; others ignore the hint.
     */
    default void setNeedsInputGradient(boolean needed) {
    }

    /** Trainable parameters, in a stable order. */
    default List<Param> params() {
        return List.of();
    }

    /** Floating-point operations of one forward pass for one sample of the given shape (batch axis included, ignored). */
    default long flops(int[] inputShape) {
        return 0;
    }
}
