package org.convlab.engine;

/**
 * The reference convolution: single-threaded, written for clarity, the source of truth every
 * faster kernel and every explanation is compared with. PyTorch semantics: cross-correlation,
 * NCHW, zero padding (per side), stride, dilation and groups (depthwise when groups == Cin).
 *
 * <p>Output size per axis: floor((n + padBefore + padAfter - d*(k-1) - 1) / s) + 1.
 *
 * <h2>Summation order (a contract)</h2>
 * Storage is float32, but every sum is accumulated in double and rounded to float once per
 * element. The explain-trace replays this order and must reproduce the outputs bitwise.
 * <ul>
 *   <li><b>conv2d</b>, output (n, co, oy, ox) with g = co / (Cout/groups):
 *   {@code s = 0.0}; for ci in 0..Cin/groups-1, then ky in 0..kh-1, then kx in 0..kw-1:
 *   {@code s += (double) w[co][ci][ky][kx] * (double) x[n][g*Cin/groups + ci][iy][ix]} with
 *   {@code iy = oy*strideH - padTop + ky*dilationH}, {@code ix = ox*strideW - padLeft + kx*dilationW};
 *   then, with a bias, {@code s += (double) b[co]} last; then {@code out = (float) s}.
 *   Terms that fall in the padding are skipped. Adding them as w*0 gives the same bits for
 *   finite weights: a product of two floats is exact in double, and s, starting at +0.0,
 *   never becomes -0.0, so adding ±0 never changes it.</li>
 *   <li><b>conv2dBackward</b>: one sweep over n, co, oy, ox (outer to inner), and inside it over
 *   ci, ky, kx, adding {@code gOut*x} to the weight gradient, {@code gOut*w} to the input
 *   gradient and {@code gOut} to the bias gradient, each into a double buffer rounded to
 *   float once at the end. Input positions no window reaches get gradient 0.</li>
 * </ul>
 */
public final class ConvOps {
    private ConvOps() {
    }

    /** Gradients of a convolution; {@code bias} is null when the convolution has none. */
    public record ConvGrads(Tensor input, Tensor weight, Tensor bias) {
    }

    /**
     * Output shape [N, Cout, Ho, Wo] for input [N, Cin, H, W] and weight [Cout, Cin/groups, kh, kw];
     * throws IllegalArgumentException naming the broken rule and both shapes.
     */
    public static int[] conv2dOutputShape(int[] inputShape, int[] weightShape, Conv2dConfig cfg) {
        return conv2dOutputShape(inputShape, weightShape, null, cfg);
    }

    /** As {@link #conv2dOutputShape(int[], int[], Conv2dConfig)}, also checking a bias shape (null: no bias). */
    public static int[] conv2dOutputShape(int[] inputShape, int[] weightShape, int[] biasShape, Conv2dConfig cfg) {
        var shown = new ConvShapeRules.Shown(inputShape, weightShape);
        if (inputShape.length != 4 || weightShape.length != 4) {
            throw new IllegalArgumentException("conv2d expects input [N, Cin, H, W] and weight [Cout, Cin/groups, kh, kw]"
                    + " (rank 4 each); got " + shown);
        }
        return ConvShapeRules.outputShape("conv2d", inputShape, weightShape, biasShape, cfg, shown, false);
    }

    /**
     * out[n][co][oy][ox] = sum over ci, ky, kx of w[co][ci][ky][kx] * x[n][g*Cin/groups + ci][iy][ix] + b[co],
     * summed in the order the class documentation fixes. Reads input, weight and bias; returns a new tensor.
     *
     * @param input  [N, Cin, H, W]
     * @param weight [Cout, Cin/groups, kh, kw]
     * @param bias   [Cout], or null for none
     */
    public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias, Conv2dConfig cfg) {
        int[] outShape = conv2dOutputShape(input.shape(), weight.shape(), bias == null ? null : bias.shape(), cfg);
        ConvGeometry g = ConvGeometry.of(input.shape(), weight.shape(), outShape, cfg);
        int cinPerGroup = g.cinPerGroup();   // read once: a division, not for the inner loops
        int coutPerGroup = g.coutPerGroup();
        float[] x = input.data();   // [N, Cin, H, W]
        float[] w = weight.data();  // [Cout, Cin/groups, kh, kw]
        float[] b = bias == null ? null : bias.data(); // [Cout]
        Tensor output = Tensor.zeros(outShape);
        float[] out = output.data(); // [N, Cout, Ho, Wo]
        int o = 0;
        for (int n = 0; n < g.batch(); n++) {
            for (int co = 0; co < g.cout(); co++) {
                int firstInChannel = (co / coutPerGroup) * cinPerGroup;
                for (int oy = 0; oy < g.outH(); oy++) {
                    for (int ox = 0; ox < g.outW(); ox++) {
                        double s = 0.0;
                        for (int ci = 0; ci < cinPerGroup; ci++) {
                            int xPlane = (n * g.cin() + firstInChannel + ci) * g.h(); // row index of (n, c, 0)
                            int wPlane = (co * cinPerGroup + ci) * g.kh();         // row index of (co, ci, 0)
                            for (int ky = 0; ky < g.kh(); ky++) {
                                int iy = oy * cfg.strideH() - cfg.padTop() + ky * cfg.dilationH();
                                if (iy < 0 || iy >= g.h()) {
                                    continue; // zero padding
                                }
                                for (int kx = 0; kx < g.kw(); kx++) {
                                    int ix = ox * cfg.strideW() - cfg.padLeft() + kx * cfg.dilationW();
                                    if (ix < 0 || ix >= g.w()) {
                                        continue;
                                    }
                                    s += (double) w[(wPlane + ky) * g.kw() + kx] * (double) x[(xPlane + iy) * g.w() + ix];
                                }
                            }
                        }
                        if (b != null) {
                            s += (double) b[co]; // bias last, as documented
                        }
                        out[o++] = (float) s;
                    }
                }
            }
        }
        return output;
    }

    /**
     * Gradients of L = sum(conv2d(input, weight, bias) * gradOutput) with respect to input, weight
     * and (when {@code hasBias}) bias. Reads all arguments; returns new tensors.
     *
     * @param gradOutput [N, Cout, Ho, Wo], the shape conv2d produced
     */
    public static ConvGrads conv2dBackward(Tensor input, Tensor weight, boolean hasBias, Tensor gradOutput,
                                           Conv2dConfig cfg) {
        int[] outShape = conv2dOutputShape(input.shape(), weight.shape(), cfg);
        if (!gradOutput.hasShape(outShape)) {
            throw new IllegalArgumentException("conv2d backward: gradOutput " + Shapes.describe(gradOutput.shape())
                    + " must have the output shape " + Shapes.describe(outShape) + " of "
                    + ConvShapeRules.shown(input.shape(), weight.shape()));
        }
        ConvGeometry g = ConvGeometry.of(input.shape(), weight.shape(), outShape, cfg);
        int cinPerGroup = g.cinPerGroup();   // read once: a division, not for the inner loops
        int coutPerGroup = g.coutPerGroup();
        float[] x = input.data();       // [N, Cin, H, W]
        float[] w = weight.data();      // [Cout, Cin/groups, kh, kw]
        float[] gOut = gradOutput.data(); // [N, Cout, Ho, Wo]
        double[] gx = new double[x.length]; // [N, Cin, H, W]
        double[] gw = new double[w.length]; // [Cout, Cin/groups, kh, kw]
        double[] gb = new double[g.cout()];   // [Cout]
        int o = 0;
        for (int n = 0; n < g.batch(); n++) {
            for (int co = 0; co < g.cout(); co++) {
                int firstInChannel = (co / coutPerGroup) * cinPerGroup;
                for (int oy = 0; oy < g.outH(); oy++) {
                    for (int ox = 0; ox < g.outW(); ox++) {
                        double go = gOut[o++];
                        gb[co] += go;
                        for (int ci = 0; ci < cinPerGroup; ci++) {
                            int xPlane = (n * g.cin() + firstInChannel + ci) * g.h();
                            int wPlane = (co * cinPerGroup + ci) * g.kh();
                            for (int ky = 0; ky < g.kh(); ky++) {
                                int iy = oy * cfg.strideH() - cfg.padTop() + ky * cfg.dilationH();
                                if (iy < 0 || iy >= g.h()) {
                                    continue;
                                }
                                for (int kx = 0; kx < g.kw(); kx++) {
                                    int ix = ox * cfg.strideW() - cfg.padLeft() + kx * cfg.dilationW();
                                    if (ix < 0 || ix >= g.w()) {
                                        continue;
                                    }
                                    int xi = (xPlane + iy) * g.w() + ix;
                                    int wi = (wPlane + ky) * g.kw() + kx;
                                    gw[wi] += go * x[xi];
                                    gx[xi] += go * w[wi];
                                }
                            }
                        }
                    }
                }
            }
        }
        return new ConvGrads(rounded(gx, input.shape()), rounded(gw, weight.shape()),
                hasBias ? rounded(gb, g.cout()) : null);
    }

    /**
     * Output shape [N, Cout, Lo] of a 1D convolution of input [N, Cin, L] with weight [Cout, Cin/groups, k];
     * throws IllegalArgumentException naming the broken rule and both shapes.
     */
    public static int[] conv1dOutputShape(int[] inputShape, int[] weightShape, int[] biasShape, Conv2dConfig cfg) {
        var shown = new ConvShapeRules.Shown(inputShape, weightShape);
        if (inputShape.length != 3 || weightShape.length != 3) {
            throw new IllegalArgumentException("conv1d expects input [N, Cin, L] and weight [Cout, Cin/groups, k]"
                    + " (rank 3 each); got " + shown);
        }
        int[] out = ConvShapeRules.outputShape("conv1d", as2d(inputShape), as2d(weightShape), biasShape, cfg, shown, true);
        return new int[] {out[0], out[1], out[3]};
    }

    /** A 1D convolution, run as conv2d with height 1; see the class documentation for the summation order. */
    public static Tensor conv1d(Tensor input /* [N, Cin, L] */, Tensor weight /* [Cout, Cin/groups, k] */,
                                Tensor bias /* [Cout] or null */,
                                int stride, int padLeft, int padRight, int dilation, int groups) {
        Conv2dConfig cfg = Conv2dConfig.oneD(stride, padLeft, padRight, dilation, groups);
        int[] out = conv1dOutputShape(input.shape(), weight.shape(), bias == null ? null : bias.shape(), cfg);
        return conv2d(to2d(input), to2d(weight), bias, cfg).reshape(out);
    }

    /** Gradients of {@link #conv1d}, in the 1D shapes of input and weight. */
    public static ConvGrads conv1dBackward(Tensor input, Tensor weight, boolean hasBias, Tensor gradOutput /* [N, Cout, Lo] */,
                                           int stride, int padLeft, int padRight, int dilation, int groups) {
        Conv2dConfig cfg = Conv2dConfig.oneD(stride, padLeft, padRight, dilation, groups);
        int[] out = conv1dOutputShape(input.shape(), weight.shape(), null, cfg);
        if (!gradOutput.hasShape(out)) {
            throw new IllegalArgumentException("conv1d backward: gradOutput " + Shapes.describe(gradOutput.shape())
                    + " must have the output shape " + Shapes.describe(out) + " of "
                    + ConvShapeRules.shown(input.shape(), weight.shape()));
        }
        ConvGrads g = conv2dBackward(to2d(input), to2d(weight), hasBias, to2d(gradOutput), cfg);
        return new ConvGrads(g.input().reshape(input.shape()), g.weight().reshape(weight.shape()), g.bias());
    }

    /** [A, B, L] -> [A, B, 1, L], sharing storage. */
    private static Tensor to2d(Tensor t) {
        return t.reshape(as2d(t.shape()));
    }

    private static int[] as2d(int[] s) {
        return new int[] {s[0], s[1], 1, s[2]};
    }

    private static Tensor rounded(double[] sums, int... shape) {
        return Tensor.wrap(Buffers.rounded(sums), shape);
    }
}
