package org.convlab.engine;

/**
 * Average pooling over windows of each channel plane, padding counted as zeros
 * ({@code count_include_pad=True}): [N, C, H, W] to [N, C, Ho, Wo] ({@link PoolOps#avgPool2d}).
 */
public final class AvgPool2d implements Layer {
    private final PoolConfig cfg;
    private int[] lastInputShape; // [N, C, H, W] of the last forward pass

    public AvgPool2d(PoolConfig cfg) {
        this.cfg = cfg;
    }

    public PoolConfig config() {
        return cfg;
    }

    @Override
    public String name() {
        return "AvgPool2d(" + LayerNames.pool(cfg) + ")";
    }

    @Override
    public int[] outputShape(int[] inputShape) {
        return PoolOps.pool2dOutputShape(inputShape, cfg);
    }

    @Override
    public Tensor forward(Tensor input, Mode mode) {
        Tensor output = PoolOps.avgPool2d(input, cfg);
        lastInputShape = input.shape();
        return output;
    }

    @Override
    public Tensor backward(Tensor gradOutput) {
        if (lastInputShape == null) {
            throw new IllegalStateException(name() + ": backward called before forward");
        }
        return PoolOps.avgPool2dBackward(lastInputShape, gradOutput, cfg);
    }

    /** kh·kw − 1 additions and one division per output: C·Ho·Wo·kh·kw. */
    @Override
    public long flops(int[] inputShape) {
        int[] out = outputShape(inputShape);
        return (long) out[1] * out[2] * out[3] * cfg.kernelH() * cfg.kernelW();
    }
}
