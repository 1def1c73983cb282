package org.convlab.engine;

import java.util.Arrays;
import java.util.List;

/**
 * Batch normalization over channel axis 1: BatchNorm1d for inputs [N, F] (and [N, C, L]),
 * BatchNorm2d for [N, C, H, W]. Training normalizes with the batch statistics and folds them
 * into the running statistics with PyTorch's momentum rule; evaluation uses the running ones.
 * The arithmetic lives in {@link NormOps}.
 */
public final class BatchNorm implements Layer {
    public static final float DEFAULT_EPS = 1e-5f;
    public static final float DEFAULT_MOMENTUM = 0.1f;

    private final int channels;
    private final float eps;
    private final float momentum;
    private final Param gamma; // [C], PyTorch's "weight", starts at 1
    private final Param beta;  // [C], PyTorch's "bias", starts at 0
    private float[] runningMean; // [C], starts at 0
    private float[] runningVar;  // [C], starts at 1
    private Tensor input;        // kept by forward for backward
    private Mode mode;

    public BatchNorm(int channels) {
        this(channels, DEFAULT_EPS, DEFAULT_MOMENTUM);
    }

    public BatchNorm(int channels, float eps, float momentum) {
        if (channels < 1) {
            throw new IllegalArgumentException("batch norm needs at least one channel, got " + channels);
        }
        if (!(momentum >= 0 && momentum <= 1)) {
            throw new IllegalArgumentException("momentum must be in [0, 1], got " + momentum);
        }
        NormChecks.requireEps(eps);
        this.channels = channels;
        this.eps = eps;
        this.momentum = momentum;
        this.gamma = new Param("weight", Tensor.filled(1f, channels));
        this.beta = new Param("bias", Tensor.zeros(channels));
        this.runningMean = new float[channels];
        this.runningVar = Tensor.filled(1f, channels).data();
    }

    @Override
    public String name() {
        return "batchnorm(" + channels + ")";
    }

    @Override
    public int[] outputShape(int[] inputShape) {
        if (inputShape.length < 2 || inputShape[1] != channels) {
            throw new IllegalArgumentException("batch norm over " + channels + " channels expects [N, " + channels
                    + "] or [N, " + channels + ", H, W], got " + Shapes.describe(inputShape));
        }
        return inputShape.clone();
    }

    @Override
    public Tensor forward(Tensor input, Mode mode) {
        outputShape(input.shape());
        this.input = input;
        this.mode = mode;
        if (mode == Mode.EVAL) {
            return NormOps.batchNormEval(input, gamma.value().data(), beta.value().data(), runningMean, runningVar, eps);
        }
        NormOps.BatchNormResult r = NormOps.batchNormTrain(input, gamma.value().data(), beta.value().data(), eps);
        int count = input.size() / channels;
        runningMean = NormOps.updatedRunningMean(runningMean, r.mean(), momentum);
        runningVar = NormOps.updatedRunningVar(runningVar, r.var(), count, momentum);
        return r.output();
    }

    @Override
    public Tensor backward(Tensor gradOutput) {
        if (input == null) {
            throw new IllegalStateException("backward called before forward on " + name());
        }
        NormOps.NormGrads grads = mode == Mode.EVAL
                ? NormOps.batchNormEvalBackward(input, gamma.value().data(), runningMean, runningVar, eps, gradOutput)
                : NormOps.batchNormTrainBackward(input, gamma.value().data(), eps, gradOutput);
        Buffers.addInto(gamma.grad().data(), grads.gamma());
        Buffers.addInto(beta.grad().data(), grads.beta());
        return grads.input();
    }

    @Override
    public List<Param> params() {
        return List.of(gamma, beta);
    }

    /** Per element: subtract the mean, multiply by 1/std, scale by gamma, add beta. */
    @Override
    public long flops(int[] inputShape) {
        outputShape(inputShape);
        return 4L * Shapes.size(Arrays.copyOfRange(inputShape, 1, inputShape.length));
    }

    public int channels() {
        return channels;
    }

    public float eps() {
        return eps;
    }

    public float momentum() {
        return momentum;
    }

    /** A copy of the running mean [C]. */
    public float[] runningMean() {
        return runningMean.clone();
    }

    /** A copy of the running (unbiased) variance [C]. */
    public float[] runningVar() {
        return runningVar.clone();
    }

    /** Replaces the running statistics, for example when loading a trained model. */
    public void setRunningStats(float[] mean, float[] var) {
        NormChecks.requireLength("running_mean", mean, channels);
        NormChecks.requireLength("running_var", var, channels);
        this.runningMean = mean.clone();
        this.runningVar = var.clone();
    }
}
