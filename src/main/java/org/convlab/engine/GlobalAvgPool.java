package org.convlab.engine;

/** The mean of each channel plane: [N, C, H, W] to [N, C] ({@link PoolOps#globalAvgPool}). */
public final class GlobalAvgPool implements Layer {
    private int[] lastInputShape; // [N, C, H, W] of the last forward pass

    @Override
    public String name() {
        return "GlobalAvgPool";
    }

    @Override
    public int[] outputShape(int[] inputShape) {
        if (inputShape.length != 4) {
            throw new IllegalArgumentException("GlobalAvgPool expects input [N, C, H, W], got " + Shapes.describe(inputShape));
        }
        return new int[] {inputShape[0], inputShape[1]};
    }

    @Override
    public Tensor forward(Tensor input, Mode mode) {
        Tensor output = PoolOps.globalAvgPool(input);
        lastInputShape = input.shape();
        return output;
    }

    @Override
    public Tensor backward(Tensor gradOutput) {
        if (lastInputShape == null) {
            throw new IllegalStateException(name() + ": backward called before forward");
        }
        return PoolOps.globalAvgPoolBackward(lastInputShape, gradOutput);
    }

    /** H·W − 1 additions and one division per channel: C·H·W. */
    @Override
    public long flops(int[] inputShape) {
        outputShape(inputShape);
        return (long) inputShape[1] * inputShape[2] * inputShape[3];
    }
}
