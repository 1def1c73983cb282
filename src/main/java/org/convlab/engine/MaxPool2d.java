package org.convlab.engine;

import java.util.Arrays;

/**
 * Max pooling over windows of each channel plane: [N, C, H, W] to [N, C, Ho, Wo]. Backward
 * sends each output gradient to the element that won its window.
 *
 * <p>Both passes split the N·C planes into ranges on the kernel's pool; a plane's windows read
 * and its gradients write only that plane, so tasks never share writes. Forward finds the same
 * winners as {@link PoolOps} (the reference) without branching on the data ({@link MaxPoolPlanes}),
 * backward adds as it does: the same bits as the reference on any number of threads.
 * Output, argmax and input gradient are reused from batch to batch ({@link Layer}'s rules).
 */
public final class MaxPool2d implements Layer {
    private final PoolConfig cfg;
    private ConvKernel kernel = ConvKernel.shared();
    private int[] lastInputShape; // [N, C, H, W] of the last forward pass
    private int[] lastArgmax;     // [N*C*Ho*Wo], flat input index of each window's winner; reused
    private Tensor output;        // [N, C, Ho, Wo], reused
    private Tensor gradInput;     // [N, C, H, W], reused
    private double[][] sums = new double[0][]; // per worker, one plane of gradient sums (overlapping windows)

    public MaxPool2d(PoolConfig cfg) {
        this.cfg = cfg;
    }

    public PoolConfig config() {
        return cfg;
    }

    @Override
    public void useKernel(ConvKernel kernel) {
        if (kernel == null) {
            throw new IllegalArgumentException(name() + ": the kernel must not be null");
        }
        this.kernel = kernel;
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
        int[] inShape = input.shape();
        int[] outShape = outputShape(inShape);
        output = Buffers.reuse(output, outShape);
        if (lastArgmax == null || lastArgmax.length != output.size()) {
            lastArgmax = new int[output.size()];
        }
        float[] x = input.data();
        float[] y = output.data();
        int[] argmax = lastArgmax;
        kernel.pool().runRanges(inShape[0] * inShape[1], planesPerRange(inShape),
                (from, to, worker) -> MaxPoolPlanes.run(x, inShape, outShape, cfg, y, argmax, from, to));
        lastInputShape = inShape;
        return output;
    }

    /**
     * Each output gradient added to its winner's, rounded once per element as in
     * {@link PoolOps#maxPool2dBackward}: windows that do not overlap (stride at least the window)
     * give every element at most one gradient, added to 0 in float, exactly; overlapping ones
     * sum in double, windows in output order.
     */
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
        gradInput = Buffers.reuse(gradInput, lastInputShape);
        int inPlane = lastInputShape[2] * lastInputShape[3];
        int outPlane = expected[2] * expected[3];
        boolean disjoint = cfg.strideH() >= cfg.kernelH() && cfg.strideW() >= cfg.kernelW();
        if (!disjoint && (sums.length < kernel.threads() || sums[0].length < inPlane)) {
            sums = new double[kernel.threads()][inPlane];
        }
        float[] g = gradOutput.data();
        float[] gx = gradInput.data();
        int[] argmax = lastArgmax;
        double[][] planeSums = sums;
        kernel.pool().runRanges(lastInputShape[0] * lastInputShape[1], planesPerRange(lastInputShape), (from, to, worker) -> {
            if (disjoint) {
                Arrays.fill(gx, from * inPlane, to * inPlane, 0f);
                for (int o = from * outPlane; o < to * outPlane; o++) {
                    gx[argmax[o]] += g[o];
                }
                return;
            }
            double[] s = planeSums[worker];
            for (int plane = from; plane < to; plane++) {
                Arrays.fill(s, 0, inPlane, 0.0);
                int start = plane * inPlane;
                for (int o = plane * outPlane; o < (plane + 1) * outPlane; o++) {
                    s[argmax[o] - start] += g[o];
                }
                for (int i = 0; i < inPlane; i++) {
                    gx[start + i] = (float) s[i];
                }
            }
        });
        return gradInput;
    }

    /** Planes per range: about 4K input elements, some 5 µs of work forward. */
    private static int planesPerRange(int[] inShape) {
        return Math.max(1, 4096 / (inShape[2] * inShape[3]));
    }

    /** One comparison per window element after the first: C·Ho·Wo·(kh·kw − 1). */
    @Override
    public long flops(int[] inputShape) {
        int[] out = outputShape(inputShape);
        return (long) out[1] * out[2] * out[3] * (cfg.kernelH() * cfg.kernelW() - 1);
    }
}
