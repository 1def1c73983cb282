package org.convlab.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.convlab.engine.Conv2dConfig;
import org.convlab.engine.Tensor;
import org.junit.jupiter.api.Test;

class ConvTraceTest {
    private static Tensor random(Random rnd, int... shape) {
        Tensor t = Tensor.zeros(shape);
        for (int i = 0; i < t.size(); i++) {
            t.data()[i] = (float) rnd.nextGaussian();
        }
        return t;
    }

    @Test
    void everyStepEqualsTheEngineBitForBitOnRandomConfigurations() {
        Random rnd = new Random(7);
        for (int trial = 0; trial < 120; trial++) {
            int groups = 1 + rnd.nextInt(3);
            int cin = groups * (1 + rnd.nextInt(2));
            int cout = groups * (1 + rnd.nextInt(2));
            int kh = 1 + rnd.nextInt(3);
            int kw = 1 + rnd.nextInt(4);
            int dh = 1 + rnd.nextInt(2);
            int dw = 1 + rnd.nextInt(3);
            int h = dh * (kh - 1) + 1 + rnd.nextInt(5);
            int w = dw * (kw - 1) + 1 + rnd.nextInt(6);
            Conv2dConfig cfg = new Conv2dConfig(1 + rnd.nextInt(3), 1 + rnd.nextInt(3), rnd.nextInt(3), rnd.nextInt(3),
                    rnd.nextInt(3), rnd.nextInt(2), dh, dw, groups);
            Tensor x = random(rnd, cin, h, w);
            Tensor k = random(rnd, cout, cin / groups, kh, kw);
            float[] bias = rnd.nextBoolean() ? random(rnd, cout).data() : null;
            ConvTrace trace = ConvTrace.of(x, k, bias, cfg);
            float[] engine = trace.output().data();
            assertEquals(engine.length, trace.steps());
            for (int i = 0; i < trace.steps(); i++) {
                ConvTrace.Step s = trace.step(i);
                assertEquals(Float.floatToIntBits(engine[i]), Float.floatToIntBits(s.value()),
                        "trial " + trial + " step " + i + ": " + s.value() + " vs engine " + engine[i]);
                assertEquals(cin / groups * kh * kw, s.taps().size());
            }
        }
    }

    @Test
    void aStepShowsPaddingProductsAndRunningSums() {
        // 2x2 input, 2x2 kernel of ones, padding 1: the first output reads only x[0][0], the rest is padding.
        Tensor x = Tensor.of(new float[] {1, 2, 3, 4}, 1, 2, 2);
        Tensor k = Tensor.of(new float[] {1, 1, 1, 1}, 1, 1, 2, 2);
        ConvTrace t = ConvTrace.of(x, k, new float[] {0.5f}, Conv2dConfig.of(1, 1, 1, 1));
        ConvTrace.Step s = t.step(0);
        assertEquals(4, s.taps().size());
        assertTrue(s.taps().get(0).padding());
        assertTrue(s.taps().get(2).padding());
        ConvTrace.Tap last = s.taps().get(3);
        assertFalse(last.padding());
        assertEquals(0, last.iy());
        assertEquals(0, last.ix());
        assertEquals(1.0, last.product());
        assertEquals(1.0, last.runningSum());
        assertEquals(1.5f, s.value());
        assertTrue(s.hasBias());
        // the centre output (1,1) reads all four
        ConvTrace.Step centre = t.step(t.stepIndex(0, 1, 1));
        assertEquals(10.5f, centre.value());
        assertEquals(10.0, centre.channelSums()[0]);
    }

    @Test
    void dilatedTapsSkipInputs() {
        Tensor x = Tensor.of(new float[] {1, 2, 3, 4, 5}, 1, 1, 5);
        Tensor k = Tensor.of(new float[] {1, 1}, 1, 1, 1, 2);
        ConvTrace t = ConvTrace.of(x, k, null, new Conv2dConfig(1, 1, 0, 0, 0, 0, 1, 3, 1));
        ConvTrace.Step s = t.step(1);
        assertEquals(1, s.taps().get(0).ix());
        assertEquals(4, s.taps().get(1).ix());
        assertEquals(7f, s.value());
    }

    @Test
    void readersOfAnInputAreTheStepsThatReadIt() {
        Random rnd = new Random(3);
        Tensor x = random(rnd, 4, 6, 7);
        Tensor k = random(rnd, 4, 2, 3, 2);
        Conv2dConfig cfg = new Conv2dConfig(2, 1, 1, 0, 1, 2, 1, 2, 2);
        ConvTrace t = ConvTrace.of(x, k, null, cfg);
        int[] out = t.outputShape();
        for (int c = 0; c < 4; c++) {
            for (int iy = 0; iy < 6; iy++) {
                for (int ix = 0; ix < 7; ix++) {
                    var readers = t.readersOf(c, iy, ix);
                    int expected = 0;
                    for (int i = 0; i < t.steps(); i++) {
                        for (ConvTrace.Tap tap : t.step(i).taps()) {
                            if (tap.channel() == c && tap.iy() == iy && tap.ix() == ix) {
                                expected++;
                                ConvTrace.Step s = t.step(i);
                                assertTrue(readers.contains(new ConvTrace.Reader(s.outChannel(), s.oy(), s.ox(), tap.ky(), tap.kx())));
                            }
                        }
                    }
                    assertEquals(expected, readers.size(), "readers of " + c + "," + iy + "," + ix + " in " + out.length);
                }
            }
        }
    }

    @Test
    void aHugeTraceCostsNothingUntilAStepIsAskedFor() {
        Tensor x = Tensor.zeros(3, 224, 224);
        Tensor k = Tensor.filled(1f, 64, 3, 3, 3);
        long before = usedMemory();
        ConvTrace t = ConvTrace.of(x, k, null, Conv2dConfig.of(1, 1, 1, 1));
        ConvTrace.Step last = t.step(t.steps() - 1);
        long grown = usedMemory() - before;
        assertEquals(64 * 224 * 224, t.steps());
        assertEquals(27, last.taps().size());
        assertTrue(grown < 32L << 20, "building a trace and one step should not allocate every step: grew " + grown + " bytes");
    }

    private static long usedMemory() {
        Runtime r = Runtime.getRuntime();
        System.gc();
        return r.totalMemory() - r.freeMemory();
    }
}
