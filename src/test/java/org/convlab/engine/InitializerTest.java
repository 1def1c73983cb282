package org.convlab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Statistics of each initializer on a tensor large enough that, with a fixed seed, the sample
 * standard deviation lands within 3% of the formula (its standard error is under 0.7%).
 */
class InitializerTest {

    @Test
    void fansFollowPyTorchForDenseAndConvWeights() {
        assertEquals(new Fans(20, 10), Fans.of(10, 20));           // dense [out, in]
        assertEquals(new Fans(75, 400), Fans.of(16, 3, 5, 5));     // conv: 3*5*5 in, 16*5*5 out
        assertEquals(new Fans(9, 72), Fans.of(8, 1, 3, 3));        // depthwise: Cin/groups = 1
        assertEquals(new Fans(12, 24), Fans.of(8, 4, 3));          // conv1d [Cout, Cin, k]: 4*3 in, 8*3 out
    }

    @Test
    void fansNeedAtLeastTwoAxes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Fans.of(5));
        assertTrue(e.getMessage().contains("[5]"), e.getMessage());
    }

    @Test
    void zerosAndConstantFillEveryElement() {
        Tensor t = Tensor.filled(3f, 2, 3);
        new Initializer.Zeros().fill(t, 1);
        assertArrayEquals(new float[6], t.data());
        new Initializer.Constant(0.25).fill(t, 1);
        assertArrayEquals(new float[] {0.25f, 0.25f, 0.25f, 0.25f, 0.25f, 0.25f}, t.data());
    }

    @Test
    void normalHasTheRequestedMeanAndStd() {
        Tensor t = Tensor.zeros(100, 100);
        new Initializer.Normal(2, 0.5).fill(t, 7);
        assertEquals(2, mean(t), 0.02);   // standard error 0.005
        assertEquals(0.5, std(t), 0.015);
    }

    @Test
    void fanInUniformStaysWithinOneOverSqrtFanIn() {
        Tensor t = Tensor.zeros(50, 200);
        new Initializer.FanInUniform().fill(t, 8);
        double bound = 1 / Math.sqrt(200); // 0.0707107, std bound/sqrt(3) = 0.0408248
        assertBoundedUniform(t, bound);
    }

    @Test
    void xavierUniformUsesFanInPlusFanOut() {
        Tensor t = Tensor.zeros(100, 300);
        new Initializer.XavierUniform().fill(t, 9);
        assertBoundedUniform(t, Math.sqrt(6.0 / 400)); // 0.1224745
    }

    @Test
    void xavierNormalUsesFanInPlusFanOut() {
        Tensor t = Tensor.zeros(100, 300);
        new Initializer.XavierNormal().fill(t, 10);
        assertEquals(0, mean(t), 0.002);
        assertEquals(Math.sqrt(2.0 / 400), std(t), 0.03 * 0.0707107); // 0.0707107; fan_in alone would give 0.0816
    }

    @Test
    void kaimingUniformUsesFanInOfAConvWeight() {
        Tensor t = Tensor.zeros(256, 8, 3, 3); // fan_in 72, fan_out 2304
        new Initializer.KaimingUniform().fill(t, 11);
        assertBoundedUniform(t, Math.sqrt(6.0 / 72)); // 0.2886751, std sqrt(2/72) = 0.1666667
    }

    @Test
    void kaimingNormalHasStdSqrtTwoOverFanIn() {
        Tensor t = Tensor.zeros(200, 400);
        new Initializer.KaimingNormal().fill(t, 12);
        assertEquals(0, mean(t), 0.002);
        assertEquals(Math.sqrt(2.0 / 400), std(t), 0.03 * 0.0707107);
    }

    @Test
    void sameSeedSameValuesOtherSeedOtherValues() {
        Tensor a = Tensor.zeros(4, 5);
        Tensor b = Tensor.zeros(4, 5);
        Tensor c = Tensor.zeros(4, 5);
        new Initializer.KaimingNormal().fill(a, 3);
        new Initializer.KaimingNormal().fill(b, 3);
        new Initializer.KaimingNormal().fill(c, 4);
        assertArrayEquals(a.data(), b.data());
        assertFalse(Arrays.equals(a.data(), c.data()));
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> new Initializer.Normal(0, -1));
        assertThrows(IllegalArgumentException.class, () -> new Initializer.Uniform(1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Initializer.KaimingUniform().fill(Tensor.zeros(5), 1));
    }

    /** Every value within ±bound, mean near 0, std near bound/sqrt(3) as for a uniform distribution. */
    private static void assertBoundedUniform(Tensor t, double bound) {
        for (float v : t.data()) {
            assertTrue(Math.abs(v) <= bound, v + " outside ±" + bound);
        }
        assertEquals(0, mean(t), 0.02 * bound);
        assertEquals(bound / Math.sqrt(3), std(t), 0.03 * bound / Math.sqrt(3));
    }

    private static double mean(Tensor t) {
        double s = 0;
        for (float v : t.data()) {
            s += v;
        }
        return s / t.size();
    }

    private static double std(Tensor t) {
        double m = mean(t);
        double s = 0;
        for (float v : t.data()) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / t.size());
    }
}
