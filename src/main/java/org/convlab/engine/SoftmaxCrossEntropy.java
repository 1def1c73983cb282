package org.convlab.engine;

/**
 * Softmax cross-entropy on logits [N, K] with integer labels, like
 * {@code torch.nn.CrossEntropyLoss()} (mean over the batch):
 * loss = mean_n (logsumexp(z_n) - z_n[y_n]), d loss / d z_n = (softmax(z_n) - onehot(y_n)) / N.
 * Subtracting each row's maximum before exponentiating keeps exp from overflowing.
 */
public final class SoftmaxCrossEntropy {
    private SoftmaxCrossEntropy() {
    }

    /** The mean loss and its gradient [N, K] with respect to the logits. */
    public static LossResult evaluate(Tensor logits, int[] labels) {
        int[] nk = requireLogits(logits);
        int n = nk[0];
        int k = nk[1];
        requireLabels(labels, n, k);
        float[] z = logits.data();
        Tensor grad = Tensor.zeros(n, k);
        float[] dz = grad.data();
        double total = 0;
        for (int r = 0; r < n; r++) {
            int base = r * k;
            double max = rowMax(z, base, k);
            double sumExp = 0;
            for (int j = 0; j < k; j++) {
                sumExp += Math.exp(z[base + j] - max);
            }
            double logSumExp = max + Math.log(sumExp);
            total += logSumExp - z[base + labels[r]];
            for (int j = 0; j < k; j++) {
                double prob = Math.exp(z[base + j] - logSumExp);
                dz[base + j] = (float) ((prob - (j == labels[r] ? 1 : 0)) / n);
            }
        }
        return new LossResult(n == 0 ? Double.NaN : total / n, grad);
    }

    /** Softmax of each row [N, K]: exp(z - max) / sum(exp(z - max)). */
    public static Tensor probabilities(Tensor logits) {
        int[] nk = requireLogits(logits);
        int k = nk[1];
        float[] z = logits.data();
        Tensor probs = Tensor.zeros(nk);
        float[] p = probs.data();
        for (int base = 0; base < z.length; base += k) {
            double max = rowMax(z, base, k);
            double sumExp = 0;
            for (int j = 0; j < k; j++) {
                sumExp += Math.exp(z[base + j] - max);
            }
            for (int j = 0; j < k; j++) {
                p[base + j] = (float) (Math.exp(z[base + j] - max) / sumExp);
            }
        }
        return probs;
    }

    private static double rowMax(float[] z, int base, int k) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < k; j++) {
            max = Math.max(max, z[base + j]);
        }
        return max;
    }

    private static int[] requireLogits(Tensor logits) {
        if (logits.rank() != 2 || logits.dim(1) < 1) {
            throw new IllegalArgumentException("cross-entropy expects logits [N, K] with K >= 1, got " + Shapes.describe(logits.shape()));
        }
        return logits.shape();
    }

    private static void requireLabels(int[] labels, int n, int k) {
        if (labels.length != n) {
            throw new IllegalArgumentException(labels.length + " labels for logits [" + n + ", " + k + "]; expected " + n);
        }
        for (int r = 0; r < n; r++) {
            if (labels[r] < 0 || labels[r] >= k) {
                throw new IllegalArgumentException("label " + labels[r] + " of sample " + r + " is outside 0.." + (k - 1)
                        + " for logits [" + n + ", " + k + "]");
            }
        }
    }
}
