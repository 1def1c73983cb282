package org.convlab.engine;

import java.util.Arrays;
import org.ejml.data.FMatrixRMaj;

/**
 * A dense float32 tensor: a shape and a row-major storage array (NCHW for images).
 *
 * <p>The storage is exposed through {@link #data()} so kernels can work on it without copies;
 * {@link #asMatrix(int, int)} wraps the same storage as an EJML matrix for the linear algebra.
 * {@link #reshape(int...)} shares storage; {@link #copy()} does not.
 */
public final class Tensor {
    private final int[] shape;
    private final float[] data; // row-major, length = product of shape

    private Tensor(float[] data, int[] shape) {
        this.shape = shape;
        this.data = data;
    }

    /** A tensor of zeros. */
    public static Tensor zeros(int... shape) {
        return new Tensor(new float[Shapes.size(shape)], shape.clone());
    }

    /** A tensor with every element set to {@code value}. */
    public static Tensor filled(float value, int... shape) {
        Tensor t = zeros(shape);
        Arrays.fill(t.data, value);
        return t;
    }

    /** Wraps {@code data} (not copied) with the given shape. */
    public static Tensor wrap(float[] data, int... shape) {
        if (data.length != Shapes.size(shape)) {
            throw new IllegalArgumentException("data of length " + data.length
                    + " does not fit shape " + Shapes.describe(shape));
        }
        return new Tensor(data, shape.clone());
    }

    /** A tensor holding a copy of {@code values} with the given shape. */
    public static Tensor of(float[] values, int... shape) {
        return wrap(values.clone(), shape);
    }

    /** A copy of the shape. */
    public int[] shape() {
        return shape.clone();
    }

    public int rank() {
        return shape.length;
    }

    /** The length of one axis; negative axes count from the end, as in PyTorch. */
    public int dim(int axis) {
        int a = axis < 0 ? shape.length + axis : axis;
        if (a < 0 || a >= shape.length) {
            throw new IndexOutOfBoundsException("axis " + axis + " of a tensor of shape " + Shapes.describe(shape));
        }
        return shape[a];
    }

    /** Number of elements. */
    public int size() {
        return data.length;
    }

    /** The live storage, row-major. Writes go straight into this tensor. */
    public float[] data() {
        return data;
    }

    public float get(int... index) {
        return data[offset(index)];
    }

    public void set(float value, int... index) {
        data[offset(index)] = value;
    }

    /** Row-major offset of a full index. */
    public int offset(int... index) {
        if (index.length != shape.length) {
            throw new IllegalArgumentException("index of rank " + index.length + " for a tensor of shape " + Shapes.describe(shape));
        }
        int off = 0;
        for (int i = 0; i < shape.length; i++) {
            if (index[i] < 0 || index[i] >= shape[i]) {
                throw new IndexOutOfBoundsException("index " + Arrays.toString(index) + " outside shape " + Shapes.describe(shape));
            }
            off = off * shape[i] + index[i];
        }
        return off;
    }

    /** The same storage seen with another shape of the same size. */
    public Tensor reshape(int... newShape) {
        if (Shapes.size(newShape) != data.length) {
            throw new IllegalArgumentException("cannot reshape " + Shapes.describe(shape) + " to " + Shapes.describe(newShape));
        }
        return new Tensor(data, newShape.clone());
    }

    public Tensor copy() {
        return new Tensor(data.clone(), shape.clone());
    }

    /** Sets every element to zero. */
    public void zero() {
        Arrays.fill(data, 0f);
    }

    /** This tensor's storage as a rows×cols EJML matrix (shared, not copied). */
    public FMatrixRMaj asMatrix(int rows, int cols) {
        if ((long) rows * cols != data.length) {
            throw new IllegalArgumentException("cannot view " + Shapes.describe(shape) + " as a " + rows + "x" + cols + " matrix");
        }
        return FMatrixRMaj.wrap(rows, cols, data);
    }

    public boolean hasShape(int... other) {
        return Arrays.equals(shape, other);
    }

    @Override
    public String toString() {
        return "Tensor" + Shapes.describe(shape);
    }
}
