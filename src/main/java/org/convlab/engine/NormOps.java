package org.convlab.engine;

/**
 * Batch and layer normalization as stateless functions, PyTorch semantics. The
 * {@link BatchNorm} and {@link LayerNorm} layers and the {@code compute} command both call
 * these, so there is one implementation.
 *
 * <p>Batch norm normalizes each channel (axis 1) over every other axis: an input [N, F] has F
 * channels of N values, an input [N, C, H, W] has C channels of N*H*W values. Layer norm
 * normalizes each sample over all its non-batch axes. Both use the biased variance
 * (divide by the count). Means, variances and the sums of the backward passes accumulate in
 * double; each result element is rounded to float once.
 */
public final class NormOps {
    private NormOps() {
    }

    /** Normalized output, and the per-channel batch mean [C] and biased batch variance [C]. */
    public record BatchNormResult(Tensor output, float[] mean, float[] var) {
    }

    /** Gradients of sum(output * gradOutput): input (input's shape), gamma [C or F], beta [C or F]. */
    public record NormGrads(Tensor input, float[] gamma, float[] beta) {
    }

    /** Normalized output, and per-sample mean [N] and biased variance [N]. */
    public record LayerNormResult(Tensor output, float[] mean, float[] var) {
    }

    // ---- batch norm, training: batch statistics ------------------------------------------

    /**
     * y = (x - mean_c) / sqrt(var_c + eps) * gamma_c + beta_c with the batch mean and biased
     * batch variance of each channel. Like PyTorch, refuses a channel of a single value.
     */
    public static BatchNormResult batchNormTrain(Tensor input, float[] gamma, float[] beta, float eps) {
        ChannelLayout layout = ChannelLayout.of(input, gamma, beta, eps);
        requireSeveralPerChannel(input, layout);
        double[] mean = layout.means(input.data());
        double[] var = layout.variances(input.data(), mean);
        Tensor output = normalize(input, layout, mean, var, gamma, beta, eps);
        return new BatchNormResult(output, Buffers.rounded(mean), Buffers.rounded(var));
    }

    /**
     * Backward of {@link #batchNormTrain}; the batch statistics depend on x, hence
     * dx = gamma * invStd / m * (m*g - sum(g) - xhat * sum(g*xhat)) over each channel's m values.
     */
    public static NormGrads batchNormTrainBackward(Tensor input, float[] gamma, float eps, Tensor gradOutput) {
        ChannelLayout layout = ChannelLayout.of(input, gamma, null, eps);
        requireSeveralPerChannel(input, layout);
        requireSameShape(input, gradOutput);
        float[] x = input.data();
        float[] g = gradOutput.data();
        double[] mean = layout.means(x);
        double[] var = layout.variances(x, mean);
        Tensor gradInput = Tensor.zeros(input.shape());
        float[] dx = gradInput.data();
        float[] dGamma = new float[layout.channels()];
        float[] dBeta = new float[layout.channels()];
        double m = layout.count();
        for (int c = 0; c < layout.channels(); c++) {
            double invStd = 1.0 / Math.sqrt(var[c] + eps);
            double sumG = 0;
            double sumGXhat = 0;
            for (int n = 0; n < layout.batch(); n++) {
                for (int i = layout.start(n, c), end = i + layout.inner(); i < end; i++) {
                    sumG += g[i];
                    sumGXhat += g[i] * (x[i] - mean[c]) * invStd;
                }
            }
            double scale = gamma[c] * invStd / m;
            for (int n = 0; n < layout.batch(); n++) {
                for (int i = layout.start(n, c), end = i + layout.inner(); i < end; i++) {
                    double xhat = (x[i] - mean[c]) * invStd;
                    dx[i] = (float) (scale * (m * g[i] - sumG - xhat * sumGXhat));
                }
            }
            dGamma[c] = (float) sumGXhat;
            dBeta[c] = (float) sumG;
        }
        return new NormGrads(gradInput, dGamma, dBeta);
    }

    // ---- batch norm, evaluation: running statistics --------------------------------------

    /** y = (x - runningMean_c) / sqrt(runningVar_c + eps) * gamma_c + beta_c. */
    public static Tensor batchNormEval(Tensor input, float[] gamma, float[] beta,
                                       float[] runningMean, float[] runningVar, float eps) {
        ChannelLayout layout = ChannelLayout.of(input, gamma, beta, eps);
        requireRunningStats(layout, runningMean, runningVar);
        return normalize(input, layout, toDoubles(runningMean), toDoubles(runningVar), gamma, beta, eps);
    }

    /** Backward of {@link #batchNormEval}: the statistics are constants, so dx = g * gamma * invStd. */
    public static NormGrads batchNormEvalBackward(Tensor input, float[] gamma, float[] runningMean,
                                                  float[] runningVar, float eps, Tensor gradOutput) {
        ChannelLayout layout = ChannelLayout.of(input, gamma, null, eps);
        requireRunningStats(layout, runningMean, runningVar);
        requireSameShape(input, gradOutput);
        float[] x = input.data();
        float[] g = gradOutput.data();
        Tensor gradInput = Tensor.zeros(input.shape());
        float[] dx = gradInput.data();
        float[] dGamma = new float[layout.channels()];
        float[] dBeta = new float[layout.channels()];
        for (int c = 0; c < layout.channels(); c++) {
            double invStd = 1.0 / Math.sqrt((double) runningVar[c] + eps);
            double sumG = 0;
            double sumGXhat = 0;
            for (int n = 0; n < layout.batch(); n++) {
                for (int i = layout.start(n, c), end = i + layout.inner(); i < end; i++) {
                    sumG += g[i];
                    sumGXhat += g[i] * (x[i] - (double) runningMean[c]) * invStd;
                    dx[i] = (float) (g[i] * gamma[c] * invStd);
                }
            }
            dGamma[c] = (float) sumGXhat;
            dBeta[c] = (float) sumG;
        }
        return new NormGrads(gradInput, dGamma, dBeta);
    }

    // ---- running statistics --------------------------------------------------------------

    /** PyTorch's update: (1 - momentum) * running + momentum * batchMean, per channel. */
    public static float[] updatedRunningMean(float[] running, float[] batchMean, float momentum) {
        requireSameLength("batch mean", batchMean, running);
        float[] out = new float[running.length];
        for (int c = 0; c < out.length; c++) {
            out[c] = (float) ((1.0 - momentum) * running[c] + (double) momentum * batchMean[c]);
        }
        return out;
    }

    /**
     * PyTorch's update with the unbiased batch variance: (1 - momentum) * running
     * + momentum * batchVarBiased * count / (count - 1), where count is the number of values per channel.
     */
    public static float[] updatedRunningVar(float[] running, float[] batchVarBiased, int count, float momentum) {
        requireSameLength("batch variance", batchVarBiased, running);
        if (count < 2) {
            throw new IllegalArgumentException("the unbiased variance needs at least 2 values per channel, got " + count);
        }
        double bessel = count / (count - 1.0);
        float[] out = new float[running.length];
        for (int c = 0; c < out.length; c++) {
            out[c] = (float) ((1.0 - momentum) * running[c] + (double) momentum * batchVarBiased[c] * bessel);
        }
        return out;
    }

    // ---- layer norm ----------------------------------------------------------------------

    /**
     * y = (x - mean_n) / sqrt(var_n + eps) * gamma + beta, statistics over each sample's
     * features. The input is [N, F] (or [N, ...], the non-batch axes flattened to F features).
     */
    public static LayerNormResult layerNorm(Tensor input, float[] gamma, float[] beta, float eps) {
        RowLayout rows = RowLayout.of(input, gamma, beta, eps);
        float[] x = input.data();
        Tensor output = Tensor.zeros(input.shape());
        float[] y = output.data();
        float[] means = new float[rows.batch()];
        float[] vars = new float[rows.batch()];
        for (int n = 0; n < rows.batch(); n++) {
            int base = n * rows.features();
            double mean = rows.mean(x, base);
            double var = rows.variance(x, base, mean);
            double invStd = 1.0 / Math.sqrt(var + eps);
            for (int f = 0; f < rows.features(); f++) {
                y[base + f] = (float) ((x[base + f] - mean) * invStd * gamma[f] + beta[f]);
            }
            means[n] = (float) mean;
            vars[n] = (float) var;
        }
        return new LayerNormResult(output, means, vars);
    }

    /**
     * Backward of {@link #layerNorm}. Per sample with d = g * gamma over its F features:
     * dx = invStd / F * (F*d - sum(d) - xhat * sum(d*xhat)); dgamma and dbeta sum over samples.
     */
    public static NormGrads layerNormBackward(Tensor input, float[] gamma, float eps, Tensor gradOutput) {
        RowLayout rows = RowLayout.of(input, gamma, null, eps);
        requireSameShape(input, gradOutput);
        float[] x = input.data();
        float[] g = gradOutput.data();
        Tensor gradInput = Tensor.zeros(input.shape());
        float[] dx = gradInput.data();
        int features = rows.features();
        double[] dGamma = new double[features];
        double[] dBeta = new double[features];
        double[] xhat = new double[features]; // one sample's normalized values
        for (int n = 0; n < rows.batch(); n++) {
            int base = n * features;
            double mean = rows.mean(x, base);
            double invStd = 1.0 / Math.sqrt(rows.variance(x, base, mean) + eps);
            double sumD = 0;
            double sumDXhat = 0;
            for (int f = 0; f < features; f++) {
                xhat[f] = (x[base + f] - mean) * invStd;
                double d = (double) g[base + f] * gamma[f];
                sumD += d;
                sumDXhat += d * xhat[f];
                dGamma[f] += g[base + f] * xhat[f];
                dBeta[f] += g[base + f];
            }
            for (int f = 0; f < features; f++) {
                double d = (double) g[base + f] * gamma[f];
                dx[base + f] = (float) (invStd / features * (features * d - sumD - xhat[f] * sumDXhat));
            }
        }
        return new NormGrads(gradInput, Buffers.rounded(dGamma), Buffers.rounded(dBeta));
    }

    // ---- shared helpers ------------------------------------------------------------------

    /** y = (x - mean_c) / sqrt(var_c + eps) * gamma_c + beta_c, computed in double, rounded once. */
    private static Tensor normalize(Tensor input, ChannelLayout layout, double[] mean, double[] var,
                                    float[] gamma, float[] beta, float eps) {
        float[] x = input.data();
        Tensor output = Tensor.zeros(input.shape());
        float[] y = output.data();
        for (int c = 0; c < layout.channels(); c++) {
            double invStd = 1.0 / Math.sqrt(var[c] + eps);
            for (int n = 0; n < layout.batch(); n++) {
                for (int i = layout.start(n, c), end = i + layout.inner(); i < end; i++) {
                    y[i] = (float) ((x[i] - mean[c]) * invStd * gamma[c] + beta[c]);
                }
            }
        }
        return output;
    }

    private static void requireSeveralPerChannel(Tensor input, ChannelLayout layout) {
        if (layout.count() < 2) {
            throw new IllegalArgumentException("batch norm in training needs more than one value per channel, got input of shape "
                    + Shapes.describe(input.shape()) + " (use eval mode for a single sample)");
        }
    }

    private static void requireRunningStats(ChannelLayout layout, float[] runningMean, float[] runningVar) {
        NormChecks.requireLength("running_mean", runningMean, layout.channels());
        NormChecks.requireLength("running_var", runningVar, layout.channels());
        for (int c = 0; c < runningVar.length; c++) {
            if (!(runningVar[c] >= 0)) {
                throw new IllegalArgumentException("running_var must not be negative, got " + runningVar[c] + " for channel " + c);
            }
        }
    }

    private static void requireSameShape(Tensor input, Tensor gradOutput) {
        if (!gradOutput.hasShape(input.shape())) {
            throw new IllegalArgumentException("gradient of shape " + Shapes.describe(gradOutput.shape())
                    + " does not match the output shape " + Shapes.describe(input.shape()));
        }
    }

    private static void requireSameLength(String what, float[] values, float[] running) {
        NormChecks.requireLength(what, values, running.length);
    }


    private static double[] toDoubles(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
