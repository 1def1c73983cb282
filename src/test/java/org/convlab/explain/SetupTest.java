package org.convlab.explain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.convlab.engine.Tensor;
import org.junit.jupiter.api.Test;

class SetupTest {
    private static final Tensor X5 = Presets.input2d("ramp", 5, 5, 1);

    @Test
    void outputSizeFormulaWithNumbersPluggedIn() {
        OutputSize s = new OutputSize("width", 5, 1, 1, 1, 3, 2);
        assertEquals(3, s.result());
        assertEquals("⌊(5 + 2·1 − 1·(3 − 1) − 1) / 2⌋ + 1 = 3", s.pluggedIn());
        OutputSize bad = new OutputSize("width", 5, 0, 0, 3, 3, 1);
        assertEquals(-1, bad.result()); // floor((5 - 3*2 - 1)/1) + 1
        assertTrue(bad.problem().startsWith("output width would be -1: "), bad.problem());
        assertTrue(bad.problem().contains("spans 7 (dilation 3)"), bad.problem());
    }

    @Test
    void paddingModes() {
        assertArrayEquals(new int[] {0, 0}, PaddingMode.VALID.pads(3, 1, 9, 9));
        assertArrayEquals(new int[] {0, 1}, PaddingMode.SAME.pads(2, 1, 9, 9));
        assertArrayEquals(new int[] {2, 2}, PaddingMode.SAME.pads(3, 2, 9, 9));
        assertArrayEquals(new int[] {2, 2}, PaddingMode.FULL.pads(3, 1, 9, 9));
        assertArrayEquals(new int[] {4, 0}, PaddingMode.CAUSAL.pads(3, 2, 9, 9));
        assertArrayEquals(new int[] {9, 8}, PaddingMode.EXPLICIT.pads(3, 2, 9, 8));
    }

    @Test
    void sameKeepsTheSizeAndFullGrowsIt() {
        ConvSetup s = ConvSetup.of2d(X5, Presets.kernel2d("sobel_x"), null).withPadding(PaddingMode.SAME, PaddingMode.SAME, new int[4]);
        assertArrayEquals(new int[] {1, 5, 5}, s.trace().outputShape());
        ConvSetup f = s.withPadding(PaddingMode.FULL, PaddingMode.FULL, new int[4]);
        assertArrayEquals(new int[] {1, 7, 7}, f.trace().outputShape());
    }

    @Test
    void invalidSetupsAreExplainedNotThrown() {
        ConvSetup s = ConvSetup.of2d(X5, Presets.kernel2d("sobel_x"), null);
        assertEquals(List.of(), s.problems());
        List<String> tooDilated = s.withDilation(3, 3).problems();
        assertEquals(2, tooDilated.size());
        assertTrue(tooDilated.get(0).startsWith("output height would be -1"), tooDilated.get(0));
        assertTrue(s.withStride(2, 2).withPadding(PaddingMode.SAME, PaddingMode.SAME, new int[4]).problems().get(0).contains("stride 1"));
        assertTrue(s.withGroups(2).problems().get(0).contains("must divide the 1 input channels"));
        assertTrue(s.withBias(new float[] {1, 2}).problems().get(0).contains("one bias per filter"));
        assertTrue(s.withPadding(PaddingMode.EXPLICIT, PaddingMode.EXPLICIT, new int[] {0, -1, 0, 0}).problems().get(0).contains("negative"));
    }

    @Test
    void trueConvolutionFlipsTheKernel() {
        Tensor x = Tensor.of(new float[] {0, 0, 1, 0, 0}, 1, 1, 5);
        Tensor k = Tensor.of(new float[] {1, 2, 3}, 1, 1, 1, 3);
        ConvSetup corr = ConvSetup.of1d(x, k, null);
        ConvSetup conv = corr.withFlip(true);
        // Correlation with an impulse gives the kernel backwards; convolution gives it as written.
        assertArrayEquals(new float[] {3, 2, 1}, corr.trace().output().data());
        assertArrayEquals(new float[] {1, 2, 3}, conv.trace().output().data());
    }

    @Test
    void causalPaddingNeverReadsTheFuture() {
        Tensor x = Presets.input1d("ramp", 6, 0);
        ConvSetup s = ConvSetup.of1d(x, Presets.kernel1d("difference"), null).withPadding(PaddingMode.VALID, PaddingMode.CAUSAL, new int[4]);
        ConvTrace t = s.trace();
        assertEquals(6, t.steps());
        for (int i = 0; i < t.steps(); i++) {
            for (ConvTrace.Tap tap : t.step(i).taps()) {
                assertTrue(tap.ix() <= i, "output " + i + " reads input " + tap.ix());
            }
        }
    }

    @Test
    void theBandedMatrixTimesThePaddedInputIsTheConvolution() {
        Tensor x = Presets.input1d("random", 9, 4);
        ConvSetup s = ConvSetup.of1d(x, Presets.kernel1d("gaussian"), null)
                .withPadding(PaddingMode.VALID, PaddingMode.EXPLICIT, new int[] {0, 0, 2, 1}).withStride(1, 2).withDilation(1, 2);
        float[][] m = BandedMatrix.of(s.kernel(), 0, 0, 9, s.config());
        float[] padded = new float[12];
        System.arraycopy(x.data(), 0, padded, 2, 9);
        float[] out = s.trace().output().data();
        assertEquals(out.length, m.length);
        for (int o = 0; o < m.length; o++) {
            double sum = 0;
            for (int j = 0; j < padded.length; j++) {
                sum += (double) m[o][j] * padded[j];
            }
            assertEquals(out[o], (float) sum, 1e-6);
        }
    }

    @Test
    void parameterCountOfAFiveByFiveFilterOnRgb() {
        ConvSetup s = ConvSetup.of2d(Tensor.zeros(3, 8, 8), Tensor.zeros(1, 3, 5, 5), null);
        assertEquals(75, s.parameterCount());
        assertEquals(76, s.withBias(new float[1]).parameterCount());
    }

    @Test
    void poolSetups() {
        PoolSetup p = PoolSetup.max(X5, 2);
        assertArrayEquals(new int[] {1, 2, 2}, p.trace().outputShape());
        assertTrue(p.withPadding(2, 2).problems().get(0).contains("at most half the window"));
        assertTrue(p.withWindow(6, 6).problems().get(0).startsWith("output height would be 0"));
        assertArrayEquals(new int[] {1, 1, 1}, p.withKind(PoolTrace.Kind.GLOBAL_AVG).trace().outputShape());
    }

    @Test
    void shiftingMovesPixelsAndCountsChanges() {
        Tensor x = Tensor.of(new float[] {1, 2, 3, 4}, 1, 2, 2);
        assertArrayEquals(new float[] {0, 1, 0, 3}, Shift.shifted(x, 0, 1).data());
        assertArrayEquals(new float[] {0, 0, 1, 2}, Shift.shifted(x, 1, 0).data());
        assertEquals(4, Shift.countChanged(x, Shift.shifted(x, 0, 1)));
        assertEquals(0, Shift.countChanged(x, Shift.shifted(x, 0, 0)));
        assertArrayEquals(new int[] {0, 1, 2, 3}, Shift.changedIndices(x, Shift.shifted(x, 0, 1)));
        assertArrayEquals(new int[] {1, 3}, Shift.changedIndices(Shift.shifted(x, 0, 1), Shift.shifted(x, 1, 1)));
        // a max pool of 2 over a shifted impulse keeps its output where the shift stays inside the window
        Tensor impulse = Tensor.zeros(1, 4, 4);
        impulse.set(1f, 0, 0, 0);
        Tensor a = PoolSetup.max(impulse, 2).trace().output();
        Tensor b = PoolSetup.max(Shift.shifted(impulse, 0, 1), 2).trace().output();
        Tensor c = PoolSetup.max(Shift.shifted(impulse, 0, 2), 2).trace().output();
        assertEquals(0, Shift.countChanged(a, b));
        assertEquals(2, Shift.countChanged(a, c));
    }

    @Test
    void digitPresetIsASoftSevenThatFitsItsBox() {
        Tensor d = Presets.input2d("digit", 8, 8, 1);
        StringBuilder picture = new StringBuilder();
        int full = 0;
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                float v = d.get(0, y, x);
                assertTrue(v >= 0 && v <= 1 && Math.round(v * 10) == v * 10, "one decimal in [0, 1]: " + v);
                full += v == 1f ? 1 : 0;
                picture.append(v == 1f ? '#' : v > 0 ? '+' : '.');
            }
            picture.append('\n');
        }
        assertTrue(full >= 8 && full <= 20, "a stroke, not a blot:\n" + picture);
        assertEquals(0f, d.get(0, 7, 0), "the corners stay empty:\n" + picture);
        assertEquals(1f, d.get(0, 1, 3), "the top bar:\n" + picture);
        Tensor parsed = LabSpecParser.parse(LabSpec.POOL, java.util.Map.of("input", "digit", "input_size", 8)).pool().input();
        assertArrayEquals(d.data(), parsed.reshape(1, 8, 8).data(), "lessons name it \"digit\"");
        assertEquals("Digit (blob)", Presets.label("digit"));
    }
}
