package org.convlab.engine;

import java.util.Arrays;

/**
 * The reference pooling ops, single-threaded, PyTorch semantics: NCHW, symmetric padding of at
 * most half the window, floor output size ({@code ceil_mode=False}), max pooling pads with minus
 * infinity, average pooling divides by the full window ({@code count_include_pad=True}).
 *
 * <p>Output size per axis: floor((n + 2*pad - k) / stride) + 1. With padding at most half the
 * window and floor mode, every window holds at least one input element and never reaches past
 * the padding, so the average divisor is always kh*kw.
 *
 * <h2>Order of operations (a contract, replayed bitwise by the explain-trace)</h2>
 * <ul>
 *   <li><b>max</b>: the window is scanned row-major (ky, then kx), padding skipped; a value
 *   replaces the best so far when it is strictly greater or NaN, so ties go to the first
 *   element in row-major order, as in PyTorch. The winner starts as the window's first
 *   element inside the input with the value minus infinity.</li>
 *   <li><b>avg</b>: {@code s = 0.0}, the in-input values added in double, row-major; then
 *   {@code out = (float) (s / (kh*kw))}. Global average: the same over the whole plane,
 *   divided by H*W.</li>
 *   <li><b>backward</b>: each gradient is accumulated in double and rounded once; avg
 *   pooling adds {@code gOut / (kh*kw)} (computed in double) to every in-input element of
 *   each window, windows in output order.</li>
 * </ul>
 */
public final class PoolOps {
    private PoolOps() {
    }

    /** Max pooling output and, for each output element, the flat index into the input of its winner. */
    public record MaxPoolResult(Tensor output /* [N, C, Ho, Wo] */, int[] argmax /* [N*C*Ho*Wo], indices into input */) {
    }

    /**
     * Output shape [N, C, Ho, Wo] of pooling input [N, C, H, W]; throws IllegalArgumentException
     * naming the broken rule, the input shape and the window.
     */
    public static int[] pool2dOutputShape(int[] inputShape, PoolConfig cfg) {
        if (inputShape.length != 4) {
            throw new IllegalArgumentException("pool2d expects input [N, C, H, W] (rank 4); got " + shown(inputShape, cfg));
        }
        for (int d : inputShape) {
            if (d < 1) {
                throw new IllegalArgumentException("pool2d: every dimension must be at least 1; " + shown(inputShape, cfg));
            }
        }
        int outH = cfg.outHeight(inputShape[2]);
        if (outH < 1) {
            throw new IllegalArgumentException("pool2d: " + outputSizeRule("output height", inputShape[2], cfg.padH(),
                    cfg.kernelH(), cfg.strideH(), outH) + "; " + shown(inputShape, cfg));
        }
        int outW = cfg.outWidth(inputShape[3]);
        if (outW < 1) {
            throw new IllegalArgumentException("pool2d: " + outputSizeRule("output width", inputShape[3], cfg.padW(),
                    cfg.kernelW(), cfg.strideW(), outW) + "; " + shown(inputShape, cfg));
        }
        return new int[] {inputShape[0], inputShape[1], outH, outW};
    }

    /** What a message ends with; built only when a rule breaks (the check runs on every training step). */
    private static String shown(int[] inputShape, PoolConfig cfg) {
        return "input " + Shapes.describe(inputShape) + ", window " + cfg.kernelH() + "x" + cfg.kernelW()
                + ", stride " + cfg.strideH() + "x" + cfg.strideW() + ", padding " + cfg.padH() + "x" + cfg.padW();
    }

    private static String outputSizeRule(String what, int n, int pad, int k, int stride, int result) {
        return what + " would be " + result + ": floor((" + n + " + 2*" + pad + " - " + k + ")/" + stride + ") + 1 = "
                + result + ", the window is larger than the padded input";
    }

    /** Max over each window; reads input, returns a new output and its argmax. */
    public static MaxPoolResult maxPool2d(Tensor input /* [N, C, H, W] */, PoolConfig cfg) {
        int[] inShape = input.shape();
        int[] outShape = pool2dOutputShape(inShape, cfg);
        Tensor output = Tensor.zeros(outShape);
        int[] argmax = new int[output.size()]; // [N, C, Ho, Wo]
        maxPool2dPlanes(input.data(), inShape, outShape, cfg, output.data(), argmax, 0, inShape[0] * inShape[1]);
        return new MaxPoolResult(output, argmax);
    }

    /**
     * The max-pooling loop on channel planes {@code from..to-1} (plane = n·C + c): reads x [N, C, H, W],
     * writes those planes of out and argmax [N, C, Ho, Wo]. {@link #maxPool2d} runs it on every plane;
     * {@link MaxPoolPlanes} is its branch-free twin, with the same bits, that {@link MaxPool2d} runs.
     */
    static void maxPool2dPlanes(float[] x, int[] inShape, int[] outShape, PoolConfig cfg, float[] out, int[] argmax,
                                int from, int to) {
        int h = inShape[2];
        int w = inShape[3];
        int o = from * outShape[2] * outShape[3];
        for (int plane = from; plane < to; plane++) {
            for (int oy = 0; oy < outShape[2]; oy++) {
                for (int ox = 0; ox < outShape[3]; ox++) {
                    maxWindow(x, plane * h * w, h, w, oy * cfg.strideH() - cfg.padH(), ox * cfg.strideW() - cfg.padW(),
                            cfg, out, argmax, o++);
                }
            }
        }
    }

    /**
     * One window, whose top left corner (y0, x0) may lie in the padding, of the plane starting at
     * planeStart in x: writes its maximum to out[o] and the winner's flat index to argmax[o].
     */
    static void maxWindow(float[] x, int planeStart, int h, int w, int y0, int x0, PoolConfig cfg, float[] out,
                          int[] argmax, int o) {
        float best = Float.NEGATIVE_INFINITY;
        int bestAt = planeStart + Math.max(y0, 0) * w + Math.max(x0, 0); // first in-input element
        for (int iy = Math.max(y0, 0); iy < Math.min(y0 + cfg.kernelH(), h); iy++) {
            for (int ix = Math.max(x0, 0); ix < Math.min(x0 + cfg.kernelW(), w); ix++) {
                int at = planeStart + iy * w + ix;
                if (x[at] > best || Float.isNaN(x[at])) { // strict: ties keep the first; NaN wins, as in PyTorch
                    best = x[at];
                    bestAt = at;
                }
            }
        }
        out[o] = best;
        argmax[o] = bestAt;
    }

    /** Routes each output gradient to its window's winner; returns a new tensor of {@code inputShape}. */
    public static Tensor maxPool2dBackward(int[] inputShape, int[] argmax /* [N*C*Ho*Wo] */,
                                           Tensor gradOutput /* [N, C, Ho, Wo] */) {
        int inputSize = Shapes.size(inputShape);
        if (argmax.length != gradOutput.size()) {
            throw new IllegalArgumentException("maxpool2d backward: argmax has " + argmax.length
                    + " entries but gradOutput " + Shapes.describe(gradOutput.shape()) + " has " + gradOutput.size()
                    + " elements; input " + Shapes.describe(inputShape));
        }
        float[] g = gradOutput.data();
        double[] gx = new double[inputSize]; // [N, C, H, W]
        for (int o = 0; o < g.length; o++) {
            if (argmax[o] < 0 || argmax[o] >= inputSize) {
                throw new IllegalArgumentException("maxpool2d backward: argmax[" + o + "] = " + argmax[o]
                        + " lies outside input " + Shapes.describe(inputShape));
            }
            gx[argmax[o]] += g[o];
        }
        return rounded(gx, inputShape);
    }

    /** Mean of each window, padding counted as zeros; reads input, returns a new tensor. */
    public static Tensor avgPool2d(Tensor input /* [N, C, H, W] */, PoolConfig cfg) {
        int[] inShape = input.shape();
        int[] outShape = pool2dOutputShape(inShape, cfg);
        int h = inShape[2];
        int w = inShape[3];
        double windowSize = cfg.kernelH() * cfg.kernelW(); // count_include_pad=True
        float[] x = input.data();    // [N, C, H, W]
        Tensor output = Tensor.zeros(outShape);
        float[] out = output.data(); // [N, C, Ho, Wo]
        int o = 0;
        for (int plane = 0; plane < inShape[0] * inShape[1]; plane++) {
            int planeStart = plane * h * w;
            for (int oy = 0; oy < outShape[2]; oy++) {
                int y0 = oy * cfg.strideH() - cfg.padH();
                for (int ox = 0; ox < outShape[3]; ox++) {
                    int x0 = ox * cfg.strideW() - cfg.padW();
                    double s = 0.0;
                    for (int iy = Math.max(y0, 0); iy < Math.min(y0 + cfg.kernelH(), h); iy++) {
                        for (int ix = Math.max(x0, 0); ix < Math.min(x0 + cfg.kernelW(), w); ix++) {
                            s += x[planeStart + iy * w + ix];
                        }
                    }
                    out[o++] = (float) (s / windowSize);
                }
            }
        }
        return output;
    }

    /** Spreads each output gradient evenly over its window (padding included); returns a new tensor. */
    public static Tensor avgPool2dBackward(int[] inputShape, Tensor gradOutput /* [N, C, Ho, Wo] */, PoolConfig cfg) {
        int[] outShape = pool2dOutputShape(inputShape, cfg);
        if (!gradOutput.hasShape(outShape)) {
            throw new IllegalArgumentException("avgpool2d backward: gradOutput " + Shapes.describe(gradOutput.shape())
                    + " must have the output shape " + Shapes.describe(outShape) + " of input " + Shapes.describe(inputShape));
        }
        int h = inputShape[2];
        int w = inputShape[3];
        double windowSize = cfg.kernelH() * cfg.kernelW();
        float[] g = gradOutput.data();
        double[] gx = new double[Shapes.size(inputShape)]; // [N, C, H, W]
        int o = 0;
        for (int plane = 0; plane < inputShape[0] * inputShape[1]; plane++) {
            int planeStart = plane * h * w;
            for (int oy = 0; oy < outShape[2]; oy++) {
                int y0 = oy * cfg.strideH() - cfg.padH();
                for (int ox = 0; ox < outShape[3]; ox++) {
                    int x0 = ox * cfg.strideW() - cfg.padW();
                    double share = g[o++] / windowSize;
                    for (int iy = Math.max(y0, 0); iy < Math.min(y0 + cfg.kernelH(), h); iy++) {
                        for (int ix = Math.max(x0, 0); ix < Math.min(x0 + cfg.kernelW(), w); ix++) {
                            gx[planeStart + iy * w + ix] += share;
                        }
                    }
                }
            }
        }
        return rounded(gx, inputShape);
    }

    /** Mean of each channel plane: [N, C, H, W] -> [N, C]. */
    public static Tensor globalAvgPool(Tensor input /* [N, C, H, W] */) {
        int[] s = input.shape();
        requireImageShape("globalavgpool", s);
        int planeSize = s[2] * s[3];
        float[] x = input.data();
        Tensor output = Tensor.zeros(s[0], s[1]);
        float[] out = output.data(); // [N, C]
        for (int plane = 0; plane < out.length; plane++) {
            double sum = 0.0;
            for (int i = plane * planeSize; i < (plane + 1) * planeSize; i++) {
                sum += x[i];
            }
            out[plane] = (float) (sum / planeSize);
        }
        return output;
    }

    /** Each input element receives gOut[n][c] / (H*W). */
    public static Tensor globalAvgPoolBackward(int[] inputShape, Tensor gradOutput /* [N, C] */) {
        requireImageShape("globalavgpool backward", inputShape);
        if (!gradOutput.hasShape(inputShape[0], inputShape[1])) {
            throw new IllegalArgumentException("globalavgpool backward: gradOutput " + Shapes.describe(gradOutput.shape())
                    + " must have shape [N, C] = [" + inputShape[0] + ", " + inputShape[1] + "] of input "
                    + Shapes.describe(inputShape));
        }
        int planeSize = inputShape[2] * inputShape[3];
        float[] g = gradOutput.data();
        Tensor gradInput = Tensor.zeros(inputShape);
        float[] gx = gradInput.data(); // [N, C, H, W]
        for (int plane = 0; plane < g.length; plane++) {
            float share = (float) ((double) g[plane] / planeSize); // one contribution per element: round once
            Arrays.fill(gx, plane * planeSize, (plane + 1) * planeSize, share);
        }
        return gradInput;
    }

    private static void requireImageShape(String op, int[] shape) {
        if (shape.length != 4) {
            throw new IllegalArgumentException(op + " expects input [N, C, H, W] (rank 4); got " + Shapes.describe(shape));
        }
        for (int d : shape) {
            if (d < 1) {
                throw new IllegalArgumentException(op + ": every dimension must be at least 1; got " + Shapes.describe(shape));
            }
        }
    }

    private static Tensor rounded(double[] sums, int... shape) {
        return Tensor.wrap(Buffers.rounded(sums), shape);
    }
}
