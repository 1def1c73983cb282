package org.convlab.engine;

import java.util.Arrays;

/**
 * An element-wise activation y = f(x). Forward keeps x and y; backward multiplies the
 * upstream gradient by f'(x), which each subclass states next to f in terms of x or y.
 */
public abstract sealed class Activation implements Layer permits ReLU, LeakyReLU, ELU, Sigmoid, Tanh {
    private Tensor input;  // kept by forward for backward
    private Tensor output; // same shape

    /** f(x). */
    protected abstract float apply(float x);

    /** f'(x), given x and y = f(x). */
    protected abstract float derivative(float x, float y);

    @Override
    public int[] outputShape(int[] inputShape) {
        return inputShape.clone();
    }

    @Override
    public Tensor forward(Tensor input, Mode mode) {
        Tensor out = Tensor.zeros(input.shape());
        float[] x = input.data();
        float[] y = out.data();
        for (int i = 0; i < x.length; i++) {
            y[i] = apply(x[i]);
        }
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
        Tensor gradInput = Tensor.zeros(input.shape());
        float[] x = input.data();
        float[] y = output.data();
        float[] g = gradOutput.data();
        float[] dx = gradInput.data();
        for (int i = 0; i < x.length; i++) {
            dx[i] = g[i] * derivative(x[i], y[i]);
        }
        return gradInput;
    }

    /** One operation per element (a compare, or an exponential counted as one). */
    @Override
    public long flops(int[] inputShape) {
        return inputShape.length == 0 ? 0 : Shapes.size(Arrays.copyOfRange(inputShape, 1, inputShape.length));
    }
}
