package org.convlab.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.convlab.engine.PoolConfig;
import org.convlab.engine.Tensor;
import org.junit.jupiter.api.Test;

class PoolTraceTest {
    @Test
    void everyStepEqualsTheEngineOnRandomConfigurations() {
        Random rnd = new Random(11);
        for (int trial = 0; trial < 150; trial++) {
            int kh = 1 + rnd.nextInt(3);
            int kw = 1 + rnd.nextInt(4);
            PoolConfig cfg = new PoolConfig(kh, kw, 1 + rnd.nextInt(3), 1 + rnd.nextInt(3), rnd.nextInt(kh / 2 + 1), rnd.nextInt(kw / 2 + 1));
            int c = 1 + rnd.nextInt(3);
            int h = kh + rnd.nextInt(5);
            int w = kw + rnd.nextInt(5);
            Tensor x = Tensor.zeros(c, h, w);
            for (int i = 0; i < x.size(); i++) {
                // small integers make ties common, so the tie rule is exercised too
                x.data()[i] = rnd.nextInt(5) - 2;
            }
            for (PoolTrace.Kind kind : PoolTrace.Kind.values()) {
                PoolTrace t = PoolTrace.of(x, kind, cfg);
                float[] engine = t.output().data();
                for (int i = 0; i < t.steps(); i++) {
                    PoolTrace.Step s = t.step(i);
                    assertEquals(Float.floatToIntBits(engine[i]), Float.floatToIntBits(s.value()), kind + " trial " + trial + " step " + i);
                    if (kind == PoolTrace.Kind.MAX) {
                        assertEquals(s.value(), s.cells().get(s.winner()).value());
                    }
                }
            }
        }
    }

    @Test
    void tiesGoToTheFirstCellAndPaddingNeverWins() {
        Tensor x = Tensor.of(new float[] {-3, -1, -1, -2}, 1, 2, 2);
        PoolTrace t = PoolTrace.of(x, PoolTrace.Kind.MAX, new PoolConfig(2, 2, 1, 1, 1, 1));
        PoolTrace.Step centre = t.step(t.stepIndex(0, 1, 1));
        assertEquals(-1f, centre.value());
        assertEquals(1, centre.winner()); // (0,1) comes before (1,0)
        PoolTrace.Step corner = t.step(0);
        assertEquals(-3f, corner.value()); // three padding cells, one real
    }

    @Test
    void averageCountsPaddingInTheDivisor() {
        Tensor x = Tensor.of(new float[] {1, 2, 3, 4}, 1, 2, 2);
        PoolTrace.Step s = PoolTrace.of(x, PoolTrace.Kind.AVG, new PoolConfig(2, 2, 1, 1, 1, 1)).step(0);
        assertEquals(4, s.divisor());
        assertEquals(1.0, s.sum());
        assertEquals(0.25f, s.value());
    }

    @Test
    void globalAverageIsOneStepPerChannel() {
        Tensor x = Tensor.of(new float[] {1, 2, 3, 4, 0, 0, 0, 8}, 2, 2, 2);
        PoolTrace t = PoolTrace.of(x, PoolTrace.Kind.GLOBAL_AVG, null);
        assertEquals(2, t.steps());
        assertEquals(2.5f, t.step(0).value());
        assertEquals(2f, t.step(1).value());
        assertEquals(4, t.step(1).cells().size());
    }

    @Test
    void readersOfAreExactlyTheWindowsThatHoldACell() {
        Random rnd = new Random(5);
        for (int trial = 0; trial < 60; trial++) {
            int kh = 1 + rnd.nextInt(4);
            int kw = 1 + rnd.nextInt(4);
            PoolConfig cfg = new PoolConfig(kh, kw, 1 + rnd.nextInt(3), 1 + rnd.nextInt(3), rnd.nextInt(kh / 2 + 1), rnd.nextInt(kw / 2 + 1));
            Tensor x = Tensor.zeros(2, kh + rnd.nextInt(4), kw + rnd.nextInt(4));
            for (PoolTrace.Kind kind : PoolTrace.Kind.values()) {
                PoolTrace t = PoolTrace.of(x, kind, cfg);
                int ph = t.config().padH();
                int pw = t.config().padW();
                for (int iy = -ph; iy < x.dim(1) + ph; iy++) {
                    for (int ix = -pw; ix < x.dim(2) + pw; ix++) {
                        java.util.List<PoolTrace.Reader> expected = new java.util.ArrayList<>();
                        for (int i = 0; i < t.steps(); i++) {
                            PoolTrace.Step s = t.step(i);
                            if (s.channel() != 1) {
                                continue;
                            }
                            for (int k = 0; k < s.cells().size(); k++) {
                                PoolTrace.Cell cell = s.cells().get(k);
                                if (cell.iy() == iy && cell.ix() == ix) {
                                    int kwUsed = t.config().kernelW();
                                    expected.add(new PoolTrace.Reader(1, s.oy(), s.ox(), k / kwUsed, k % kwUsed));
                                }
                            }
                        }
                        assertEquals(expected, t.readersOf(1, iy, ix), kind + " trial " + trial + " cell " + iy + "," + ix);
                    }
                }
                assertEquals(java.util.List.of(), t.readersOf(2, 0, 0), "no such channel");
            }
        }
    }
}
