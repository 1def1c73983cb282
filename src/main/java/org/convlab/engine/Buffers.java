package org.convlab.engine;

/** The tensors a layer reuses from call to call (the rules are in {@link Layer}'s javadoc). */
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
}
