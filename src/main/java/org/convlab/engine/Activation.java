package org.convlab.engine;

import java.util.Arrays;

/**
 * An element-wise activation y = f(x). Forward keeps x and y; backward multiplies the
 * upstream gradient by f'(x), which each subclass states next to f in terms of x or y.
 *
 * <p>Both passes split the elements into ranges on the kernel's pool (every element is computed
 * on its own, so the thread count cannot change a bit) and write into tensors the layer reuses
 * from batch to batch ({@link Layer}'s rules on buffers).
 */
public abstract sealed class Activation implements Layer permits ReLU, LeakyReLU, ELU, Sigmoid, Tanh {
    /** Elements per range at least: 2 to 4 µs of work, several times what handing a range to a helper costs. */
    static final int GRAIN = 8 * 1024;

    private Tensor input;     // kept by forward for backward
    private Tensor output;    // same shape; reused
    private Tensor gradInput; // same shape; reused
    private ConvKernel kernel = ConvKernel.shared();

    /** f(x). */
    protected abstract float apply(float x);

    /** f'(x), given x and y = f(x). */
    protected abstract float derivative(float x, float y);

    /** y[i] = f(x[i]) for i in from..to-1; subclasses may replace the loop with a tighter one of the same values. */
    void applyRange(float[] x, float[] y, int from, int to) {
        for (int i = from; i < to; i++) {
            y[i] = apply(x[i]);
        }
    }

    /** dx[i] = g[i]·f'(x[i]) for i in from..to-1; subclasses may replace the loop with a tighter one of the same values. */
    void gradientRange(float[] x, float[] y, float[] g, float[] dx, int from, int to) {
        for (int i = from; i < to; i++) {
            dx[i] = g[i] * derivative(x[i], y[i]);
        }
    }

    @Override
    public void useKernel(ConvKernel kernel) {
        if (kernel == null) {
            throw new IllegalArgumentException(name() + ": the kernel must not be null");
        }
        this.kernel = kernel;
    }

    @Override
    public int[] outputShape(int[] inputShape) {
        return inputShape.clone();
    }

    @Override
    public Tensor forward(Tensor input, Mode mode) {
        Tensor out = Buffers.reuse(output, input.shape());
        float[] x = input.data();
        float[] y = out.data();
        kernel.pool().runRanges(x.length, GRAIN, (from, to, worker) -> applyRange(x, y, from, to));
        this.input = input;
        this.output = out;
        return out;
    }

    @Override
    public Tensor backward(Tensor gradOutput) {
        if (input == null) {
            throw new IllegalStateException("backward called before forward on " + name());
        }
        if (!gradOutput.hasShape(input.shape())) {
            throw new IllegalArgumentException("gradient of shape " + Shapes.describe(gradOutput.shape())
                    + " does not match the output shape " + Shapes.describe(input.shape()));
        }
        gradInput = Buffers.reuse(gradInput, input.shape());
        float[] x = input.data();
        float[] y = output.data();
        float[] g = gradOutput.data();
        float[] dx = gradInput.data();
        kernel.pool().runRanges(x.length, GRAIN, (from, to, worker) -> gradientRange(x, y, g, dx, from, to));
        return gradInput;
    }

    /** One operation per element (a compare, or an exponential counted as one). */
    @Override
    public long flops(int[] inputShape) {
        return inputShape.length == 0 ? 0 : Shapes.size(Arrays.copyOfRange(inputShape, 1, inputShape.length));
    }
}
