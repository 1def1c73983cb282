package org.convlab.train;

import java.util.Arrays;
import java.util.List;
import org.convlab.engine.ConvKernel;
import org.convlab.engine.Layer;
import org.convlab.engine.Mode;
import org.convlab.engine.Param;
import org.convlab.engine.Tensor;

/**
 * One layer of a {@link Model} under a short id ("conv1", "relu3", "res1"). It delegates to the
 * engine layer and keeps a reference to its last output, so the trainer can compute activation
 * statistics without asking the layer to copy anything.
 *
 * <p>Parameters carry the id as prefix ("conv1.weight") and share value and gradient with the
 * engine layer. A residual block's own parameter list is empty: its members report theirs.
 */
public final class ModelLayer implements Layer {
    private final String id;
    private final Layer inner;
    private final int depth;               // 0 at the top, 1 inside a residual block
    private final int[] inputShape;        // one sample, no batch axis
    private final int[] outputShape;       // one sample, no batch axis
    private final List<Param> ownParams;   // prefixed with the id; empty for blocks
    private final List<ModelLayer> members; // a residual block's branch; empty otherwise
    private Tensor lastOutput;             // [N, ...] of the last forward pass, by reference

    ModelLayer(String id, Layer inner, int depth, int[] inputShape, int[] outputShape, List<ModelLayer> members) {
        this.id = id;
        this.inner = inner;
        this.depth = depth;
        this.inputShape = inputShape.clone();
        this.outputShape = outputShape.clone();
        this.members = List.copyOf(members);
        this.ownParams = members.isEmpty()
                ? inner.params().stream().map(p -> p.withPrefix(id + ".")).toList()
                : List.of();
    }

    /** The short id shown in summaries and messages, such as "conv2". */
    public String id() {
        return id;
    }

    /** The engine layer behind this one. */
    public Layer inner() {
        return inner;
    }

    /** 0 for a top-level layer, 1 for a member of a residual block. */
    public int depth() {
        return depth;
    }

    /** True for a residual block, whose output is x + f(x). */
    public boolean isBlock() {
        return !members.isEmpty();
    }

    /** The layers of a residual block's branch, in order; empty for other layers. */
    public List<ModelLayer> members() {
        return members;
    }

    /** Shape of one input sample, without the batch axis. */
    public int[] sampleInputShape() {
        return inputShape.clone();
    }

    /** Shape of one output sample, without the batch axis. */
    public int[] sampleOutputShape() {
        return outputShape.clone();
    }

    /** This layer's own parameters, named "{id}.weight" and so on; empty for blocks and parameter-free layers. */
    public List<Param> ownParams() {
        return ownParams;
    }

    /** Elements in the own parameters. */
    public long parameterCount() {
        long n = 0;
        for (Param p : ownParams) {
            n += p.value().size();
        }
        return n;
    }

    /** The output of the last forward pass (not a copy), or null before the first. */
    Tensor lastOutput() {
        return lastOutput;
    }

    /** The engine layer's description, for example "Conv2d(1→6, 5×5, pad 2)". */
    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public int[] outputShape(int[] batchInputShape) {
        return inner.outputShape(batchInputShape);
    }

    @Override
    public Tensor forward(Tensor input, Mode mode) {
        lastOutput = inner.forward(input, mode);
        return lastOutput;
    }

    @Override
    public Tensor backward(Tensor gradOutput) {
        return inner.backward(gradOutput);
    }

    @Override
    public void useKernel(ConvKernel kernel) {
        inner.useKernel(kernel);
    }

    @Override
    public void setNeedsInputGradient(boolean needed) {
        inner.setNeedsInputGradient(needed);
    }

    /** Own parameters, or for a block every member's. */
    @Override
    public List<Param> params() {
        if (members.isEmpty()) {
            return ownParams;
        }
        return members.stream().flatMap(m -> m.params().stream()).toList();
    }

    /** A leaf's FLOPs per sample; for a block only the element-wise add (members count their own). */
    @Override
    public long flops(int[] batchInputShape) {
        if (members.isEmpty()) {
            return inner.flops(batchInputShape);
        }
        return Arrays.stream(outputShape).asLongStream().reduce(1, (a, b) -> a * b);
    }

    @Override
    public String toString() {
        return id + " " + inner.name();
    }
}
