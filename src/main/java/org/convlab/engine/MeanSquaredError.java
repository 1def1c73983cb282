package org.convlab.engine;

/**
 * Mean squared error over all elements, like {@code torch.nn.MSELoss()}:
 * loss = mean((p - t)^2), d loss / d p = 2 (p - t) / size.
 */
public final class MeanSquaredError {
    private MeanSquaredError() {
    }

    /** The mean loss and its gradient with respect to the prediction (the prediction's shape). */
    public static LossResult evaluate(Tensor prediction, Tensor target) {
        if (!prediction.hasShape(target.shape())) {
            throw new IllegalArgumentException("prediction of shape " + Shapes.describe(prediction.shape())
                    + " and target of shape " + Shapes.describe(target.shape()) + " differ");
        }
        float[] p = prediction.data();
        float[] t = target.data();
        int size = p.length;
        Tensor grad = Tensor.zeros(prediction.shape());
        float[] dp = grad.data();
        double sum = 0;
        for (int i = 0; i < size; i++) {
            double d = (double) p[i] - t[i];
            sum += d * d;
            dp[i] = (float) (2.0 * d / size);
        }
        return new LossResult(size == 0 ? Double.NaN : sum / size, grad);
    }
}
