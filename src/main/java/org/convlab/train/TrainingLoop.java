package org.convlab.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.convlab.data.Dataset;
import org.convlab.engine.ConvKernel;
import org.convlab.engine.LossResult;
import org.convlab.engine.Mode;
import org.convlab.engine.SoftmaxCrossEntropy;
import org.convlab.engine.Tensor;

/**
 * The epochs and batches of one run, on whatever thread calls {@link #run}. Batch buffers and
 * the statistics' weight copies are allocated once; per-layer statistics are computed only for
 * the batches that publish a snapshot. The clock is read once per batch.
 */
final class TrainingLoop {
    private final Model model;
    private final TrainingConfig cfg;
    private final TimeSource clock;
    private final RunControl control;
    private final SnapshotSink sink;
    private final TrainStep step;
    private final Batches train;
    private final Batches test;   // null without a test set
    private final LayerStatsCollector stats;
    private final SplittableRandom shuffleRng;
    private final long intervalNanos;
    private final List<EpochResult> history = new ArrayList<>();
    private final Runnable pauseHandler = this::onPause;   // made once: the checkpoint runs every batch
    private final Runnable resumeHandler = this::onResume;

    // Progress, written by the training thread only.
    private int epoch;
    private int batch;            // batches done (or being done) in this epoch
    private long imagesSeen;
    private double epochLossSum;  // sum of batch loss × batch size
    private long epochCorrect;
    private long epochImages;
    private double batchLoss = Double.NaN;
    private List<LayerStats> layerStats = List.of();
    private long startNanos;
    private long pausedNanos;     // total time spent paused
    private long pauseStart;
    private long lastPublishNanos;
    private long imagesAtLastPublish;
    private double imagesPerSecond;

    /** Where snapshots go; it may throw, which ends the run as failed. */
    interface SnapshotSink {
        void publish(TrainingSnapshot snapshot);
    }

    TrainingLoop(Model model, Dataset trainSet, Dataset testSet, TrainingConfig cfg, TimeSource clock,
                 RunControl control, SnapshotSink sink) {
        this.model = model;
        this.cfg = cfg;
        this.clock = clock;
        this.control = control;
        this.sink = sink;
        this.step = TrainStep.of(model, cfg);
        this.train = new Batches(trainSet, cfg.batchSize());
        this.test = testSet == null ? null : new Batches(testSet, cfg.batchSize());
        this.stats = new LayerStatsCollector(model);
        // A stream of its own, so the order of images does not repeat the initializer's draws.
        this.shuffleRng = new SplittableRandom(cfg.seed()).split();
        this.intervalNanos = cfg.snapshotInterval().toNanos();
    }

    /** Runs the model and the optimizer on {@code kernel} ({@link TrainStep#useKernel}). */
    void useKernel(ConvKernel kernel) {
        step.useKernel(kernel);
    }

    /** Trains until done, cancelled or diverged; returns the final snapshot, which has been published too. */
    TrainingSnapshot run() {
        startNanos = clock.nanoTime();
        lastPublishNanos = startNanos;
        try {
            for (epoch = 1; epoch <= cfg.epochs(); epoch++) {
                String stop = runEpoch();
                if (stop != null) {
                    return stop.isEmpty() ? finish(TrainingState.CANCELLED, "cancelled at " + where())
                            : finish(TrainingState.DIVERGED, "stopped at epoch " + epoch + ", batch " + batch + ": " + stop
                                    + "; try a smaller learning rate" + (cfg.clips() ? "" : " or gradient clipping"));
                }
            }
            epoch = cfg.epochs();
            EpochResult last = history.getLast();
            return finish(TrainingState.FINISHED, "finished " + cfg.epochs() + (cfg.epochs() == 1 ? " epoch" : " epochs")
                    + (Double.isNaN(last.testAccuracy()) ? "" : ": test accuracy " + percent(last.testAccuracy())));
        } catch (RuntimeException | OutOfMemoryError e) {
            return finish(TrainingState.FAILED, "stopped at epoch " + epoch + ", batch " + batch + " by an internal error: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    /** One epoch; null when it completed, "" when cancelled, otherwise what blew up. */
    private String runEpoch() {
        train.shuffle(shuffleRng);
        batch = 0;
        epochLossSum = 0;
        epochCorrect = 0;
        epochImages = 0;
        long epochStart = clock.nanoTime();
        long pausedBefore = pausedNanos;
        for (int b = 0; b < train.count(); b++) {
            if (!control.checkpoint(pauseHandler, resumeHandler)) {
                return "";
            }
            batch = b + 1;
            long stepIndex = (long) (epoch - 1) * train.count() + b;
            step.optimizer().setLearningRate(cfg.schedule().rate(cfg.learningRate(), stepIndex,
                    (long) cfg.epochs() * train.count()));
            long now = clock.nanoTime();
            boolean due = now - lastPublishNanos >= intervalNanos;
            long imagesBefore = imagesSeen; // the images done by the time of the clock reading
            String problem = trainBatch(b, due);
            if (problem != null) {
                return problem;
            }
            if (due) {
                long images = imagesBefore - imagesAtLastPublish;
                imagesPerSecond = now > lastPublishNanos ? images * 1e9 / (now - lastPublishNanos) : imagesPerSecond;
                lastPublishNanos = now;
                imagesAtLastPublish = imagesBefore;
                layerStats = stats.collect();
                sink.publish(snapshot(TrainingState.RUNNING, "epoch " + epoch + " of " + cfg.epochs() + ", batch " + batch
                        + " of " + train.count(), now));
            }
        }
        double trainSeconds = (clock.nanoTime() - epochStart - (pausedNanos - pausedBefore)) / 1e9;
        double[] testFigures = evaluate();
        if (testFigures == null) {
            return "";
        }
        history.add(new EpochResult(epoch, epochLossSum / epochImages, (double) epochCorrect / epochImages,
                testFigures[0], testFigures[1], trainSeconds > 0 ? epochImages / trainSeconds : Double.NaN, trainSeconds));
        publish(TrainingState.RUNNING, "epoch " + epoch + " of " + cfg.epochs() + " done"
                + (Double.isNaN(testFigures[1]) ? "" : ": test accuracy " + percent(testFigures[1])));
        return null;
    }

    /** Forward, checks, backward, checks, update, checks; null when all stayed finite. */
    private String trainBatch(int index, boolean collectStats) {
        Tensor images = train.load(index);
        int[] labels = train.labels(index);
        LossResult loss = step.forward(images, labels);
        batchLoss = loss.loss();
        String problem = Divergence.checkLoss(loss.loss(), model);
        if (problem != null) {
            return problem;
        }
        step.backward(loss);
        problem = Divergence.checkGradients(model);
        if (problem != null) {
            return problem;
        }
        if (collectStats) {
            stats.captureGradientNorms();
            stats.rememberWeights();
        }
        step.update();
        problem = Divergence.checkWeights(model);
        if (problem != null) {
            return problem;
        }
        epochLossSum += loss.loss() * labels.length;
        epochCorrect += step.correct(labels);
        epochImages += labels.length;
        imagesSeen += labels.length;
        return null;
    }

    /** {test loss, test accuracy}, NaN without a test set; null when cancelled. */
    private double[] evaluate() {
        if (test == null) {
            return new double[] {Double.NaN, Double.NaN};
        }
        publish(TrainingState.EVALUATING, "epoch " + epoch + " of " + cfg.epochs() + ": measuring accuracy on "
                + String.format(Locale.ROOT, "%,d", test.imageCount()) + " test images");
        double lossSum = 0;
        long correct = 0;
        for (int b = 0; b < test.count(); b++) {
            if (!control.checkpoint(pauseHandler, resumeHandler)) {
                return null;
            }
            Tensor logits = model.forward(test.load(b), Mode.EVAL);
            int[] labels = test.labels(b);
            lossSum += SoftmaxCrossEntropy.evaluate(logits, labels).loss() * labels.length;
            correct += TrainStep.countCorrect(logits, labels);
        }
        return new double[] {lossSum / test.imageCount(), (double) correct / test.imageCount()};
    }

    private void onPause() {
        pauseStart = clock.nanoTime();
        publish(TrainingState.PAUSED, "paused at " + where());
    }

    private void onResume() {
        long now = clock.nanoTime();
        pausedNanos += now - pauseStart;
        lastPublishNanos = now; // throughput counts from here, not across the pause
        imagesAtLastPublish = imagesSeen;
        publish(TrainingState.RUNNING, "resumed at " + where());
    }

    private TrainingSnapshot finish(TrainingState state, String message) {
        TrainingSnapshot last = snapshot(state, message);
        try {
            sink.publish(last);
        } catch (RuntimeException e) {
            // The run is over either way; a failing listener must not turn the end into an exception.
        }
        return last;
    }

    private void publish(TrainingState state, String message) {
        sink.publish(snapshot(state, message));
    }

    private TrainingSnapshot snapshot(TrainingState state, String message) {
        return snapshot(state, message, clock.nanoTime());
    }

    private TrainingSnapshot snapshot(TrainingState state, String message, long now) {
        double elapsed = (now - startNanos - pausedNanos) / 1e9;
        return new TrainingSnapshot(state, message, epoch, cfg.epochs(), batch, train.count(), imagesSeen, elapsed,
                epochImages == 0 ? Double.NaN : epochLossSum / epochImages,
                epochImages == 0 ? Double.NaN : (double) epochCorrect / epochImages,
                batchLoss, step.optimizer().learningRate(), imagesPerSecond, layerStats, history);
    }

    private String where() {
        if (batch == 0) {
            return "the start of epoch " + epoch + " of " + cfg.epochs();
        }
        return "epoch " + epoch + " of " + cfg.epochs() + " after batch " + batch + " of " + train.count();
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }
}
