package org.convlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.convlab.engine.Tensor;
import org.junit.jupiter.api.Test;

class DatasetTest {
    /** Four 1×2×2 images whose pixels all equal their index / 10, labels 0,1,2,0. */
    private static Dataset fourImages() {
        float[] values = new float[4 * 4];
        for (int i = 0; i < values.length; i++) {
            values[i] = (i / 4) / 10f;
        }
        return new Dataset("four", Tensor.wrap(values, 4, 1, 2, 2), new int[] {0, 1, 2, 0}, List.of("a", "b", "c"));
    }

    @Test
    void copyBatchFollowsTheOrderIntoTheLeadingRows() {
        Dataset set = fourImages();
        Tensor buffer = set.newBatchBuffer(3);
        buffer.data()[buffer.size() - 1] = 42f; // the row past `count` must stay untouched
        int[] labels = new int[3];

        set.copyBatch(new int[] {3, 2, 1, 0}, 1, 2, buffer, labels);

        assertEquals(0.2f, buffer.get(0, 0, 1, 1));
        assertEquals(0.1f, buffer.get(1, 0, 0, 0));
        assertEquals(42f, buffer.get(2, 0, 1, 1));
        assertArrayEquals(new int[] {2, 1, 0}, labels);
    }

    @Test
    void copyBatchRejectsAWrongBufferWithBothShapes() {
        Dataset set = fourImages();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> set.copyBatch(new int[] {0, 1}, 0, 2, Tensor.zeros(2, 1, 3, 3), new int[2]));

        assertEquals("a batch of 2 images of four needs a buffer of shape [2, 1, 2, 2] or more rows, not [2, 1, 3, 3]",
                e.getMessage());
    }

    @Test
    void copyBatchRejectsAnIndexOutsideTheSet() {
        Dataset set = fourImages();
        assertThrows(IndexOutOfBoundsException.class,
                () -> set.copyBatch(new int[] {0, 4}, 0, 2, set.newBatchBuffer(2), new int[2]));
        assertThrows(IndexOutOfBoundsException.class,
                () -> set.copyBatch(new int[] {0, 1}, 1, 2, set.newBatchBuffer(2), new int[2]));
    }

    @Test
    void singleImagesAreCopiesShapedAsABatchOfOne() {
        Dataset set = fourImages();
        Tensor image = set.image(2);
        image.data()[0] = 9f;

        assertArrayEquals(new int[] {1, 1, 2, 2}, image.shape());
        assertEquals(0.2f, set.images().get(2, 0, 0, 0));
        assertEquals("c", set.className(set.label(2)));
        assertArrayEquals(new int[] {2, 1, 1}, set.classCounts());
    }

    @Test
    void labelsMustNameAClass() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Dataset("bad", Tensor.zeros(1, 1, 2, 2), new int[] {3}, List.of("a", "b")));
        assertEquals("label 3 of image 0 is outside 0..1", e.getMessage());
    }
}
