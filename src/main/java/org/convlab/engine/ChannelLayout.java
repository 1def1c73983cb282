package org.convlab.engine;

/**
 * How an input [N, C, ...] splits into channels for batch norm: element (n, c, i) sits at
 * (n*C + c)*inner + i, where inner is the product of the axes after the channel axis (1 for [N, F]).
 */
record ChannelLayout(int batch, int channels, int inner) {

    /** Checks the input's rank and the lengths of gamma and beta (beta may be null when not used). */
    static ChannelLayout of(Tensor input, float[] gamma, float[] beta, float eps) {
        int[] shape = input.shape();
        if (shape.length < 2) {
            throw new IllegalArgumentException("batch norm expects an input [N, F] or [N, C, H, W], got shape "
                    + Shapes.describe(shape));
        }
        int inner = 1;
        for (int a = 2; a < shape.length; a++) {
            inner *= shape[a];
        }
        NormChecks.requireLength("gamma", gamma, shape[1]);
        if (beta != null) {
            NormChecks.requireLength("beta", beta, shape[1]);
        }
        NormChecks.requireEps(eps);
        return new ChannelLayout(shape[0], shape[1], inner);
    }

    /** Values per channel: N times the spatial size. */
    int count() {
        return batch * inner;
    }

    /** Offset of the first element of sample n, channel c. */
    int start(int n, int c) {
        return (n * channels + c) * inner;
    }

    /** Per-channel means [C], summed in double. */
    double[] means(float[] x) {
        double[] mean = new double[channels];
        for (int c = 0; c < channels; c++) {
            double sum = 0;
            for (int n = 0; n < batch; n++) {
                for (int i = start(n, c), end = i + inner; i < end; i++) {
                    sum += x[i];
                }
            }
            mean[c] = sum / count();
        }
        return mean;
    }

    /** Per-channel biased variances [C], two passes in double: mean of squared deviations. */
    double[] variances(float[] x, double[] mean) {
        double[] var = new double[channels];
        for (int c = 0; c < channels; c++) {
            double sum = 0;
            for (int n = 0; n < batch; n++) {
                for (int i = start(n, c), end = i + inner; i < end; i++) {
                    double d = x[i] - mean[c];
                    sum += d * d;
                }
            }
            var[c] = sum / count();
        }
        return var;
    }
}
