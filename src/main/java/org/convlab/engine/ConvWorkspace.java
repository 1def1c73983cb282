package org.convlab.engine;

/**
 * Scratch buffers of the fast convolution kernel, kept between calls so training allocates
 * them once per shape: per worker, a block of the column matrix and of its gradient; shared,
 * the transposed weight, the transposed output gradient and the transposed weight gradient.
 * Buffers only grow; a smaller shape reuses them.
 *
 * <p>One workspace serves one call at a time: give each layer (or each thread) its own.
 */
public final class ConvWorkspace {
    private float[][] columns = new float[0][];     // [workers][K·chunk of P]
    private float[][] gradColumns = new float[0][]; // [workers][rows·P]
    private float[] weightT = new float[0];         // [groups][K][Cout/groups]
    private float[] gradOutT = new float[0];        // [N][groups][P][Cout/groups]
    private float[] gradWeightT = new float[0];     // [groups][K + 1][Cout/groups]

    /** Bytes held by the buffers, for diagnostics. */
    public long bytes() {
        long floats = (long) weightT.length + gradOutT.length + gradWeightT.length;
        for (float[] c : columns) {
            floats += c.length;
        }
        for (float[] c : gradColumns) {
            floats += c.length;
        }
        return 4 * floats;
    }

    /** Per-worker column buffers of at least {@code size} floats each, for {@code workers} workers. */
    float[][] columns(int workers, int size) {
        columns = grown(columns, workers, size);
        return columns;
    }

    /** Per-worker column-gradient buffers of at least {@code size} floats each. */
    float[][] gradColumns(int workers, int size) {
        gradColumns = grown(gradColumns, workers, size);
        return gradColumns;
    }

    float[] weightT(int size) {
        if (weightT.length < size) {
            weightT = new float[size];
        }
        return weightT;
    }

    float[] gradOutT(int size) {
        if (gradOutT.length < size) {
            gradOutT = new float[size];
        }
        return gradOutT;
    }

    float[] gradWeightT(int size) {
        if (gradWeightT.length < size) {
            gradWeightT = new float[size];
        }
        return gradWeightT;
    }

    private static float[][] grown(float[][] buffers, int workers, int size) {
        float[][] out = buffers.length >= workers ? buffers : java.util.Arrays.copyOf(buffers, workers);
        for (int i = 0; i < workers; i++) {
            if (out[i] == null || out[i].length < size) {
                out[i] = new float[size];
            }
        }
        return out;
    }
}
