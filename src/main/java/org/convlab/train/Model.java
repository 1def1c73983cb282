package org.convlab.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.convlab.engine.ConvKernel;
import org.convlab.engine.Mode;
import org.convlab.engine.Param;
import org.convlab.engine.Shapes;
import org.convlab.engine.Tensor;

/**
 * A network built by {@link ModelBuilder}: layers with short ids, run one after another on
 * batches [N, C, H, W], ending in class scores (logits) [N, K].
 *
 * <p>Not thread-safe: while a {@link Trainer} runs, only its thread may use the model.
 *
 * <p>Nothing below the first layer needs a gradient, so the layers up to and including the first
 * with parameters are told so ({@link org.convlab.engine.Layer#setNeedsInputGradient}) and
 * {@link #backward} stops there. Layer outputs are buffers reused by the next forward pass
 * ({@link org.convlab.engine.Layer}'s rules): copy one to keep it.
 */
public final class Model {
    private final int[] inputShape;        // [C, H, W]
    private final List<ModelLayer> top;    // run in this order
    private final List<ModelLayer> layers; // flat: block members, then the block itself
    private final List<Param> params;

    Model(int[] inputShape, List<ModelLayer> top) {
        this.inputShape = inputShape.clone();
        this.top = List.copyOf(top);
        List<ModelLayer> flat = new ArrayList<>();
        for (ModelLayer layer : top) {
            flat.addAll(layer.members());
            flat.add(layer);
        }
        this.layers = List.copyOf(flat);
        this.params = flat.stream().flatMap(l -> l.ownParams().stream()).toList();
        // The input gradient of the first layers goes nowhere: skip it up to the first layer with
        // parameters (for LeNet-5, conv1: a third of its backward pass).
        for (ModelLayer layer : this.top) {
            layer.setNeedsInputGradient(false);
            if (!layer.params().isEmpty()) {
                break;
            }
        }
    }

    /** Shape of one input sample [C, H, W]. */
    public int[] inputShape() {
        return inputShape.clone();
    }

    /** Number of outputs (classes) of the last layer. */
    public int outputSize() {
        int[] out = top.getLast().sampleOutputShape();
        return Shapes.size(out);
    }

    /** Every layer in forward order, members of a residual block before the block. */
    public List<ModelLayer> layers() {
        return layers;
    }

    /** The layer with this id. */
    public ModelLayer layer(String id) {
        return layers.stream().filter(l -> l.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no layer \"" + id + "\"; the model has "
                        + layers.stream().map(ModelLayer::id).toList()));
    }

    /** Every trainable parameter, in forward order, named "{layer id}.{name}". */
    public List<Param> params() {
        return params;
    }

    /** Total number of trainable values. */
    public long parameterCount() {
        return layers.stream().mapToLong(ModelLayer::parameterCount).sum();
    }

    /** Logits [N, K] for a batch [N, C, H, W]. */
    public Tensor forward(Tensor batch, Mode mode) {
        int[] shape = batch.shape();
        if (shape.length != 4 || !Arrays.equals(Arrays.copyOfRange(shape, 1, 4), inputShape)) {
            throw new IllegalArgumentException("the model expects batches [N, " + inputShape[0] + ", " + inputShape[1] + ", "
                    + inputShape[2] + "], got " + Shapes.describe(shape));
        }
        Tensor x = batch;
        for (int i = 0; i < top.size(); i++) {
            x = top.get(i).forward(x, mode);
        }
        return x; // [N, K]: the builder makes every model end in a vector of class scores
    }

    /** Backpropagates the gradient of the loss with respect to the logits; adds into every parameter's gradient. */
    public void backward(Tensor gradLogits) {
        Tensor g = gradLogits;
        for (int i = top.size() - 1; i >= 0 && g != null; i--) { // null: the layers below need no gradient
            g = top.get(i).backward(g);
        }
    }

    /**
     * Runs every layer of the model on {@code kernel}: convolutions, dense products, activations
     * and pooling split their work over its pool (which decides the threads) and use its matrix
     * product. Layers start on {@link ConvKernel#shared()}. Results do not depend on the threads.
     */
    public void useKernel(ConvKernel kernel) {
        if (kernel == null) {
            throw new IllegalArgumentException("the kernel must not be null");
        }
        for (ModelLayer l : top) {
            l.useKernel(kernel);
        }
    }

    /** Layer by layer: output shape, parameters and FLOPs. */
    public ModelSummary summary() {
        return ModelSummary.of(this);
    }
}
