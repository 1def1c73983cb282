package org.convlab.data;

import java.util.List;
import org.convlab.engine.Shapes;
import org.convlab.engine.Tensor;

/**
 * A labelled image data set held in memory: images as one float tensor [N, C, H, W] with
 * values in [0, 1], one class label per image, and the names of the classes.
 *
 * <p>Immutable by contract: {@link #images()} hands out the live tensor so views and batches
 * need no copy, and callers must not write to it.
 */
public final class Dataset {
    private final String name;
    private final Tensor images;   // [N, C, H, W], values in [0, 1]
    private final int[] labels;    // [N], each in [0, classNames.size())
    private final List<String> classNames;

    /** Takes {@code images} as it is (not copied) and a copy of {@code labels}. */
    public Dataset(String name, Tensor images, int[] labels, List<String> classNames) {
        if (images.rank() != 4) {
            throw new IllegalArgumentException("images must be [N, C, H, W], not " + Shapes.describe(images.shape()));
        }
        if (labels.length != images.dim(0)) {
            throw new IllegalArgumentException(images.dim(0) + " images but " + labels.length + " labels");
        }
        if (classNames.isEmpty()) {
            throw new IllegalArgumentException("a data set needs at least one class name");
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classNames.size()) {
                throw new IllegalArgumentException("label " + labels[i] + " of image " + i
                        + " is outside 0.." + (classNames.size() - 1));
            }
        }
        this.name = name;
        this.images = images;
        this.labels = labels.clone();
        this.classNames = List.copyOf(classNames);
    }

    /** What to call it on screen, such as "MNIST subset (train)". */
    public String name() {
        return name;
    }

    /** Number of images, N. */
    public int size() {
        return labels.length;
    }

    public int channels() {
        return images.dim(1);
    }

    public int height() {
        return images.dim(2);
    }

    public int width() {
        return images.dim(3);
    }

    /** The live [N, C, H, W] tensor. Do not write to it. */
    public Tensor images() {
        return images;
    }

    /** A copy of image {@code i}, shaped [1, C, H, W]: a batch of one. */
    public Tensor image(int i) {
        checkIndex(i);
        int item = itemSize();
        float[] copy = new float[item];
        System.arraycopy(images.data(), i * item, copy, 0, item);
        return Tensor.wrap(copy, 1, channels(), height(), width());
    }

    public int label(int i) {
        checkIndex(i);
        return labels[i];
    }

    /** A copy of all labels. */
    public int[] labels() {
        return labels.clone();
    }

    public List<String> classNames() {
        return classNames;
    }

    public int numClasses() {
        return classNames.size();
    }

    public String className(int label) {
        return classNames.get(label);
    }

    /** How many images each class has, indexed by label. */
    public int[] classCounts() {
        int[] counts = new int[numClasses()];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }

    /** A zeroed buffer for batches of up to {@code batchSize} images: [batchSize, C, H, W]. */
    public Tensor newBatchBuffer(int batchSize) {
        return Tensor.zeros(batchSize, channels(), height(), width());
    }

    /**
     * Copies the images {@code order[from] .. order[from + count - 1]} into rows 0..count-1 of
     * {@code imagesOut} and their labels into {@code labelsOut[0 .. count - 1]}. Rows past
     * {@code count} are left as they are. Allocates nothing, so a training loop can call it
     * for every batch.
     *
     * @param order     image indices, for example a shuffled permutation of 0..N-1 (read)
     * @param imagesOut [B, C, H, W] with B &ge; count (written)
     * @param labelsOut length &ge; count (written)
     */
    public void copyBatch(int[] order, int from, int count, Tensor imagesOut, int[] labelsOut) {
        if (from < 0 || count < 0 || from + count > order.length) {
            throw new IndexOutOfBoundsException("batch " + from + ".." + (from + count) + " of an order of length " + order.length);
        }
        if (imagesOut.rank() != 4 || imagesOut.dim(0) < count || imagesOut.dim(1) != channels()
                || imagesOut.dim(2) != height() || imagesOut.dim(3) != width()) {
            throw new IllegalArgumentException("a batch of " + count + " images of " + name + " needs a buffer of shape "
                    + Shapes.describe(count, channels(), height(), width()) + " or more rows, not "
                    + Shapes.describe(imagesOut.shape()));
        }
        if (labelsOut.length < count) {
            throw new IllegalArgumentException("a batch of " + count + " needs " + count + " label slots, not " + labelsOut.length);
        }
        int item = itemSize();
        float[] source = images.data();
        float[] target = imagesOut.data();
        for (int b = 0; b < count; b++) {
            int i = order[from + b];
            checkIndex(i);
            System.arraycopy(source, i * item, target, b * item, item);
            labelsOut[b] = labels[i];
        }
    }

    @Override
    public String toString() {
        return name + " " + Shapes.describe(images.shape()) + ", " + numClasses() + " classes";
    }

    private int itemSize() {
        return channels() * height() * width();
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= labels.length) {
            throw new IndexOutOfBoundsException("image " + i + " of " + name + ", which has " + labels.length);
        }
    }
}
