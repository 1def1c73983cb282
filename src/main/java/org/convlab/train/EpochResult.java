package org.convlab.train;

/**
 * The figures of one finished epoch.
 *
 * @param epoch           1-based
 * @param trainLoss       mean loss over the epoch's training batches
 * @param trainAccuracy   fraction of training images classified right while training, 0..1
 * @param testLoss        mean loss on the test set after the epoch, NaN without a test set
 * @param testAccuracy    fraction of test images classified right, 0..1, NaN without a test set
 * @param imagesPerSecond training images per second of training time (evaluation and pauses excluded)
 * @param trainSeconds    time spent training in this epoch
 */
public record EpochResult(int epoch, double trainLoss, double trainAccuracy, double testLoss, double testAccuracy,
                          double imagesPerSecond, double trainSeconds) {
}
