package org.convlab.explain;

import java.util.ArrayList;
import java.util.List;
import org.convlab.engine.Conv2dConfig;
import org.convlab.engine.Tensor;

/**
 * Everything a convolution lab shows, as one immutable value: the input, the kernel, the bias
 * and the hyper-parameters. A 1D setup has height 1 everywhere. An invalid setup is allowed to
 * exist: {@link #problems()} explains what is wrong, in words, so a lab can say it in place
 * instead of preventing the change.
 *
 * @param input       [C, H, W]
 * @param kernel      [Cout, C/groups, kh, kw], as the student edits it
 * @param bias        [Cout], or null for no bias
 * @param explicitPad {top, bottom, left, right}, used where a mode is EXPLICIT
 * @param flip        true convolution: the kernel is flipped before sliding (cross-correlation otherwise)
 */
public record ConvSetup(boolean oneD, Tensor input, Tensor kernel, float[] bias,
                        PaddingMode padH, PaddingMode padW, int[] explicitPad,
                        int strideH, int strideW, int dilationH, int dilationW, int groups, boolean flip)
        implements LabSetup<ConvTrace> {

    /** Padding {top, bottom, left, right} that the modes give for this kernel. */
    public int[] padding() {
        int[] k = kernel.shape();
        int[] v = oneD ? new int[] {0, 0} : padH.pads(k[2], dilationH, explicitPad[0], explicitPad[1]);
        int[] hz = padW.pads(k[3], dilationW, explicitPad[2], explicitPad[3]);
        return new int[] {v[0], v[1], hz[0], hz[1]};
    }

    /** The output-size rule per axis (height first; only width for 1D). */
    public List<OutputSize> outputSizes() {
        int[] in = input.shape();
        int[] k = kernel.shape();
        int[] p = padding();
        List<OutputSize> sizes = new ArrayList<>();
        if (!oneD) {
            sizes.add(new OutputSize("height", in[1], p[0], p[1], dilationH, k[2], strideH));
        }
        sizes.add(new OutputSize(oneD ? "length" : "width", in[2], p[2], p[3], dilationW, k[3], strideW));
        return sizes;
    }

    /** What makes this setup impossible, in plain words; empty when it is valid. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        int cin = input.shape()[0];
        int[] k = kernel.shape();
        if (strideH < 1 || strideW < 1) {
            out.add("stride must be at least 1");
        }
        if (dilationH < 1 || dilationW < 1) {
            out.add("dilation must be at least 1");
        }
        for (int p : explicitPad) {
            if (p < 0) {
                out.add("padding cannot be negative");
                break;
            }
        }
        if (groups < 1) {
            out.add("groups must be at least 1");
        } else {
            if (cin % groups != 0) {
                out.add("groups (" + groups + ") must divide the " + cin + " input channels");
            } else if (k[1] != cin / groups) {
                out.add("each filter must have " + (cin / groups) + " channel(s), one per input channel of its group, but has " + k[1]);
            }
            if (k[0] % groups != 0) {
                out.add("groups (" + groups + ") must divide the " + k[0] + " filters");
            }
        }
        if (bias != null && bias.length != k[0]) {
            out.add("there must be one bias per filter: " + k[0] + ", not " + bias.length);
        }
        if ((padH == PaddingMode.SAME && strideH != 1) || (padW == PaddingMode.SAME && strideW != 1)) {
            out.add("padding \"same\" keeps the size only with stride 1 (PyTorch refuses it otherwise)");
        }
        if (out.isEmpty()) {
            out.addAll(OutputSize.problems(outputSizes()));
        }
        return out;
    }

    /** The engine's configuration; only for a valid setup. */
    public Conv2dConfig config() {
        int[] p = padding();
        return new Conv2dConfig(strideH, strideW, p[0], p[1], p[2], p[3], dilationH, dilationW, groups);
    }

    /** The kernel the engine slides: flipped in both spatial axes for a true convolution. */
    public Tensor slidingKernel() {
        if (!flip) {
            return kernel;
        }
        int[] s = kernel.shape();
        Tensor f = Tensor.zeros(s);
        float[] src = kernel.data();
        float[] dst = f.data();
        int plane = s[2] * s[3];
        for (int base = 0; base < src.length; base += plane) {
            for (int y = 0; y < s[2]; y++) {
                for (int x = 0; x < s[3]; x++) {
                    dst[base + y * s[3] + x] = src[base + (s[2] - 1 - y) * s[3] + (s[3] - 1 - x)];
                }
            }
        }
        return f;
    }

    /** The step-by-step trace; only for a valid setup. */
    public ConvTrace trace() {
        if (!valid()) {
            throw new IllegalStateException("invalid setup: " + String.join("; ", problems()));
        }
        return ConvTrace.of(input, slidingKernel(), bias, config());
    }

    /** Learnable numbers of this layer: weights plus biases. */
    public long parameterCount() {
        return kernel.size() + (bias == null ? 0 : bias.length);
    }

    // --- copies with one thing changed, for lab models

    public ConvSetup withInput(Tensor t) {
        return new ConvSetup(oneD, t, kernel, bias, padH, padW, explicitPad, strideH, strideW, dilationH, dilationW, groups, flip);
    }

    public ConvSetup withKernel(Tensor t) {
        return new ConvSetup(oneD, input, t, bias, padH, padW, explicitPad, strideH, strideW, dilationH, dilationW, groups, flip);
    }

    public ConvSetup withBias(float[] b) {
        return new ConvSetup(oneD, input, kernel, b, padH, padW, explicitPad, strideH, strideW, dilationH, dilationW, groups, flip);
    }

    public ConvSetup withPadding(PaddingMode h, PaddingMode w, int[] explicit) {
        return new ConvSetup(oneD, input, kernel, bias, h, w, explicit.clone(), strideH, strideW, dilationH, dilationW, groups, flip);
    }

    public ConvSetup withStride(int h, int w) {
        return new ConvSetup(oneD, input, kernel, bias, padH, padW, explicitPad, h, w, dilationH, dilationW, groups, flip);
    }

    public ConvSetup withDilation(int h, int w) {
        return new ConvSetup(oneD, input, kernel, bias, padH, padW, explicitPad, strideH, strideW, h, w, groups, flip);
    }

    public ConvSetup withGroups(int g) {
        return new ConvSetup(oneD, input, kernel, bias, padH, padW, explicitPad, strideH, strideW, dilationH, dilationW, g, flip);
    }

    public ConvSetup withFlip(boolean f) {
        return new ConvSetup(oneD, input, kernel, bias, padH, padW, explicitPad, strideH, strideW, dilationH, dilationW, groups, f);
    }

    /** A 2D setup with stride 1, no padding or dilation, one group, cross-correlation. */
    public static ConvSetup of2d(Tensor input, Tensor kernel, float[] bias) {
        return new ConvSetup(false, input, kernel, bias, PaddingMode.VALID, PaddingMode.VALID, new int[4], 1, 1, 1, 1, 1, false);
    }

    /** A 1D setup of signal [C, 1, L] and kernel [Cout, C/groups, 1, k]. */
    public static ConvSetup of1d(Tensor input, Tensor kernel, float[] bias) {
        return new ConvSetup(true, input, kernel, bias, PaddingMode.VALID, PaddingMode.VALID, new int[4], 1, 1, 1, 1, 1, false);
    }
}
