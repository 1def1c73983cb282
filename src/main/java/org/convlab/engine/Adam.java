package org.convlab.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Adam as {@code torch.optim.Adam} (amsgrad off). At step t, with g' = g + weightDecay * p:
 * m = beta1 m + (1 - beta1) g';  v = beta2 v + (1 - beta2) g'^2;
 * p -= lr / (1 - beta1^t) * m / (sqrt(v) / sqrt(1 - beta2^t) + eps).
 *
 * <p>Per element in double, rounded to float when stored ({@link AdamUpdate} states the order).
 * On a pool of several threads the update runs as one job: over ranges of at most
 * {@value #RANGE} values with the Vector API twin, else one whole parameter per task, largest
 * first (the only shape in which C2 vectorizes the plain loop). Each element is updated on its
 * own, so neither the split nor the twin changes a bit.
 */
public final class Adam implements Optimizer {
    public static final double DEFAULT_BETA1 = 0.9;
    public static final double DEFAULT_BETA2 = 0.999;
    public static final double DEFAULT_EPS = 1e-8;
    /** Values per task when the update is split into ranges: about 8 µs of work per range. */
    static final int RANGE = 4096;

    private final List<Param> params;
    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;
    private final float[][] firstMoment;  // per param, its shape flattened
    private final float[][] secondMoment; // per param, its shape flattened
    private final AdamUpdate arithmetic;  // the plain loop or its Vector API twin (same bits)
    private final int[] bySize;     // parameter indices, largest first: the order whole-parameter tasks are claimed in
    private final int[] rangeParam; // [ranges] which parameter
    private final int[] rangeFrom;  // [ranges] first element
    private EnginePool pool;        // null: the calling thread alone
    private double lr;
    private int steps;

    /** Adam with PyTorch's defaults: betas (0.9, 0.999), eps 1e-8, no weight decay. */
    public Adam(List<Param> params, double lr) {
        this(params, lr, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPS, 0);
    }

    public Adam(List<Param> params, double lr, double beta1, double beta2, double eps, double weightDecay) {
        this(params, lr, beta1, beta2, eps, weightDecay, true);
    }

    /** As the public constructor; {@code allowVectorApi = false} forces the plain loop (same bits). */
    Adam(List<Param> params, double lr, double beta1, double beta2, double eps, double weightDecay, boolean allowVectorApi) {
        this.params = List.copyOf(params);
        this.arithmetic = AdamUpdate.best(allowVectorApi);
        this.lr = Optimizer.requireNonNegative("learning rate", lr);
        this.beta1 = requireBeta("beta1", beta1);
        this.beta2 = requireBeta("beta2", beta2);
        this.eps = Optimizer.requireNonNegative("eps", eps);
        this.weightDecay = Optimizer.requireNonNegative("weight decay", weightDecay);
        this.bySize = IntStream.range(0, this.params.size()).boxed()
                .sorted((a, b) -> Integer.compare(this.params.get(b).value().size(), this.params.get(a).value().size()))
                .mapToInt(Integer::intValue).toArray();
        List<int[]> ranges = new ArrayList<>();
        for (int k = 0; k < this.params.size(); k++) {
            for (int from = 0; from < this.params.get(k).value().size(); from += RANGE) {
                ranges.add(new int[] {k, from});
            }
        }
        this.rangeParam = ranges.stream().mapToInt(r -> r[0]).toArray();
        this.rangeFrom = ranges.stream().mapToInt(r -> r[1]).toArray();
        this.firstMoment = new float[this.params.size()][];
        this.secondMoment = new float[this.params.size()][];
        for (int k = 0; k < this.params.size(); k++) {
            firstMoment[k] = new float[this.params.get(k).value().size()];
            secondMoment[k] = new float[this.params.get(k).value().size()];
        }
    }

    @Override
    public void step() {
        steps++;
        double stepSize = lr / (1 - Math.pow(beta1, steps));
        double sqrtCorrection2 = Math.sqrt(1 - Math.pow(beta2, steps));
        if (pool == null || pool.threads() == 1) {
            for (int k = 0; k < params.size(); k++) {
                update(k, 0, params.get(k).value().size(), stepSize, sqrtCorrection2);
            }
        } else if (arithmetic.vectorized()) {
            pool.run(rangeParam.length, (r, worker) -> {
                int k = rangeParam[r];
                update(k, rangeFrom[r], Math.min(params.get(k).value().size(), rangeFrom[r] + RANGE), stepSize, sqrtCorrection2);
            });
        } else {
            pool.run(bySize.length, (task, worker) ->
                    update(bySize[task], 0, params.get(bySize[task]).value().size(), stepSize, sqrtCorrection2));
        }
    }

    /** Zeroes the gradients, on the pool in the same ranges as the update when there is one. */
    @Override
    public void zeroGrad() {
        if (pool == null || pool.threads() == 1) {
            Optimizer.zeroGrad(params);
            return;
        }
        pool.run(rangeParam.length, (r, worker) -> {
            float[] g = params.get(rangeParam[r]).grad().data();
            Arrays.fill(g, rangeFrom[r], Math.min(g.length, rangeFrom[r] + RANGE), 0f);
        });
    }

    /** The update of elements from..to-1 of parameter k. */
    private void update(int k, int from, int to, double stepSize, double sqrtCorrection2) {
        arithmetic.update(params.get(k).value().data(), params.get(k).grad().data(), firstMoment[k], secondMoment[k],
                from, to, beta1, beta2, eps, weightDecay, stepSize, sqrtCorrection2);
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
