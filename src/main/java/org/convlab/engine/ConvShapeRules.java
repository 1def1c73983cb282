package org.convlab.engine;

/**
 * The shape rules of a convolution, checked once before any arithmetic. Every message names
 * the rule that broke and ends with the shapes as the caller gave them, so a 1D convolution
 * reports its 3D shapes although it runs as a 2D one.
 */
final class ConvShapeRules {
    private ConvShapeRules() {
    }

    /**
     * Output shape [N, Cout, Ho, Wo] of a 2D convolution; throws IllegalArgumentException otherwise.
     *
     * @param op        "conv2d" or "conv1d", the first word of every message
     * @param input     [N, Cin, H, W]
     * @param weight    [Cout, Cin/groups, kh, kw]
     * @param biasShape [Cout], or null when there is no bias
     * @param shown     the input and weight shapes as the caller sees them, for the messages
     *                  (built only when a rule breaks: this check runs on every training step)
     * @param oneD      call the width a length (a 1D convolution seen as 2D with height 1)
     */
    static int[] outputShape(String op, int[] input, int[] weight, int[] biasShape, Conv2dConfig cfg,
                             Shown shown, boolean oneD) {
        for (int d : input) {
            requirePositive(op, d, shown);
        }
        for (int d : weight) {
            requirePositive(op, d, shown);
        }
        int cin = input[1];
        int cout = weight[0];
        int groups = cfg.groups();
        if (cin % groups != 0) {
            throw fail(op, "input channels (Cin = " + cin + ") must be divisible by groups (" + groups + ")", shown);
        }
        if (cout % groups != 0) {
            throw fail(op, "output channels (Cout = " + cout + ", weight dim 0) must be divisible by groups ("
                    + groups + ")", shown);
        }
        if (weight[1] != cin / groups) {
            throw fail(op, "weight dim 1 must be Cin/groups = " + cin + "/" + groups + " = " + cin / groups
                    + ", got " + weight[1], shown);
        }
        if (biasShape != null && (biasShape.length != 1 || biasShape[0] != cout)) {
            throw fail(op, "bias must have shape [Cout] = [" + cout + "], got " + Shapes.describe(biasShape), shown);
        }
        int outH = cfg.outHeight(input[2], weight[2]);
        if (outH < 1) {
            throw fail(op, outputSizeRule("output height", input[2], cfg.padTop(), cfg.padBottom(),
                    cfg.dilationH(), weight[2], cfg.strideH(), outH), shown);
        }
        int outW = cfg.outWidth(input[3], weight[3]);
        if (outW < 1) {
            throw fail(op, outputSizeRule(oneD ? "output length" : "output width", input[3], cfg.padLeft(),
                    cfg.padRight(), cfg.dilationW(), weight[3], cfg.strideW(), outW), shown);
        }
        int[] out = {input[0], cout, outH, outW};
        Shapes.size(out); // rejects outputs beyond 2^31 elements
        return out;
    }

    /** "output width would be -1: floor((5 + 0 + 0 - 1*(7-1) - 1)/1) + 1 = -1, the dilated kernel is larger than the padded input". */
    static String outputSizeRule(String what, int n, int padBefore, int padAfter, int dilation, int k, int stride,
                                 int result) {
        return what + " would be " + result + ": floor((" + n + " + " + padBefore + " + " + padAfter + " - "
                + dilation + "*(" + k + "-1) - 1)/" + stride + ") + 1 = " + result
                + ", the dilated kernel is larger than the padded input";
    }

    /** The shapes a message ends with: "input [..], weight [..]". */
    record Shown(int[] input, int[] weight) {
        @Override
        public String toString() {
            return shown(input, weight);
        }
    }

    static String shown(int[] input, int[] weight) {
        return "input " + Shapes.describe(input) + ", weight " + Shapes.describe(weight);
    }

    private static void requirePositive(String op, int d, Shown shown) {
        if (d < 1) {
            throw fail(op, "every dimension must be at least 1", shown);
        }
    }

    private static IllegalArgumentException fail(String op, String rule, Shown shown) {
        return new IllegalArgumentException(op + ": " + rule + "; " + shown);
    }
}
