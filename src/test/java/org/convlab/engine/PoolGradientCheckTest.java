package org.convlab.engine;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Finite-difference gradient checks of the pooling ops and layers. Inputs hold distinct values
 * spaced wider than two finite-difference steps, so no step changes a max-pool winner.
 */
class PoolGradientCheckTest {

    /** One pooling to check on input [n, c, h, w]. */
    record Case(String label, int n, int c, int h, int w, PoolConfig cfg) {
        @Override
        public String toString() {
            return label;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("2x2 stride 2, batch 2", 2, 2, 4, 4, PoolConfig.of(2)),
                new Case("3x3 stride 2 pad 1, odd sizes", 1, 2, 5, 7, PoolConfig.of(3, 2, 1)),
                new Case("overlapping 3x3 stride 1 pad 1", 1, 1, 4, 5, PoolConfig.of(3, 1, 1)),
                new Case("non-square window and stride", 1, 2, 5, 6, new PoolConfig(2, 3, 1, 2, 1, 0)),
                new Case("floor drops the last column", 1, 1, 5, 5, PoolConfig.of(2)),
                new Case("single channel, 1x1 output", 1, 1, 3, 3, PoolConfig.of(3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void maxPoolOpGradients(Case c) {
        GradCheck.assertGradients("max " + c.label(), new GradCheck.Op() {
            @Override
            public Tensor forward(Tensor[] in) {
                return PoolOps.maxPool2d(in[0], c.cfg()).output();
            }

            @Override
            public Tensor[] backward(Tensor[] in, Tensor gradOutput) {
                int[] argmax = PoolOps.maxPool2d(in[0], c.cfg()).argmax();
                return new Tensor[] {PoolOps.maxPool2dBackward(in[0].shape(), argmax, gradOutput)};
            }
        }, input(c, 11));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void avgPoolOpGradients(Case c) {
        GradCheck.assertGradients("avg " + c.label(), new GradCheck.Op() {
            @Override
            public Tensor forward(Tensor[] in) {
                return PoolOps.avgPool2d(in[0], c.cfg());
            }

            @Override
            public Tensor[] backward(Tensor[] in, Tensor gradOutput) {
                return new Tensor[] {PoolOps.avgPool2dBackward(in[0].shape(), gradOutput, c.cfg())};
            }
        }, input(c, 12));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void globalAvgPoolOpGradients(Case c) {
        GradCheck.assertGradients("global " + c.label(), new GradCheck.Op() {
            @Override
            public Tensor forward(Tensor[] in) {
                return PoolOps.globalAvgPool(in[0]);
            }

            @Override
            public Tensor[] backward(Tensor[] in, Tensor gradOutput) {
                return new Tensor[] {PoolOps.globalAvgPoolBackward(in[0].shape(), gradOutput)};
            }
        }, input(c, 13));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void poolLayerGradients(Case c) {
        GradCheck.assertLayerGradients("MaxPool2d " + c.label(), new MaxPool2d(c.cfg()), input(c, 14), Mode.TRAIN);
        GradCheck.assertLayerGradients("AvgPool2d " + c.label(), new AvgPool2d(c.cfg()), input(c, 15), Mode.TRAIN);
        GradCheck.assertLayerGradients("GlobalAvgPool " + c.label(), new GlobalAvgPool(), input(c, 16), Mode.TRAIN);
    }

    private static Tensor input(Case c, long seed) {
        return ConvTestSupport.distinctShuffled(seed + c.label().hashCode(), c.n(), c.c(), c.h(), c.w());
    }
}
