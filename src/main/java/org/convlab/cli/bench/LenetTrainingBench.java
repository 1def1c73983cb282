package org.convlab.cli.bench;

import java.util.Arrays;
import org.convlab.data.Dataset;
import org.convlab.data.SyntheticShapes;
import org.convlab.engine.ConvKernel;
import org.convlab.engine.Tensor;
import org.convlab.train.Model;
import org.convlab.train.Models;
import org.convlab.train.OptimizerKind;
import org.convlab.train.TrainStep;
import org.convlab.train.TrainingConfig;

/**
 * Training throughput of LeNet-5 in images per second: full steps (forward, loss, backward,
 * Adam update) on batches of {@value #BATCH} 1×28×28 images, exactly as the trainer runs them,
 * timed by a {@link BenchTimer} (warm-up until the JIT settles, then the median of samples).
 */
public final class LenetTrainingBench {
    public static final int BATCH = 32;
    private static final int DISTINCT_BATCHES = 8; // cycled through: different images, no data loading in the timing
    private static final long SEED = 1;

    private LenetTrainingBench() {
    }

    /** The median training throughput, with the layers and the optimizer on {@code kernel}. */
    public static double imagesPerSecond(ConvKernel kernel, BenchTimer timer) {
        Model model = Models.lenet5().build(SEED);
        TrainStep step = TrainStep.of(model, TrainingConfig.defaults().withOptimizer(OptimizerKind.ADAM, 1e-3));
        step.useKernel(kernel);
        Dataset images = SyntheticShapes.generate(DISTINCT_BATCHES * BATCH, SEED);
        Tensor[] batches = new Tensor[DISTINCT_BATCHES];
        int[][] labels = new int[DISTINCT_BATCHES][BATCH];
        int[] order = new int[DISTINCT_BATCHES * BATCH];
        Arrays.setAll(order, i -> i);
        for (int b = 0; b < DISTINCT_BATCHES; b++) {
            batches[b] = images.newBatchBuffer(BATCH);
            images.copyBatch(order, b * BATCH, BATCH, batches[b], labels[b]);
        }
        int[] next = {0};
        double seconds = timer.secondsPerCall(() -> {
            int b = next[0]++ % DISTINCT_BATCHES;
            step.run(batches[b], labels[b]);
        });
        return BATCH / seconds;
    }
}
