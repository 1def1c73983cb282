package org.convlab.engine;

import java.util.Arrays;

/** How an input [N, ...] splits into samples for layer norm: N rows of F features each. */
record RowLayout(int batch, int features) {

    /** Checks the input's rank and the lengths of gamma and beta (beta may be null when not used). */
    static RowLayout of(Tensor input, float[] gamma, float[] beta, float eps) {
        int[] shape = input.shape();
        if (shape.length < 2) {
            throw new IllegalArgumentException("layer norm expects an input [N, F], got shape " + Shapes.describe(shape));
        }
        int features = Shapes.size(Arrays.copyOfRange(shape, 1, shape.length));
        if (features < 1) {
            throw new IllegalArgumentException("layer norm needs at least one feature per sample, got shape " + Shapes.describe(shape));
        }
        NormChecks.requireLength("gamma", gamma, features);
        if (beta != null) {
            NormChecks.requireLength("beta", beta, features);
        }
        NormChecks.requireEps(eps);
        return new RowLayout(shape[0], features);
    }

    /** Mean of the row starting at base, summed in double. */
    double mean(float[] x, int base) {
        double sum = 0;
        for (int f = 0; f < features; f++) {
            sum += x[base + f];
        }
        return sum / features;
    }

    /** Biased variance of the row starting at base, as the mean of squared deviations. */
    double variance(float[] x, int base, double mean) {
        double sum = 0;
        for (int f = 0; f < features; f++) {
            double d = x[base + f] - mean;
            sum += d * d;
        }
        return sum / features;
    }
}
