package org.convlab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fast kernel against itself (thread counts, vector and scalar paths: bitwise) and against
 * the reference ConvOps (float32 against double accumulation: within 1e-4 of the terms' size).
 */
class ConvKernelTest {
    private static final List<RandomConvCase> CASES = RandomConvCase.cases(20250611L, 40);
    private static EnginePool one;
    private static EnginePool two;
    private static EnginePool three;

    @BeforeAll
    static void startPools() {
        one = new EnginePool(1);
        two = new EnginePool(2);
        three = new EnginePool(3); // more workers than this machine's cores: other blocks, other interleavings
    }

    @AfterAll
    static void stopPools() {
        one.close();
        two.close();
        three.close();
    }

    @Test
    void testsRunWithTheVectorApiSoBothPathsAreCovered() {
        assertTrue(Gemms.vectorApiPresent(), "surefire's argLine must add --add-modules jdk.incubator.vector");
        assertTrue(new ConvKernel(one).vectorized());
    }

    @ParameterizedTest
    @EnumSource(ConvPlan.Policy.class)
    void multithreadedRunsEqualTheSingleThreadedRunBitwise(ConvPlan.Policy policy) {
        ConvKernel single = new ConvKernel(one, true, policy);
        for (ConvKernel multi : List.of(new ConvKernel(two, true, policy), new ConvKernel(three, true, policy))) {
            for (RandomConvCase c : CASES) {
                assertBitwiseEqual(c.label() + ", " + policy + ", " + multi.threads() + " threads",
                        c.runOn(single, new ConvWorkspace()), c.runOn(multi, new ConvWorkspace()));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ConvPlan.Policy.class)
    void vectorPathEqualsScalarPathBitwise(ConvPlan.Policy policy) {
        ConvKernel scalar = new ConvKernel(two, false, policy);
        ConvKernel vector = new ConvKernel(two, true, policy);
        assertTrue(!scalar.vectorized() && vector.vectorized());
        for (RandomConvCase c : CASES) {
            assertBitwiseEqual(c.label() + ", " + policy + ", vector vs scalar",
                    c.runOn(scalar, new ConvWorkspace()), c.runOn(vector, new ConvWorkspace()));
        }
    }

    @Test
    void directAndColumnsGiveTheSameForwardAndWeightGradientBits() {
        ConvKernel columns = new ConvKernel(two, true, ConvPlan.Policy.COLUMNS);
        ConvKernel direct = new ConvKernel(two, true, ConvPlan.Policy.DIRECT);
        int strideOne = 0;
        for (RandomConvCase c : CASES) {
            strideOne += c.cfg().strideH() == 1 && c.cfg().strideW() == 1 ? 1 : 0;
            RandomConvCase.Result a = c.runOn(columns, new ConvWorkspace());
            RandomConvCase.Result b = c.runOn(direct, new ConvWorkspace());
            assertArrayEquals(a.output().data(), b.output().data(), c.label() + ": output");
            assertArrayEquals(a.grads().weight().data(), b.grads().weight().data(), c.label() + ": weight gradient");
            if (c.hasBias()) {
                assertArrayEquals(a.grads().bias().data(), b.grads().bias().data(), c.label() + ": bias gradient");
            }
        }
        assertTrue(strideOne >= 8, "only " + strideOne + " cases with stride 1 exercise the direct path");
    }

    @ParameterizedTest
    @EnumSource(ConvPlan.Policy.class)
    void agreesWithTheReferenceWithinOneTenThousandthOfTheTermsSize(ConvPlan.Policy policy) {
        ConvKernel kernel = new ConvKernel(two, true, policy);
        for (RandomConvCase c : CASES) {
            RandomConvCase.Result fast = c.runOn(kernel, new ConvWorkspace());
            ReferenceRun ref = ReferenceRun.of(c);
            assertClose(c.label() + ", output", ref.output(), ref.outputMagnitude(), fast.output());
            assertClose(c.label() + ", input gradient", ref.grads().input(), ref.magnitudes().input(), fast.grads().input());
            assertClose(c.label() + ", weight gradient", ref.grads().weight(), ref.magnitudes().weight(), fast.grads().weight());
            if (c.hasBias()) {
                assertClose(c.label() + ", bias gradient", ref.grads().bias(), ref.magnitudes().bias(), fast.grads().bias());
            } else {
                assertNull(fast.grads().bias(), c.label());
            }
        }
    }

    @Test
    void aReusedWorkspaceAndOutputBuffersGiveTheSameBitsAsFreshOnes() {
        ConvKernel kernel = new ConvKernel(two);
        ConvWorkspace ws = new ConvWorkspace();
        for (RandomConvCase c : CASES) { // shapes change from call to call: buffers grow, stale contents must not leak
            RandomConvCase.Result fresh = c.runOn(kernel, new ConvWorkspace());
            Tensor y = Tensor.filled(Float.NaN, fresh.output().shape());
            assertSame(y, kernel.forward(c.input(), c.weight(), c.bias(), c.cfg(), ws, y));
            ConvOps.ConvGrads out = new ConvOps.ConvGrads(Tensor.filled(Float.NaN, c.input().shape()),
                    Tensor.filled(Float.NaN, c.weight().shape()), c.hasBias() ? Tensor.filled(Float.NaN, c.weight().dim(0)) : null);
            assertSame(out, kernel.backward(c.input(), c.weight(), c.hasBias(), c.gradOutput(), c.cfg(), ws, out));
            assertBitwiseEqual(c.label() + ", reused buffers", fresh, new RandomConvCase.Result(y, out));
        }
    }

    @Test
    void wrongBuffersAreRejectedWithBothShapes() {
        ConvKernel kernel = new ConvKernel(one);
        RandomConvCase c = CASES.getFirst();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> kernel.forward(c.input(), c.weight(), c.bias(), c.cfg(), new ConvWorkspace(), Tensor.zeros(1, 2, 3)));
        assertTrue(e.getMessage().contains("[1, 2, 3]"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> kernel.backward(c.input(), c.weight(), c.hasBias(), Tensor.zeros(1, 1, 1, 1), c.cfg()));
    }

    static void assertBitwiseEqual(String label, RandomConvCase.Result expected, RandomConvCase.Result actual) {
        assertArrayEquals(expected.output().data(), actual.output().data(), label + ": output");
        assertArrayEquals(expected.grads().input().data(), actual.grads().input().data(), label + ": input gradient");
        assertArrayEquals(expected.grads().weight().data(), actual.grads().weight().data(), label + ": weight gradient");
        if (expected.grads().bias() != null) {
            assertArrayEquals(expected.grads().bias().data(), actual.grads().bias().data(), label + ": bias gradient");
        }
    }

    /**
     * |fast - reference| <= 1e-4 · (sum of |terms|) per element. Relative to the result itself
     * the bound would fail wherever terms cancel, which says nothing about the kernel.
     */
    private static void assertClose(String what, Tensor expected, Tensor magnitude, Tensor actual) {
        assertArrayEquals(expected.shape(), actual.shape(), what + ": shape");
        float[] e = expected.data();
        float[] m = magnitude.data();
        float[] a = actual.data();
        for (int i = 0; i < e.length; i++) {
            if (Math.abs((double) a[i] - e[i]) > 1e-4 * m[i] + 1e-30) {
                fail(what + "[" + i + "]: " + a[i] + " but the reference gives " + e[i] + " (terms' size " + m[i] + ")");
            }
        }
    }

    /** The reference results, and the same ops on absolute values: the size of the terms each element sums. */
    private record ReferenceRun(Tensor output, Tensor outputMagnitude, ConvOps.ConvGrads grads, ConvOps.ConvGrads magnitudes) {
        static ReferenceRun of(RandomConvCase c) {
            Tensor absX = abs(c.input());
            Tensor absW = abs(c.weight());
            return new ReferenceRun(
                    ConvOps.conv2d(c.input(), c.weight(), c.bias(), c.cfg()),
                    ConvOps.conv2d(absX, absW, c.hasBias() ? abs(c.bias()) : null, c.cfg()),
                    ConvOps.conv2dBackward(c.input(), c.weight(), c.hasBias(), c.gradOutput(), c.cfg()),
                    ConvOps.conv2dBackward(absX, absW, c.hasBias(), abs(c.gradOutput()), c.cfg()));
        }

        private static Tensor abs(Tensor t) {
            Tensor a = t.copy();
            float[] d = a.data();
            for (int i = 0; i < d.length; i++) {
                d[i] = Math.abs(d[i]);
            }
            return a;
        }
    }
}
