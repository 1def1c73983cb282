package org.convlab.engine;

import java.util.Arrays;

/**
 * Reshapes [N, d1, d2, ...] to [N, d1*d2*...], like {@code torch.nn.Flatten()}; no arithmetic.
 * Output and input gradient are views sharing the storage of the input and of the gradient
 * given (row-major storage needs no copy); {@link Layer}'s rules on buffers keep that safe.
 */
public final class Flatten implements Layer {
    private int[] inputShape; // kept by forward so backward can restore it

    @Override
    public String name() {
        return "flatten";
    }

    @Override
    public int[] outputShape(int[] inputShape) {
        if (inputShape.length < 2) {
            throw new IllegalArgumentException("flatten expects an input [N, ...] with a batch axis, got " + Shapes.describe(inputShape));
        }
        return new int[] {inputShape[0], Shapes.size(Arrays.copyOfRange(inputShape, 1, inputShape.length))};
    }

    @Override
    public Tensor forward(Tensor input, Mode mode) {
        int[] shape = outputShape(input.shape());
        this.inputShape = input.shape();
        return input.reshape(shape);
    }

    @Override
    public Tensor backward(Tensor gradOutput) {
        if (inputShape == null) {
            throw new IllegalStateException("backward called before forward on " + name());
        }
        if (!gradOutput.hasShape(outputShape(inputShape))) {
            throw new IllegalArgumentException("gradient of shape " + Shapes.describe(gradOutput.shape())
                    + " does not match the output shape " + Shapes.describe(outputShape(inputShape)));
        }
        return gradOutput.reshape(inputShape);
    }
}
