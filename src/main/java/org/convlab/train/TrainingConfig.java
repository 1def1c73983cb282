package org.convlab.train;

import java.time.Duration;

/**
 * How to train: epochs, batch size, optimizer and learning rate, gradient clipping, the seed
 * of the shuffling, threads, and how often snapshots may be published.
 *
 * @param epochs           passes over the training set, at least 1
 * @param batchSize        images per step, at least 1
 * @param optimizer        SGD, momentum SGD or Adam
 * @param learningRate     step size, greater than 0 (the starting one under a decaying schedule)
 * @param schedule         how the learning rate changes from step to step
 * @param momentum         for momentum SGD, in [0, 1)
 * @param clipValue        every gradient element is clamped to ±clipValue; {@link #NO_CLIP} for none
 * @param clipNorm         the gradients are scaled so their global 2-norm is at most clipNorm;
 *                         {@link #NO_CLIP} for none
 * @param seed             seeds the order of the training images in every epoch
 * @param threads          worker threads for the convolution kernel, at least 1 (the training
 *                         thread is one of them); the trainer owns a pool of this size per run
 * @param snapshotInterval least time between two snapshots published during an epoch
 */
public record TrainingConfig(int epochs, int batchSize, OptimizerKind optimizer, double learningRate,
                             LearningRateSchedule schedule, double momentum,
                             double clipValue, double clipNorm, long seed, int threads, Duration snapshotInterval) {
    /** Clipping at infinity: no clipping. */
    public static final double NO_CLIP = Double.POSITIVE_INFINITY;
    // Measured on the bundled MNIST subset with LeNet-5, Adam with linear decay, last-epoch test accuracy
    // over seeds 1 to 8 (docs/training-speed.md has every run): batch 32 at 5e-3 for 15 epochs reached
    // 97.5-98.5% (mean 97.9%), in 10 to 13 s on 2 shared cores. At 4e-3: 97.3-98.0% (mean 97.7%); 20
    // epochs at 4e-3: 97.2-97.9%; batch 64 at 6e-3 for 20 epochs: 97.2-98.0%.
    // (Before the fast engine: batch 8 at 2e-3 for 3 epochs, 97.05-97.65%.)
    public static final int DEFAULT_EPOCHS = 15;
    public static final int DEFAULT_BATCH_SIZE = 32;
    public static final OptimizerKind DEFAULT_OPTIMIZER = OptimizerKind.ADAM;
    public static final double DEFAULT_LEARNING_RATE = 5e-3;
    public static final LearningRateSchedule DEFAULT_SCHEDULE = LearningRateSchedule.LINEAR_DECAY;
    public static final double DEFAULT_MOMENTUM = 0.9;
    public static final long DEFAULT_SEED = 1;
    public static final Duration DEFAULT_SNAPSHOT_INTERVAL = Duration.ofMillis(100);

    public TrainingConfig {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("the batch size must be at least 1, got " + batchSize);
        }
        if (optimizer == null) {
            throw new IllegalArgumentException("an optimizer is needed: sgd, momentum or adam");
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be a number greater than 0, got " + learningRate);
        }
        if (schedule == null) {
            throw new IllegalArgumentException("a learning-rate schedule is needed: constant or linear");
        }
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("momentum must be at least 0 and less than 1, got " + momentum);
        }
        if (!(clipValue > 0)) {
            throw new IllegalArgumentException("the clip value must be greater than 0, got " + clipValue);
        }
        if (!(clipNorm > 0)) {
            throw new IllegalArgumentException("the clip norm must be greater than 0, got " + clipNorm);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (snapshotInterval == null || snapshotInterval.isNegative()) {
            throw new IllegalArgumentException("the snapshot interval must be zero or positive, got " + snapshotInterval);
        }
    }

    /**
     * Adam at 5e-3 decaying linearly, batch 32, 15 epochs, no clipping, seed 1, one thread per core,
     * a snapshot at most every 100 ms.
     */
    public static TrainingConfig defaults() {
        return new TrainingConfig(DEFAULT_EPOCHS, DEFAULT_BATCH_SIZE, DEFAULT_OPTIMIZER, DEFAULT_LEARNING_RATE,
                DEFAULT_SCHEDULE, DEFAULT_MOMENTUM, NO_CLIP, NO_CLIP, DEFAULT_SEED,
                Runtime.getRuntime().availableProcessors(), DEFAULT_SNAPSHOT_INTERVAL);
    }

    public TrainingConfig withEpochs(int newEpochs) {
        return new TrainingConfig(newEpochs, batchSize, optimizer, learningRate, schedule,
                momentum, clipValue, clipNorm, seed, threads, snapshotInterval);
    }

    public TrainingConfig withBatchSize(int newBatchSize) {
        return new TrainingConfig(epochs, newBatchSize, optimizer, learningRate, schedule,
                momentum, clipValue, clipNorm, seed, threads, snapshotInterval);
    }

    public TrainingConfig withOptimizer(OptimizerKind newOptimizer, double newLearningRate) {
        return new TrainingConfig(epochs, batchSize, newOptimizer, newLearningRate, schedule,
                momentum, clipValue, clipNorm, seed, threads, snapshotInterval);
    }

    public TrainingConfig withSchedule(LearningRateSchedule newSchedule) {
        return new TrainingConfig(epochs, batchSize, optimizer, learningRate, newSchedule,
                momentum, clipValue, clipNorm, seed, threads, snapshotInterval);
    }

    public TrainingConfig withMomentum(double newMomentum) {
        return new TrainingConfig(epochs, batchSize, optimizer, learningRate, schedule,
                newMomentum, clipValue, clipNorm, seed, threads, snapshotInterval);
    }

    /** Clipping by value and by global norm; {@link #NO_CLIP} turns either off. */
    public TrainingConfig withClipping(double newClipValue, double newClipNorm) {
        return new TrainingConfig(epochs, batchSize, optimizer, learningRate, schedule,
                momentum, newClipValue, newClipNorm, seed, threads, snapshotInterval);
    }

    public TrainingConfig withSeed(long newSeed) {
        return new TrainingConfig(epochs, batchSize, optimizer, learningRate, schedule,
                momentum, clipValue, clipNorm, newSeed, threads, snapshotInterval);
    }

    public TrainingConfig withThreads(int newThreads) {
        return new TrainingConfig(epochs, batchSize, optimizer, learningRate, schedule,
                momentum, clipValue, clipNorm, seed, newThreads, snapshotInterval);
    }

    public TrainingConfig withSnapshotInterval(Duration newInterval) {
        return new TrainingConfig(epochs, batchSize, optimizer, learningRate, schedule,
                momentum, clipValue, clipNorm, seed, threads, newInterval);
    }

    /** Whether either kind of clipping is on. */
    public boolean clips() {
        return clipValue != NO_CLIP || clipNorm != NO_CLIP;
    }
}
