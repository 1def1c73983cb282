package org.convlab.train;

import java.util.List;

/**
 * An immutable picture of a training run, published to a {@link TrainingListener}.
 *
 * @param state           where the run is
 * @param message         one plain-language line, for example "epoch 2 of 3, batch 31 of 250" or
 *                        "stopped at epoch 2, batch 31: the gradient of conv2.weight became infinite; try a smaller learning rate"
 * @param epoch           the current epoch, 1-based
 * @param epochs          epochs planned
 * @param batch           the batch most recently worked on in this epoch, 1-based (0 before the first)
 * @param batchesPerEpoch batches in one epoch (the last may be smaller than the batch size)
 * @param imagesSeen      training images processed since the start
 * @param elapsedSeconds  time since the start, pauses excluded
 * @param loss            mean training loss over this epoch's batches so far (NaN before the first)
 * @param accuracy        training accuracy over this epoch's batches so far, 0..1
 * @param batchLoss       loss of the most recent batch
 * @param learningRate    the learning rate of the most recent step (it changes under a decaying schedule)
 * @param imagesPerSecond training images per second since the previous snapshot
 * @param layers          per-layer statistics of the most recent batch that computed them, in
 *                        forward order; empty until the first
 * @param history         the finished epochs, in order
 */
public record TrainingSnapshot(TrainingState state, String message, int epoch, int epochs, int batch,
                               int batchesPerEpoch, long imagesSeen, double elapsedSeconds, double loss,
                               double accuracy, double batchLoss, double learningRate, double imagesPerSecond,
                               List<LayerStats> layers,
                               List<EpochResult> history) {
    public TrainingSnapshot {
        layers = List.copyOf(layers);
        history = List.copyOf(history);
    }

    /** The statistics of the layer with this id, or null when there are none yet. */
    public LayerStats layer(String id) {
        return layers.stream().filter(s -> s.layerId().equals(id)).findFirst().orElse(null);
    }

    /** The most recent finished epoch, or null before the first. */
    public EpochResult lastEpoch() {
        return history.isEmpty() ? null : history.getLast();
    }
}
