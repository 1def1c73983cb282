package org.convlab.ui.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.convlab.engine.Tensor;
import org.junit.jupiter.api.Test;

class ImageTensorsTest {
    @Test
    void halvingAveragesEachTwoByTwoBlock() {
        float[] src = {
            1, 3, 0, 0,
            5, 7, 0, 4,
            2, 2, 1, 1,
            2, 2, 1, 1};
        assertArrayEquals(new float[] {4, 1, 2, 1}, ImageTensors.areaAverage(src, 4, 4, 2, 2), 1e-6f);
    }

    @Test
    void fractionalPixelsCountByTheirCoveredPart() {
        // 3 pixels into 2: [a, a/2 + b/2 ... ] each target covers 1.5 source pixels
        float[] out = ImageTensors.areaAverage(new float[] {3, 6, 9}, 1, 3, 1, 2);
        assertEquals((3 + 0.5 * 6) / 1.5, out[0], 1e-5);
        assertEquals((0.5 * 6 + 9) / 1.5, out[1], 1e-5);
    }

    @Test
    void theMeanIsKeptForAnySize() {
        float[] src = new float[37 * 23];
        double sum = 0;
        for (int i = 0; i < src.length; i++) {
            src[i] = (i * 7919 % 101) / 100f;
            sum += src[i];
        }
        for (int[] size : new int[][] {{5, 7}, {10, 3}, {37, 23}, {1, 1}}) {
            float[] out = ImageTensors.areaAverage(src, 37, 23, size[0], size[1]);
            double mean = 0;
            for (float v : out) {
                mean += v;
            }
            assertEquals(sum / src.length, mean / out.length, 1e-4, size[0] + "x" + size[1]);
        }
    }

    @Test
    void pixelsBecomeGreyOrRgbInZeroToOneCroppedToTheAspectRatio() {
        // 4 wide, 2 high: left half red, right half blue; a 2×2 target crops the middle 2×2
        int red = 0xffff0000;
        int blue = 0xff0000ff;
        int[] argb = {red, red, blue, blue, red, red, blue, blue};
        Tensor rgb = ImageTensors.toTensor(argb, 2, 4, 2, 2, true);
        assertArrayEquals(new int[] {3, 2, 2}, rgb.shape());
        assertArrayEquals(new float[] {1, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1}, rgb.data(), 1e-6f);
        Tensor grey = ImageTensors.toTensor(argb, 2, 4, 1, 1, false);
        assertEquals((0.299 + 0.114) / 2, grey.data()[0], 1e-6);
    }
}
