package org.convlab.ui.lab;

import java.util.List;
import java.util.Locale;
import org.convlab.engine.Tensor;
import org.convlab.explain.ConvSetup;
import org.convlab.explain.PaddingMode;
import org.convlab.explain.PoolSetup;

/**
 * The PyTorch code that computes what a convolution lab shows: the {@code torch.nn.Conv2d} (or
 * Conv1d) call with this setup's hyper-parameters, and the input, kernel and bias as tensors;
 * for the pooling lab, the {@code MaxPool2d}, {@code AvgPool2d} or {@code AdaptiveAvgPool2d(1)} call.
 * Padding is written the way PyTorch takes it: {@code 'valid'}, {@code 'same'}, an int or a
 * tuple; padding that differs between the two sides of an axis (which PyTorch's argument cannot
 * say) becomes {@code F.pad} on the input first, with {@code padding=0}.
 */
public final class TorchCode {
    private TorchCode() {
    }

    public static String conv(ConvSetup s) {
        boolean oneD = s.oneD();
        int[] k = s.kernel().shape(); // [Cout, C/groups, kh, kw]
        int[] in = s.input().shape(); // [C, H, W]
        int[] p = s.padding();        // top, bottom, left, right
        StringBuilder b = new StringBuilder();
        b.append("import torch\n");
        String padArg = paddingArgument(s);
        boolean prePad = padArg == null;
        if (prePad) {
            b.append("import torch.nn.functional as F\n");
        }
        b.append('\n');
        List<String> problems = s.problems();
        if (!problems.isEmpty()) {
            b.append("# This setup is invalid, and PyTorch refuses it too: ").append(String.join("; ", problems)).append('\n');
        }
        if (oneD) {
            b.append("# input: 1 sample, ").append(in[0]).append(" channel(s), length ").append(in[2]).append('\n');
            b.append("x = torch.tensor(").append(nested(s.input().reshape(1, in[0], in[2]), X_AT)).append(")\n");
        } else {
            b.append("# input: 1 sample, ").append(in[0]).append(" channel(s), ").append(in[1]).append("×").append(in[2]).append('\n');
            b.append("x = torch.tensor(").append(nested(s.input().reshape(1, in[0], in[1], in[2]), X_AT)).append(")\n");
        }
        if (prePad) {
            if (oneD) {
                b.append("# the two ends get different padding, which Conv1d's padding cannot say: pad first (left, right)\n");
                b.append("x = F.pad(x, (").append(p[2]).append(", ").append(p[3]).append("))\n");
            } else {
                b.append("# the sides get different padding, which Conv2d's padding cannot say: pad first (left, right, top, bottom)\n");
                b.append("x = F.pad(x, (").append(p[2]).append(", ").append(p[3]).append(", ").append(p[0]).append(", ").append(p[1]).append("))\n");
            }
            padArg = "0";
        }
        b.append('\n');
        b.append("conv = torch.nn.").append(oneD ? "Conv1d" : "Conv2d").append("(in_channels=").append(in[0])
                .append(", out_channels=").append(k[0])
                .append(", kernel_size=").append(oneD ? Integer.toString(k[3]) : pair(k[2], k[3]))
                .append(", stride=").append(oneD ? Integer.toString(s.strideW()) : pair(s.strideH(), s.strideW()))
                .append(", padding=").append(padArg)
                .append(", dilation=").append(oneD ? Integer.toString(s.dilationW()) : pair(s.dilationH(), s.dilationW()))
                .append(", groups=").append(s.groups())
                .append(", bias=").append(s.bias() == null ? "False" : "True").append(")\n");
        b.append("with torch.no_grad():\n");
        if (s.flip()) {
            b.append("    # a true convolution flips the kernel; PyTorch slides it unflipped, so these are the flipped weights\n");
        }
        Tensor w = s.slidingKernel();
        Tensor weight = oneD ? w.reshape(k[0], k[1], k[3]) : w;
        b.append("    conv.weight.copy_(torch.tensor(").append(nested(weight, W_AT)).append("))\n");
        if (s.bias() != null) {
            b.append("    conv.bias.copy_(torch.tensor(").append(nested(Tensor.wrap(s.bias(), s.bias().length), 0)).append("))\n");
        }
        b.append('\n');
        b.append("y = conv(x)\n");
        b.append("print(y.shape)\n");
        b.append("print(y)\n");
        return b.toString();
    }

    public static String pool(PoolSetup s) {
        int[] in = s.input().shape(); // [C, H, W]
        StringBuilder b = new StringBuilder();
        b.append("import torch\n\n");
        List<String> problems = s.problems();
        if (!problems.isEmpty()) {
            b.append("# This setup is invalid, and PyTorch refuses it too: ").append(String.join("; ", problems)).append('\n');
        }
        b.append("# input: 1 sample, ").append(in[0]).append(" channel(s), ").append(in[1]).append("×").append(in[2]).append('\n');
        b.append("x = torch.tensor(").append(nested(s.input().reshape(1, in[0], in[1], in[2]), X_AT)).append(")\n\n");
        String args = "kernel_size=" + pair(s.kernelH(), s.kernelW()) + ", stride=" + pair(s.strideH(), s.strideW())
                + ", padding=" + pair(s.padH(), s.padW());
        b.append(switch (s.kind()) {
            case MAX -> "pool = torch.nn.MaxPool2d(" + args + ")  # pads with -inf\n";
            case AVG -> "pool = torch.nn.AvgPool2d(" + args + ", count_include_pad=True)  # padding counts in the divisor\n";
            case GLOBAL_AVG -> "pool = torch.nn.AdaptiveAvgPool2d(1)  # global average: one value per channel\n";
        });
        b.append('\n');
        b.append("y = pool(x)\n");
        b.append("print(y.shape)\n");
        b.append("print(y)\n");
        return b.toString();
    }

    /** The padding argument, or null when the sides of an axis differ (F.pad is needed). */
    static String paddingArgument(ConvSetup s) {
        boolean oneD = s.oneD();
        if (s.padW() == PaddingMode.VALID && (oneD || s.padH() == PaddingMode.VALID)) {
            return "'valid'";
        }
        if (s.padW() == PaddingMode.SAME && (oneD || s.padH() == PaddingMode.SAME)) {
            return "'same'"; // PyTorch puts an odd extra pixel after the input, as PaddingMode.SAME does
        }
        int[] p = s.padding();
        if (p[2] != p[3] || (!oneD && p[0] != p[1])) {
            return null;
        }
        return oneD ? Integer.toString(p[2]) : pair(p[0], p[2]);
    }

    /** "3" when both are equal, else "(3, 5)". */
    static String pair(int h, int w) {
        return h == w ? Integer.toString(h) : "(" + h + ", " + w + ")";
    }

    /** Columns before the tensor's first bracket on its line: "x = torch.tensor(". */
    private static final int X_AT = "x = torch.tensor(".length();
    private static final int W_AT = "    conv.weight.copy_(torch.tensor(".length();

    /**
     * A tensor as nested Python lists, innermost rows on one line each, continuation lines lined
     * up under the brackets as numpy prints them; {@code column} is where the first bracket stands.
     */
    static String nested(Tensor t, int column) {
        StringBuilder b = new StringBuilder();
        nested(b, t.data(), t.shape(), 0, 0, column);
        return b.toString();
    }

    private static int nested(StringBuilder b, float[] data, int[] shape, int axis, int at, int column) {
        b.append('[');
        if (axis == shape.length - 1) {
            for (int i = 0; i < shape[axis]; i++) {
                b.append(i == 0 ? "" : ", ").append(number(data[at++]));
            }
        } else {
            for (int i = 0; i < shape[axis]; i++) {
                if (i > 0) {
                    b.append(",\n").append(" ".repeat(column + axis + 1));
                }
                at = nested(b, data, shape, axis + 1, at, column);
            }
        }
        b.append(']');
        return at;
    }

    /** A float32 as Python reads it back to the same float32: "0.5", "-1.0", "0.11111111", "1.0e-5". */
    static String number(float v) {
        return Float.toString(v).toLowerCase(Locale.ROOT);
    }
}
