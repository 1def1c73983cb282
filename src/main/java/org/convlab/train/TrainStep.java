package org.convlab.train;

import org.convlab.engine.ConvKernel;
import org.convlab.engine.GradClipping;
import org.convlab.engine.LossResult;
import org.convlab.engine.Mode;
import org.convlab.engine.Optimizer;
import org.convlab.engine.SoftmaxCrossEntropy;
import org.convlab.engine.Tensor;

/**
 * One optimization step on one batch, in three phases so the trainer can check for NaN and
 * infinity in between: {@link #forward} (loss of the batch), {@link #backward} (gradients),
 * {@link #update} (clipping, then the optimizer). {@link #run} does all three, for benchmarks.
 */
public final class TrainStep {
    private final Model model;
    private final Optimizer optimizer;
    private final double clipValue; // TrainingConfig.NO_CLIP for none
    private final double clipNorm;  // TrainingConfig.NO_CLIP for none
    private Tensor logits;          // [N, K] of the last forward pass

    public TrainStep(Model model, Optimizer optimizer, double clipValue, double clipNorm) {
        this.model = model;
        this.optimizer = optimizer;
        this.clipValue = clipValue;
        this.clipNorm = clipNorm;
    }

    /** A step with the optimizer and clipping {@code config} asks for. */
    public static TrainStep of(Model model, TrainingConfig config) {
        Optimizer optimizer = config.optimizer().create(model.params(), config.learningRate(), config.momentum());
        return new TrainStep(model, optimizer, config.clipValue(), config.clipNorm());
    }

    /**
     * Runs the model's layers on {@code kernel} and splits the optimizer's updates over its pool
     * ({@link Model#useKernel}, {@link Optimizer#usePool}); the results do not depend on its threads.
     */
    public void useKernel(ConvKernel kernel) {
        model.useKernel(kernel);
        optimizer.usePool(kernel.pool());
    }

    /** Zeroes the gradients, runs the batch forward in training mode and returns the mean cross-entropy and its gradient. */
    public LossResult forward(Tensor images, int[] labels) {
        optimizer.zeroGrad();
        logits = model.forward(images, Mode.TRAIN);
        return SoftmaxCrossEntropy.evaluate(logits, labels);
    }

    /** Backpropagates the loss of {@link #forward} into every parameter's gradient. */
    public void backward(LossResult loss) {
        model.backward(loss.gradInput());
    }

    /** Clips the gradients as configured (by value first, then by global norm) and lets the optimizer step. */
    public void update() {
        if (clipValue != TrainingConfig.NO_CLIP) {
            GradClipping.clipByValue(optimizer.params(), clipValue);
        }
        if (clipNorm != TrainingConfig.NO_CLIP) {
            GradClipping.clipByGlobalNorm(optimizer.params(), clipNorm);
        }
        optimizer.step();
    }

    /** All three phases; returns the batch's loss. */
    public double run(Tensor images, int[] labels) {
        LossResult loss = forward(images, labels);
        backward(loss);
        update();
        return loss.loss();
    }

    /** How many rows of the last forward pass's logits pick the label (the first maximum wins ties). */
    public int correct(int[] labels) {
        return countCorrect(logits, labels);
    }

    static int countCorrect(Tensor logits, int[] labels) {
        float[] z = logits.data();
        int k = logits.dim(1);
        int right = 0;
        for (int r = 0; r < labels.length; r++) {
            int best = 0;
            for (int j = 1; j < k; j++) {
                if (z[r * k + j] > z[r * k + best]) {
                    best = j;
                }
            }
            if (best == labels[r]) {
                right++;
            }
        }
        return right;
    }

    public Optimizer optimizer() {
        return optimizer;
    }
}
