package org.convlab.engine;

/**
 * Max pooling over windows of each channel plane: [N, C, H, W] to [N, C, Ho, Wo]. Backward
 * sends each output gradient to the element that won its window ({@link PoolOps#maxPool2d}).
 */
public final class MaxPool2d implements Layer {
    private final PoolConfig cfg;
    private int[] lastInputShape; // [N, C, H, W] of the last forward pass
    private int[] lastArgmax;     // [N*C*Ho*Wo], flat input index of each window's winner

    public MaxPool2d(PoolConfig cfg) {
        this.cfg = cfg;
    }

    public PoolConfig config() {
        return cfg;
    }

    @Override
    public String name() {
        return "MaxPool2d(" + LayerNames.pool(cfg) + ")";
    }

    @Override
    public int[] outputShape(int[] inputShape) {
        return PoolOps.pool2dOutputShape(inputShape, cfg);
    }

    @Override
    public Tensor forward(Tensor input, Mode mode) {
        PoolOps.MaxPoolResult result = PoolOps.maxPool2d(input, cfg);
        lastInputShape = input.shape();
        lastArgmax = result.argmax();
        return result.output();
    }

    @Override
    public Tensor backward(Tensor gradOutput) {
        if (lastArgmax == null) {
            throw new IllegalStateException(name() + ": backward called before forward");
        }
        int[] expected = outputShape(lastInputShape);
        if (!gradOutput.hasShape(expected)) {
            throw new IllegalArgumentException(name() + ": gradOutput " + Shapes.describe(gradOutput.shape())
                    + " must have the output shape " + Shapes.describe(expected));
        }
        return PoolOps.maxPool2dBackward(lastInputShape, lastArgmax, gradOutput);
    }

    /** One comparison per window element after the first: C·Ho·Wo·(kh·kw − 1). */
    @Override
    public long flops(int[] inputShape) {
        int[] out = outputShape(inputShape);
        return (long) out[1] * out[2] * out[3] * (cfg.kernelH() * cfg.kernelW() - 1);
    }
}
