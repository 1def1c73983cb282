package org.convlab.engine;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Inverted dropout, like {@code torch.nn.Dropout(p)}: in training each element is zeroed with
 * probability p and the kept ones are scaled by 1/(1-p), so the expected output equals the
 * input; in evaluation it is the identity. The masks come from a generator seeded at
 * construction: two layers with the same seed draw the same sequence of masks.
 */
public final class Dropout implements Layer {
    private final double p;
    private final long seed;
    private final SplittableRandom rng;
    private float[] scale; // per element of the last training forward: 0 or 1/(1-p); null after an evaluation forward
    private int[] shape;   // of the last input

    public Dropout(double p, long seed) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("dropout probability must be in [0, 1], got " + p);
        }
        this.p = p;
        this.seed = seed;
        this.rng = new SplittableRandom(seed);
    }

    public double p() {
        return p;
    }

    public long seed() {
        return seed;
    }

    @Override
    public String name() {
        return "dropout(" + p + ")";
    }

    @Override
    public int[] outputShape(int[] inputShape) {
        return inputShape.clone();
    }

    @Override
    public Tensor forward(Tensor input, Mode mode) {
        this.shape = input.shape();
        if (mode == Mode.EVAL) {
            scale = null;
            return input.copy();
        }
        float kept = p < 1 ? (float) (1.0 / (1.0 - p)) : 0f; // p = 1 drops everything
        float[] x = input.data();
        scale = new float[x.length];
        Tensor out = Tensor.zeros(shape);
        float[] y = out.data();
        for (int i = 0; i < x.length; i++) {
            scale[i] = rng.nextDouble() < p ? 0f : kept;
            y[i] = x[i] * scale[i];
        }
        return out;
    }

    @Override
    public Tensor backward(Tensor gradOutput) {
        if (shape == null) {
            throw new IllegalStateException("backward called before forward on " + name());
        }
        if (!gradOutput.hasShape(shape)) {
            throw new IllegalArgumentException("gradient of shape " + Shapes.describe(gradOutput.shape())
                    + " does not match the output shape " + Shapes.describe(shape));
        }
        Tensor gradInput = gradOutput.copy();
        if (scale != null) {
            float[] g = gradInput.data();
            for (int i = 0; i < g.length; i++) {
                g[i] *= scale[i];
            }
        }
        return gradInput;
    }

    /** The scale of each element in the last training forward (0 for dropped, 1/(1-p) for kept); null after evaluation. */
    public float[] lastScale() {
        return scale == null ? null : scale.clone();
    }

    /** One multiply per element. */
    @Override
    public long flops(int[] inputShape) {
        return inputShape.length == 0 ? 0 : Shapes.size(Arrays.copyOfRange(inputShape, 1, inputShape.length));
    }
}
