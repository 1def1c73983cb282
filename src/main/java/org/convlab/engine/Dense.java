package org.convlab.engine;

import java.util.List;
import java.util.random.RandomGenerator;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;

/**
 * A fully connected layer like {@code torch.nn.Linear}: y = x W^T + b for an input [N, in],
 * with the weight [out, in] and the bias [out]. The matrix products run in EJML on the
 * tensors' own storage.
 */
public final class Dense implements Layer {
    private final int in;
    private final int out;
    private final Param weight; // [out, in]
    private final Param bias;   // [out], or null without bias
    private Tensor input;       // [N, in], kept by forward for backward

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

    /** y[N, out] = x[N, in] W^T[in, out] + b. */
    @Override
    public Tensor forward(Tensor input, Mode mode) {
        int[] shape = outputShape(input.shape());
        int n = shape[0];
        this.input = input;
        Tensor output = Tensor.zeros(shape);
        CommonOps_FDRM.multTransB(input.asMatrix(n, in), weight.value().asMatrix(out, in), output.asMatrix(n, out));
        if (bias != null) {
            float[] y = output.data();
            float[] b = bias.value().data();
            for (int r = 0; r < n; r++) {
                for (int j = 0; j < out; j++) {
                    y[r * out + j] += b[j];
                }
            }
        }
        return output;
    }

    /** dx[N, in] = g[N, out] W[out, in]; dW[out, in] += g^T x; db[out] += column sums of g. */
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
        FMatrixRMaj g = gradOutput.asMatrix(n, out);
        Tensor gradInput = Tensor.zeros(n, in);
        CommonOps_FDRM.mult(g, weight.value().asMatrix(out, in), gradInput.asMatrix(n, in));
        CommonOps_FDRM.multAddTransA(g, input.asMatrix(n, in), weight.grad().asMatrix(out, in));
        if (bias != null) {
            float[] gd = gradOutput.data();
            float[] db = bias.grad().data();
            for (int j = 0; j < out; j++) {
                double sum = 0;
                for (int r = 0; r < n; r++) {
                    sum += gd[r * out + j];
                }
                db[j] += (float) sum;
            }
        }
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
