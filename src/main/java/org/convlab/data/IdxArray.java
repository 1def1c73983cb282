package org.convlab.data;

import org.convlab.engine.Shapes;

/**
 * The content of an IDX file of unsigned bytes (type 0x08, as MNIST uses): its dimensions
 * and its values, row-major. The first dimension counts items (images, labels).
 */
public final class IdxArray {
    private final int[] dims;
    private final byte[] data; // row-major, length = product of dims; read with & 0xFF

    private IdxArray(byte[] data, int[] dims) {
        this.dims = dims;
        this.data = data;
    }

    /** Wraps {@code data} (not copied); each byte is read as an unsigned value 0..255. */
    public static IdxArray ofUnsignedBytes(byte[] data, int... dims) {
        if (dims.length < 1 || dims.length > IdxFormat.MAX_RANK) {
            throw new IllegalArgumentException("an IDX array has 1 to " + IdxFormat.MAX_RANK
                    + " dimensions, not " + dims.length);
        }
        if (data.length != Shapes.size(dims)) {
            throw new IllegalArgumentException(data.length + " bytes do not fit dimensions " + Shapes.describe(dims));
        }
        return new IdxArray(data, dims.clone());
    }

    /** A label file's content: one byte per label, each 0..255. */
    public static IdxArray ofLabels(int[] labels) {
        byte[] bytes = new byte[labels.length];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] > 255) {
                throw new IllegalArgumentException("label " + labels[i] + " at index " + i + " does not fit in a byte");
            }
            bytes[i] = (byte) labels[i];
        }
        return new IdxArray(bytes, new int[] {labels.length});
    }

    public int[] dims() {
        return dims.clone();
    }

    public int rank() {
        return dims.length;
    }

    /** The first dimension: how many images or labels. */
    public int count() {
        return dims[0];
    }

    /** The live values, row-major. Read them as unsigned: {@code b & 0xFF}. */
    public byte[] data() {
        return data;
    }

    /** Value {@code i} (row-major) as 0..255. */
    public int unsigned(int i) {
        return data[i] & 0xFF;
    }

    @Override
    public String toString() {
        return "IdxArray" + Shapes.describe(dims);
    }
}
