package org.convlab.train;

/**
 * What one layer looked like at a training step. Activation figures cover the layer's output
 * over the whole batch; gradient figures are NaN for a layer without its own parameters
 * (activations, pooling, residual blocks, whose members report theirs).
 *
 * @param layerId            for example "conv2"
 * @param activationMean     mean of the layer's output values
 * @param activationStd      standard deviation (population) of the output values
 * @param activationHistogram the output values binned
 * @param gradientNorm       2-norm of the gradient over the layer's parameters, before clipping
 * @param updateRatio        ||parameters after the step − before|| / ||before||: how far one step moved
 *                           them, relative to their size (around 1e-3 is the usual healthy range)
 */
public record LayerStats(String layerId, double activationMean, double activationStd, Histogram activationHistogram,
                         double gradientNorm, double updateRatio) {
}
