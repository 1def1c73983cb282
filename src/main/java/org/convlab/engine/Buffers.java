package org.convlab.engine;

/**
 * The tensors a layer reuses from call to call (the rules are in {@link Layer}'s javadoc), and
 * the element-wise loops over float buffers that the layers and ops share.
 */
final class Buffers {
    private Buffers() {
    }

    /**
     * {@code buffer} when it has {@code shape}, else a new tensor of that shape (zeros); the
     * caller overwrites every element. A batch of another size (the last of an epoch, or an
     * evaluation) replaces the buffer, and the next full batch replaces it back.
     */
    static Tensor reuse(Tensor buffer, int[] shape) {
        return buffer != null && buffer.hasShape(shape) ? buffer : Tensor.zeros(shape);
    }

    /** target[i] += delta[i] for every i (same length): a gradient accumulated, a residual added. */
    static void addInto(float[] target, float[] delta) {
        for (int i = 0; i < target.length; i++) {
            target[i] += delta[i];
        }
    }

    /** Sums accumulated in double, each rounded once to float. */
    static float[] rounded(double[] sums) {
        float[] f = new float[sums.length];
        for (int i = 0; i < sums.length; i++) {
            f[i] = (float) sums[i];
        }
        return f;
    }
}
