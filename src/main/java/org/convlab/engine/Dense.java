package org.convlab.engine;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A fully connected layer like {@code torch.nn.Linear}: y = x W^T + b for an input [N, in],
 * with the weight [out, in] and the bias [out]. The products run on the kernel's matrix product
 * (the Vector API tiles of the convolutions) split over disjoint blocks of rows on its pool
 * ({@link DenseProducts} states each element's summation order); output and input gradient are
 * reused from batch to batch ({@link Layer}'s rules). EJML's products, used here before, ran at
 * 3 to 6 GFLOP/s against 40 to 95 for the vector tiles (docs/training-speed.md).
 */
public final class Dense implements Layer {
    private final int in;
    private final int out;
    private final Param weight; // [out, in]
    private final Param bias;   // [out], or null without bias
    private final DenseProducts products = new DenseProducts(); // scratch kept between batches
    private ConvKernel kernel = ConvKernel.shared();
    private boolean needsInputGradient = true;
    private Tensor input;       // [N, in], kept by forward for backward
    private Tensor output;      // [N, out], reused
    private Tensor gradInput;   // [N, in], reused

    /** Weight and bias start at zero; fill them with an {@link Initializer}. */
    public Dense(int in, int out, boolean bias) {
        if (in < 1 || out < 1) {
            throw new IllegalArgumentException("dense layer needs at least one input and one output, got " + in + " -> " + out);
        }
        this.in = in;
        this.out = out;
        this.weight = new Param("weight", Tensor.zeros(out, in));
        this.bias = bias ? new Param("bias", Tensor.zeros(out)) : null;
    }

    /** PyTorch's default start: weight and bias uniform in ±1/sqrt(in), drawn from {@code rng}. */
    public Dense(int in, int out, boolean bias, RandomGenerator rng) {
        this(in, out, bias);
        new Initializer.FanInUniform().fill(weight.value(), rng);
        if (this.bias != null) {
            double bound = Initializer.fanInBound(weight.value().shape());
            new Initializer.Uniform(-bound, bound).fill(this.bias.value(), rng);
        }
    }

    @Override
    public String name() {
        return "dense(" + in + " -> " + out + (bias == null ? ", no bias" : "") + ")";
    }

    @Override
    public int[] outputShape(int[] inputShape) {
        if (inputShape.length != 2 || inputShape[1] != in) {
            throw new IllegalArgumentException("dense layer expects an input [N, " + in + "], got " + Shapes.describe(inputShape)
                    + (inputShape.length > 2 ? " (flatten it first)" : ""));
        }
        return new int[] {inputShape[0], out};
    }

    @Override
    public void useKernel(ConvKernel kernel) {
        if (kernel == null) {
            throw new IllegalArgumentException(name() + ": the kernel must not be null");
        }
        this.kernel = kernel;
    }

    @Override
    public void setNeedsInputGradient(boolean needed) {
        this.needsInputGradient = needed;
    }

    /** y[N, out] = x[N, in] W^T[in, out] + b. */
    @Override
    public Tensor forward(Tensor input, Mode mode) {
        int[] shape = outputShape(input.shape());
        this.input = input;
        output = Buffers.reuse(output, shape);
        products.forward(kernel, shape[0], in, out, input.data(), weight.value().data(),
                bias == null ? null : bias.value().data(), output.data());
        return output;
    }

    /**
     * dx[N, in] = g[N, out] W[out, in]; dW[out, in] += g^T x; db[out] += column sums of g.
     * Returns dx, or null when told no input gradient is needed.
     */
    @Override
    public Tensor backward(Tensor gradOutput) {
        if (input == null) {
            throw new IllegalStateException("backward called before forward on " + name());
        }
        int n = input.dim(0);
        if (!gradOutput.hasShape(n, out)) {
            throw new IllegalArgumentException("gradient of shape " + Shapes.describe(gradOutput.shape())
                    + " does not match the output shape " + Shapes.describe(n, out));
        }
        gradInput = needsInputGradient ? Buffers.reuse(gradInput, input.shape()) : null;
        products.backward(kernel, n, in, out, input.data(), weight.value().data(), gradOutput.data(),
                gradInput == null ? null : gradInput.data(), weight.grad().data(), bias == null ? null : bias.grad().data());
        return gradInput;
    }

    @Override
    public List<Param> params() {
        return bias == null ? List.of(weight) : List.of(weight, bias);
    }

    /** A multiply and an add per weight, plus one add per bias. */
    @Override
    public long flops(int[] inputShape) {
        outputShape(inputShape);
        return 2L * in * out + (bias == null ? 0 : out);
    }

    public int inFeatures() {
        return in;
    }

    public int outFeatures() {
        return out;
    }

    public Param weight() {
        return weight;
    }

    /** The bias, or null for a layer without one. */
    public Param bias() {
        return bias;
    }
}
