package org.convlab.train;

import java.time.Duration;
import org.convlab.data.Dataset;
import org.convlab.data.SyntheticShapes;

/** A training problem small enough for unit tests: 8×8 shapes in 4 classes and a tiny CNN. */
final class TinyProblem {
    static final int IMAGES = 96;
    static final int BATCH = 16;
    static final int BATCHES_PER_EPOCH = IMAGES / BATCH;

    private TinyProblem() {
    }

    static Dataset train() {
        return SyntheticShapes.generate(new SyntheticShapes.Spec(IMAGES, 8, 8, 4, 7, 0.05f, 11));
    }

    static Dataset test() {
        return SyntheticShapes.generate(new SyntheticShapes.Spec(32, 8, 8, 4, 7, 0.05f, 12));
    }

    /** conv 4@3×3 pad 1, ReLU, max-pool 2, dense 4: 40 + 260 parameters. */
    static ModelBuilder modelBuilder() {
        return ModelBuilder.input(1, 8, 8).conv(4, 3, 1).relu().maxPool(2).dense(4);
    }

    static Model model(long seed) {
        return modelBuilder().build(seed);
    }

    /** Adam 0.01 at a constant rate, batch 16, a snapshot after every batch. */
    static TrainingConfig config(int epochs) {
        return TrainingConfig.defaults().withEpochs(epochs).withBatchSize(BATCH)
                .withOptimizer(OptimizerKind.ADAM, 0.01)
                .withSchedule(LearningRateSchedule.CONSTANT).withSeed(5).withThreads(1)
                .withSnapshotInterval(Duration.ZERO);
    }
}
