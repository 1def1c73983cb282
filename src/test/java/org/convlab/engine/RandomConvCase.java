package org.convlab.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A random convolution for the kernel tests: shapes with odd sizes, stride, asymmetric padding,
 * dilation, groups (depthwise included) and batches of one, plus seeded input, weight, bias and
 * output gradient.
 */
record RandomConvCase(String label, Tensor input, Tensor weight, Tensor bias, Conv2dConfig cfg, Tensor gradOutput) {

    boolean hasBias() {
        return bias != null;
    }

    @Override
    public String toString() {
        return label;
    }

    /** {@code count} small random cases followed by a few fixed larger ones that split work into several blocks. */
    static List<RandomConvCase> cases(long seed, int count) {
        Random rnd = new Random(seed);
        List<RandomConvCase> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int groups = switch (rnd.nextInt(4)) {
                case 0 -> 2;
                case 1 -> 3;
                default -> 1;
            };
            boolean depthwise = rnd.nextInt(5) == 0;
            int cin = depthwise ? groups * 1 : groups * (1 + rnd.nextInt(4));
            int cout = groups * (1 + rnd.nextInt(depthwise ? 2 : 6));
            int kh = 1 + rnd.nextInt(4);
            int kw = 1 + rnd.nextInt(5);
            boolean unitStride = rnd.nextBoolean(); // half the cases run the direct algorithm
            Conv2dConfig cfg = new Conv2dConfig(unitStride ? 1 : 1 + rnd.nextInt(3), unitStride ? 1 : 1 + rnd.nextInt(3),
                    rnd.nextInt(3), rnd.nextInt(3), rnd.nextInt(3), rnd.nextInt(3),
                    1 + rnd.nextInt(2), 1 + rnd.nextInt(3), groups);
            int n = rnd.nextInt(3) == 0 ? 1 : 1 + rnd.nextInt(5);
            int h = cfg.dilationH() * (kh - 1) + 1 + rnd.nextInt(12);
            int w = cfg.dilationW() * (kw - 1) + 1 + rnd.nextInt(40);
            out.add(make(rnd, "case " + i, n, cin, h, w, cout, kh, kw, cfg, rnd.nextBoolean()));
        }
        out.add(make(rnd, "LeNet conv1 shape, batch 3", 3, 1, 28, 28, 6, 5, 5, Conv2dConfig.of(1, 2, 1, 1), true));
        out.add(make(rnd, "LeNet conv2 shape, batch 2", 2, 6, 14, 14, 16, 5, 5, Conv2dConfig.defaults(), true));
        out.add(make(rnd, "columns beyond one block, batch 1", 1, 17, 33, 35, 9, 3, 3, Conv2dConfig.of(1, 1, 1, 1), true));
        out.add(make(rnd, "depthwise 16 channels, stride 2", 2, 16, 19, 21, 16, 3, 3, Conv2dConfig.of(2, 1, 1, 16), false));
        out.add(make(rnd, "1D as height 1, dilation 2", 2, 3, 1, 50, 5, 1, 4, Conv2dConfig.oneD(1, 3, 0, 2, 1), true));
        return out;
    }

    static RandomConvCase make(Random rnd, String name, int n, int cin, int h, int w, int cout, int kh, int kw,
                               Conv2dConfig cfg, boolean bias) {
        Tensor x = GradCheck.random(rnd, n, cin, h, w);
        Tensor wt = GradCheck.random(rnd, cout, cin / cfg.groups(), kh, kw);
        Tensor b = bias ? GradCheck.random(rnd, cout) : null;
        int[] outShape = ConvOps.conv2dOutputShape(x.shape(), wt.shape(), cfg);
        String label = name + ": input " + Shapes.describe(x.shape()) + ", weight " + Shapes.describe(wt.shape())
                + (bias ? "" : ", no bias") + ", " + cfg;
        return new RandomConvCase(label, x, wt, b, cfg, GradCheck.random(rnd, outShape));
    }

    /** The forward output and the three gradients of one kernel run. */
    record Result(Tensor output, ConvOps.ConvGrads grads) {
    }

    Result runOn(ConvKernel kernel, ConvWorkspace ws) {
        Tensor y = kernel.forward(input, weight, bias, cfg, ws, null);
        ConvOps.ConvGrads g = kernel.backward(input, weight, hasBias(), gradOutput, cfg, ws, null);
        return new Result(y, g);
    }
}
