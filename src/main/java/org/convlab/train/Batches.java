package org.convlab.train;

import java.util.SplittableRandom;
import org.convlab.data.Dataset;
import org.convlab.engine.Tensor;

/**
 * The batches of a data set in an order that can be reshuffled, with the image and label
 * buffers allocated once: one for full batches and one for the smaller last batch, if any.
 */
final class Batches {
    private final Dataset data;
    private final int batchSize;
    private final int[] order;      // [N], image indices in the current order
    private final Tensor full;      // [batchSize, C, H, W]
    private final int[] fullLabels; // [batchSize]
    private final Tensor tail;      // [N % batchSize, C, H, W], or null when batches divide N
    private final int[] tailLabels; // [N % batchSize]

    Batches(Dataset data, int batchSize) {
        this.data = data;
        int n = data.size();
        this.batchSize = Math.min(batchSize, n);
        this.order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        this.full = data.newBatchBuffer(this.batchSize);
        this.fullLabels = new int[this.batchSize];
        int rest = n % this.batchSize;
        this.tail = rest == 0 ? null : data.newBatchBuffer(rest);
        this.tailLabels = new int[rest];
    }

    int count() {
        return (order.length + batchSize - 1) / batchSize;
    }

    int imageCount() {
        return order.length;
    }

    /** A new order (Fisher-Yates), drawn from {@code rng}. */
    void shuffle(SplittableRandom rng) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }

    /** Copies batch {@code index} into its buffer and returns the buffer; {@link #labels} has its labels. */
    Tensor load(int index) {
        int from = index * batchSize;
        int count = Math.min(batchSize, order.length - from);
        boolean isTail = count < batchSize;
        data.copyBatch(order, from, count, isTail ? tail : full, isTail ? tailLabels : fullLabels);
        return isTail ? tail : full;
    }

    /** The labels of batch {@code index}, valid after {@link #load}. */
    int[] labels(int index) {
        int count = Math.min(batchSize, order.length - index * batchSize);
        return count < batchSize ? tailLabels : fullLabels;
    }
}
