package org.convlab.engine;

import java.util.Arrays;
import java.util.List;

/**
 * Layer normalization of each sample over all its non-batch axes, as
 * {@code torch.nn.LayerNorm(normalizedShape)} on inputs [N, normalizedShape...]; gamma and beta
 * have the normalized shape. The arithmetic lives in {@link NormOps}.
 */
public final class LayerNorm implements Layer {
    public static final float DEFAULT_EPS = 1e-5f;

    private final int[] normalizedShape; // the non-batch axes, for example [F] or [C, H, W]
    private final float eps;
    private final Param gamma; // normalizedShape, PyTorch's "weight", starts at 1
    private final Param beta;  // normalizedShape, PyTorch's "bias", starts at 0
    private Tensor input;      // kept by forward for backward

    public LayerNorm(int... normalizedShape) {
        this(normalizedShape, DEFAULT_EPS);
    }

    public LayerNorm(int[] normalizedShape, float eps) {
        if (normalizedShape.length == 0 || Shapes.size(normalizedShape) < 1) {
            throw new IllegalArgumentException("layer norm needs a non-empty normalized shape, got " + Shapes.describe(normalizedShape));
        }
        NormChecks.requireEps(eps);
        this.normalizedShape = normalizedShape.clone();
        this.eps = eps;
        this.gamma = new Param("weight", Tensor.filled(1f, normalizedShape));
        this.beta = new Param("bias", Tensor.zeros(normalizedShape));
    }

    @Override
    public String name() {
        return "layernorm(" + (normalizedShape.length == 1 ? String.valueOf(normalizedShape[0]) : Shapes.describe(normalizedShape)) + ")";
    }

    @Override
    public int[] outputShape(int[] inputShape) {
        boolean fits = inputShape.length == normalizedShape.length + 1
                && Arrays.equals(inputShape, 1, inputShape.length, normalizedShape, 0, normalizedShape.length);
        if (!fits) {
            throw new IllegalArgumentException("layer norm over " + Shapes.describe(normalizedShape) + " expects [N, "
                    + Shapes.describe(normalizedShape).substring(1) + ", got " + Shapes.describe(inputShape));
        }
        return inputShape.clone();
    }

    @Override
    public Tensor forward(Tensor input, Mode mode) {
        outputShape(input.shape());
        this.input = input;
        return NormOps.layerNorm(input, gamma.value().data(), beta.value().data(), eps).output();
    }

    @Override
    public Tensor backward(Tensor gradOutput) {
        if (input == null) {
            throw new IllegalStateException("backward called before forward on " + name());
        }
        NormOps.NormGrads grads = NormOps.layerNormBackward(input, gamma.value().data(), eps, gradOutput);
        Buffers.addInto(gamma.grad().data(), grads.gamma());
        Buffers.addInto(beta.grad().data(), grads.beta());
        return grads.input();
    }

    @Override
    public List<Param> params() {
        return List.of(gamma, beta);
    }

    /** Per element: subtract the mean, multiply by 1/std, scale by gamma, add beta. */
    @Override
    public long flops(int[] inputShape) {
        outputShape(inputShape);
        return 4L * Shapes.size(normalizedShape);
    }

    /** A copy of the normalized shape. */
    public int[] normalizedShape() {
        return normalizedShape.clone();
    }

    public float eps() {
        return eps;
    }
}
