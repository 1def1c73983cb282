package org.convlab.train;

/**
 * Receives the snapshots of a training run. It is called on the training thread, so it should
 * return quickly; a JavaFX view hands the snapshot over with {@code Platform.runLater(() -> show(s))}.
 * Snapshots during an epoch come at most once per {@link TrainingConfig#snapshotInterval()};
 * state changes (evaluation, epoch end, pause, resume, the final state) always get one.
 */
@FunctionalInterface
public interface TrainingListener {
    void onSnapshot(TrainingSnapshot snapshot);
}
