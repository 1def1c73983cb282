package org.convlab.engine;

import java.util.List;

/**
 * Adam as {@code torch.optim.Adam} (amsgrad off). At step t, with g' = g + weightDecay * p:
 * m = beta1 m + (1 - beta1) g';  v = beta2 v + (1 - beta2) g'^2;
 * p -= lr / (1 - beta1^t) * m / (sqrt(v) / sqrt(1 - beta2^t) + eps).
 */
public final class Adam implements Optimizer {
    public static final double DEFAULT_BETA1 = 0.9;
    public static final double DEFAULT_BETA2 = 0.999;
    public static final double DEFAULT_EPS = 1e-8;

    private final List<Param> params;
    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;
    private final float[][] firstMoment;  // per param, its shape flattened
    private final float[][] secondMoment; // per param, its shape flattened
    private final int[] bySize; // parameter indices, largest first: the order tasks are claimed in
    private EnginePool pool;    // null: the calling thread alone
    private double lr;
    private int steps;

    /** Adam with PyTorch's defaults: betas (0.9, 0.999), eps 1e-8, no weight decay. */
    public Adam(List<Param> params, double lr) {
        this(params, lr, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPS, 0);
    }

    public Adam(List<Param> params, double lr, double beta1, double beta2, double eps, double weightDecay) {
        this.params = List.copyOf(params);
        this.lr = Optimizer.requireNonNegative("learning rate", lr);
        this.beta1 = requireBeta("beta1", beta1);
        this.beta2 = requireBeta("beta2", beta2);
        this.eps = Optimizer.requireNonNegative("eps", eps);
        this.weightDecay = Optimizer.requireNonNegative("weight decay", weightDecay);
        this.bySize = java.util.stream.IntStream.range(0, this.params.size()).boxed()
                .sorted((a, b) -> Integer.compare(this.params.get(b).value().size(), this.params.get(a).value().size()))
                .mapToInt(Integer::intValue).toArray();
        this.firstMoment = new float[this.params.size()][];
        this.secondMoment = new float[this.params.size()][];
        for (int k = 0; k < this.params.size(); k++) {
            firstMoment[k] = new float[this.params.get(k).value().size()];
            secondMoment[k] = new float[this.params.get(k).value().size()];
        }
    }

    // Whole parameters, one task each: C2 vectorizes the update loop only in this shape, from a literal 0
    // to the array's length (0.13 ms for LeNet-5's 61,706 values on one thread). Split into ranges it ran
    // 2.4 times slower per element, and float arithmetic, fast on random data, met subnormal squares of
    // small gradients in real training and was slower still (docs/training-speed.md).
    @Override
    public void step() {
        steps++;
        double stepSize = lr / (1 - Math.pow(beta1, steps));
        double sqrtCorrection2 = Math.sqrt(1 - Math.pow(beta2, steps));
        if (pool == null) {
            for (int k = 0; k < params.size(); k++) {
                update(k, stepSize, sqrtCorrection2);
            }
        } else {
            pool.run(bySize.length, (task, worker) -> update(bySize[task], stepSize, sqrtCorrection2));
        }
    }

    /** The update of parameter k, every element. */
    private void update(int k, double stepSize, double sqrtCorrection2) {
        float[] p = params.get(k).value().data();
        float[] g = params.get(k).grad().data();
        float[] m = firstMoment[k];
        float[] v = secondMoment[k];
        for (int i = 0; i < p.length; i++) {
            double grad = g[i] + weightDecay * p[i];
            m[i] = (float) (beta1 * m[i] + (1 - beta1) * grad);
            v[i] = (float) (beta2 * v[i] + (1 - beta2) * grad * grad);
            double denom = Math.sqrt(v[i]) / sqrtCorrection2 + eps;
            p[i] = (float) (p[i] - stepSize * m[i] / denom);
        }
    }

    @Override
    public void usePool(EnginePool pool) {
        this.pool = pool;
    }

    /** Steps taken so far (t in the bias corrections). */
    public int steps() {
        return steps;
    }

    @Override
    public List<Param> params() {
        return params;
    }

    @Override
    public double learningRate() {
        return lr;
    }

    @Override
    public void setLearningRate(double learningRate) {
        this.lr = Optimizer.requireNonNegative("learning rate", learningRate);
    }

    private static double requireBeta(String what, double beta) {
        if (!(beta >= 0 && beta < 1)) {
            throw new IllegalArgumentException(what + " must be in [0, 1), got " + beta);
        }
        return beta;
    }
}
