package org.convlab.engine;

import java.util.Arrays;

/**
 * Scratch buffers of the fast convolution kernel, kept between calls so training allocates
 * them once per shape: per worker, a column block, a padded image and a wide result; shared,
 * rearranged weights, the transposed output gradient, the transposed weight gradient and the
 * row tables of the products. Buffers only grow; a smaller shape reuses them.
 *
 * <p>One workspace serves one call at a time: give each layer (or each thread) its own.
 */
public final class ConvWorkspace {
    /** Per-worker float buffers. */
    enum Scratch { COLUMNS, PADDED, WIDE }

    /** Shared float buffers, written before a job starts or by disjoint tasks. */
    enum Shared { WEIGHT, GRAD_OUT, GRAD_WEIGHT }

    /** Row tables of the products, filled before a job starts and only read by its tasks. */
    enum Rows { A, B }

    private final float[][][] scratch = new float[Scratch.values().length][0][];
    private final float[][] shared = new float[Shared.values().length][0];
    private final int[][] rows = new int[Rows.values().length][0];

    /** Bytes held by the buffers, for diagnostics. */
    public long bytes() {
        long n = 0;
        for (float[][] perWorker : scratch) {
            for (float[] b : perWorker) {
                n += 4L * b.length;
            }
        }
        for (float[] b : shared) {
            n += 4L * b.length;
        }
        for (int[] r : rows) {
            n += 4L * r.length;
        }
        return n;
    }

    /** Per-worker buffers of at least {@code size} floats each, for {@code workers} workers (contents undefined). */
    float[][] scratch(Scratch which, int workers, int size) {
        float[][] b = scratch[which.ordinal()];
        if (b.length < workers) {
            b = Arrays.copyOf(b, workers);
        }
        for (int i = 0; i < workers; i++) {
            if (b[i] == null || b[i].length < size) {
                b[i] = new float[size];
            }
        }
        scratch[which.ordinal()] = b;
        return b;
    }

    /** A shared buffer of at least {@code size} floats (contents undefined). */
    float[] shared(Shared which, int size) {
        if (shared[which.ordinal()].length < size) {
            shared[which.ordinal()] = new float[size];
        }
        return shared[which.ordinal()];
    }

    /** A row table of at least {@code size} entries (contents undefined). */
    int[] rows(Rows which, int size) {
        if (rows[which.ordinal()].length < size) {
            rows[which.ordinal()] = new int[size];
        }
        return rows[which.ordinal()];
    }
}
