package org.convlab.engine;

import java.util.Arrays;
import java.util.List;

/**
 * A skip connection: y = x + f(x) for a branch f that keeps the shape. Backward sums the
 * gradient of both paths: dx = g + f'(x)^T g.
 */
public final class Residual implements Layer {
    private final Layer branch;

    public Residual(Layer branch) {
        this.branch = branch;
    }

    /** The branch is the layers one after another. */
    public Residual(List<? extends Layer> branch) {
        this(new Sequential(branch));
    }

    public Layer branch() {
        return branch;
    }

    @Override
    public String name() {
        return "residual(" + branch.name() + ")";
    }

    @Override
    public int[] outputShape(int[] inputShape) {
        int[] branchShape = branch.outputShape(inputShape);
        requireSameShape(inputShape, branchShape);
        return inputShape.clone();
    }

    @Override
    public Tensor forward(Tensor input, Mode mode) {
        Tensor fx = branch.forward(input, mode);
        requireSameShape(input.shape(), fx.shape());
        Tensor out = fx.copy();
        Buffers.addInto(out.data(), input.data());
        return out;
    }

    @Override
    public Tensor backward(Tensor gradOutput) {
        Tensor gradInput = branch.backward(gradOutput).copy();
        Buffers.addInto(gradInput.data(), gradOutput.data());
        return gradInput;
    }

    @Override
    public void useKernel(ConvKernel kernel) {
        branch.useKernel(kernel);
    }

    @Override
    public List<Param> params() {
        return branch.params();
    }

    /** The branch plus one add per element. */
    @Override
    public long flops(int[] inputShape) {
        outputShape(inputShape);
        return branch.flops(inputShape) + Shapes.size(Arrays.copyOfRange(inputShape, 1, inputShape.length));
    }

    private void requireSameShape(int[] inputShape, int[] branchShape) {
        if (!Arrays.equals(inputShape, branchShape)) {
            throw new IllegalArgumentException("residual branch " + branch.name() + " maps " + Shapes.describe(inputShape)
                    + " to " + Shapes.describe(branchShape) + "; x + f(x) needs both the same shape");
        }
    }
}
