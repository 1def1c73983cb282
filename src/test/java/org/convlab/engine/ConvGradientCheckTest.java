package org.convlab.engine;

import static org.convlab.engine.ConvTestSupport.setParam;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Finite-difference gradient checks of the convolution ops and layers over edge configurations. */
class ConvGradientCheckTest {

    /** One 2D convolution to check: input [n, cin, h, w], weight [cout, cin/groups, kh, kw]. */
    record Case2d(String label, int n, int cin, int h, int w, int cout, int kh, int kw, Conv2dConfig cfg, boolean bias) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** One 1D convolution: input [n, cin, length], weight [cout, cin/groups, k]. */
    record Case1d(String label, int n, int cin, int length, int cout, int k, int stride, int padLeft, int padRight,
                  int dilation, int groups, boolean bias) {
        @Override
        public String toString() {
            return label;
        }

        Conv2dConfig cfg() {
            return Conv2dConfig.oneD(stride, padLeft, padRight, dilation, groups);
        }
    }

    static Stream<Case2d> cases2d() {
        return Stream.of(
                new Case2d("3x3, batch 2, bias", 2, 2, 5, 5, 3, 3, 3, Conv2dConfig.defaults(), true),
                new Case2d("padding 1, non-square input", 1, 2, 5, 7, 2, 3, 3, Conv2dConfig.of(1, 1, 1, 1), true),
                new Case2d("asymmetric padding, 2x3 kernel", 1, 2, 4, 5, 2, 2, 3, new Conv2dConfig(1, 1, 0, 2, 1, 0, 1, 1, 1), true),
                new Case2d("stride 2, odd sizes", 2, 1, 7, 5, 2, 3, 3, Conv2dConfig.of(2, 1, 1, 1), true),
                new Case2d("stride 2x3", 1, 2, 6, 8, 2, 2, 2, new Conv2dConfig(2, 3, 0, 0, 0, 0, 1, 1, 1), true),
                new Case2d("stride larger than kernel", 1, 1, 7, 7, 2, 2, 2, Conv2dConfig.of(3, 0, 1, 1), true),
                new Case2d("dilation 2", 1, 2, 7, 6, 2, 3, 3, Conv2dConfig.of(1, 0, 2, 1), true),
                new Case2d("dilation 2x1 with padding", 1, 1, 6, 5, 2, 3, 2, new Conv2dConfig(1, 1, 2, 2, 1, 1, 2, 1, 1), false),
                new Case2d("groups 2", 2, 4, 4, 5, 4, 3, 2, Conv2dConfig.of(1, 1, 1, 2), true),
                new Case2d("depthwise", 1, 3, 5, 4, 3, 3, 3, Conv2dConfig.of(1, 1, 1, 3), true),
                new Case2d("depthwise multiplier 2, stride 2, dilation 2", 1, 2, 7, 7, 4, 2, 2, Conv2dConfig.of(2, 1, 2, 2), true),
                new Case2d("single channel, 1x1 kernel", 1, 1, 3, 4, 1, 1, 1, Conv2dConfig.defaults(), true),
                new Case2d("kernel as large as the input", 1, 2, 3, 4, 3, 3, 4, Conv2dConfig.defaults(), false),
                new Case2d("padding wider than kernel half", 1, 1, 2, 3, 2, 2, 2, Conv2dConfig.of(1, 2, 1, 1), true));
    }

    static Stream<Case1d> cases1d() {
        return Stream.of(
                new Case1d("plain k3", 2, 2, 7, 3, 3, 1, 0, 0, 1, 1, true),
                new Case1d("stride 2, causal padding", 1, 1, 8, 2, 3, 2, 2, 0, 1, 1, true),
                new Case1d("dilation 3, pad 2 right", 1, 2, 9, 2, 2, 1, 0, 2, 3, 1, false),
                new Case1d("depthwise, odd length", 1, 3, 5, 3, 3, 1, 1, 1, 1, 3, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases2d")
    void conv2dOpGradients(Case2d c) {
        Random rnd = new Random(c.label().hashCode());
        Tensor x = GradCheck.random(rnd, c.n(), c.cin(), c.h(), c.w());
        Tensor w = GradCheck.random(rnd, c.cout(), c.cin() / c.cfg().groups(), c.kh(), c.kw());
        Tensor[] inputs = c.bias() ? new Tensor[] {x, w, GradCheck.random(rnd, c.cout())} : new Tensor[] {x, w};
        GradCheck.assertGradients(c.label(), new GradCheck.Op() {
            @Override
            public Tensor forward(Tensor[] in) {
                return ConvOps.conv2d(in[0], in[1], c.bias() ? in[2] : null, c.cfg());
            }

            @Override
            public Tensor[] backward(Tensor[] in, Tensor gradOutput) {
                ConvOps.ConvGrads g = ConvOps.conv2dBackward(in[0], in[1], c.bias(), gradOutput, c.cfg());
                return c.bias() ? new Tensor[] {g.input(), g.weight(), g.bias()} : new Tensor[] {g.input(), g.weight()};
            }
        }, inputs);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases2d")
    void conv2dLayerGradients(Case2d c) {
        Random rnd = new Random(c.label().hashCode() + 1L);
        Conv2d layer = new Conv2d("conv", c.cin(), c.cout(), c.kh(), c.kw(), c.cfg(), c.bias());
        layer.params().forEach(p -> setParam(p, GradCheck.randomLike(p.value(), rnd.nextLong())));
        GradCheck.assertLayerGradients(layer.name(), layer, GradCheck.random(rnd, c.n(), c.cin(), c.h(), c.w()), Mode.TRAIN);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases1d")
    void conv1dOpGradients(Case1d c) {
        Random rnd = new Random(c.label().hashCode());
        Tensor x = GradCheck.random(rnd, c.n(), c.cin(), c.length());
        Tensor w = GradCheck.random(rnd, c.cout(), c.cin() / c.groups(), c.k());
        Tensor[] inputs = c.bias() ? new Tensor[] {x, w, GradCheck.random(rnd, c.cout())} : new Tensor[] {x, w};
        GradCheck.assertGradients(c.label(), new GradCheck.Op() {
            @Override
            public Tensor forward(Tensor[] in) {
                return ConvOps.conv1d(in[0], in[1], c.bias() ? in[2] : null,
                        c.stride(), c.padLeft(), c.padRight(), c.dilation(), c.groups());
            }

            @Override
            public Tensor[] backward(Tensor[] in, Tensor gradOutput) {
                ConvOps.ConvGrads g = ConvOps.conv1dBackward(in[0], in[1], c.bias(), gradOutput,
                        c.stride(), c.padLeft(), c.padRight(), c.dilation(), c.groups());
                return c.bias() ? new Tensor[] {g.input(), g.weight(), g.bias()} : new Tensor[] {g.input(), g.weight()};
            }
        }, inputs);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases1d")
    void conv1dLayerGradients(Case1d c) {
        Random rnd = new Random(c.label().hashCode() + 1L);
        Conv1d layer = new Conv1d("conv", c.cin(), c.cout(), c.k(), c.cfg(), c.bias());
        layer.params().forEach(p -> setParam(p, GradCheck.randomLike(p.value(), rnd.nextLong())));
        GradCheck.assertLayerGradients(layer.name(), layer, GradCheck.random(rnd, c.n(), c.cin(), c.length()), Mode.TRAIN);
    }
}
