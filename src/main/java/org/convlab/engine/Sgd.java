package org.convlab.engine;

import java.util.List;

/**
 * Stochastic gradient descent as {@code torch.optim.SGD} (no dampening, no Nesterov):
 * g' = g + weightDecay * p; with momentum mu, v = mu * v + g' (v starts at 0, so the first
 * step has v = g'); p -= lr * v. Without momentum p -= lr * g'.
 */
public final class Sgd implements Optimizer {
    private final List<Param> params;
    private final double momentum;
    private final double weightDecay;
    private final float[][] velocity; // per param, its shape flattened; null without momentum
    private double lr;

    /** Plain SGD. */
    public Sgd(List<Param> params, double lr) {
        this(params, lr, 0, 0);
    }

    public Sgd(List<Param> params, double lr, double momentum, double weightDecay) {
        this.params = List.copyOf(params);
        this.lr = Optimizer.requireNonNegative("learning rate", lr);
        this.momentum = Optimizer.requireNonNegative("momentum", momentum);
        this.weightDecay = Optimizer.requireNonNegative("weight decay", weightDecay);
        this.velocity = momentum == 0 ? null : new float[this.params.size()][];
        if (velocity != null) {
            for (int k = 0; k < velocity.length; k++) {
                velocity[k] = new float[this.params.get(k).value().size()];
            }
        }
    }

    @Override
    public void step() {
        float decay = (float) weightDecay;
        float mu = (float) momentum;
        float rate = (float) lr;
        for (int k = 0; k < params.size(); k++) {
            float[] p = params.get(k).value().data();
            float[] g = params.get(k).grad().data();
            float[] v = velocity == null ? null : velocity[k];
            for (int i = 0; i < p.length; i++) {
                float d = g[i] + decay * p[i];
                if (v != null) {
                    v[i] = mu * v[i] + d;
                    d = v[i];
                }
                p[i] -= rate * d;
            }
        }
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

    public double momentum() {
        return momentum;
    }

    public double weightDecay() {
        return weightDecay;
    }
}
