package org.convlab.cli.compute;

import java.util.Set;
import org.convlab.engine.Conv2dConfig;
import org.convlab.engine.ConvOps;
import org.convlab.engine.Shapes;
import org.convlab.engine.Tensor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * conv1d and conv2d. A 1D convolution runs as a 2D one of height 1 in the engine, so both share
 * one path: read the spec into 4D tensors and a {@link Conv2dConfig}, check it, compute.
 */
final class ConvCompute {
    private static final Set<String> FIELDS = Set.of("input", "kernel", "bias", "stride", "padding", "dilation", "groups", "grad_output");

    private ConvCompute() {
    }

    static ObjectNode conv1d(Spec s) {
        return run(s, false);
    }

    static ObjectNode conv2d(Spec s) {
        return run(s, true);
    }

    private static ObjectNode run(Spec s, boolean twoD) {
        s.rejectTypos(FIELDS);
        int spatial = twoD ? 2 : 1;
        Tensor input = s.tensor("input", spatial, spatial + 1);
        Tensor kernel = s.tensor("kernel", spatial, spatial + 2);
        boolean bareInput = input.rank() == spatial;
        boolean bareKernel = kernel.rank() == spatial;
        int[] in = input.shape();
        int[] k = kernel.shape();

        // Everything as NCHW with N = 1 and, for 1D, H = 1.
        int cin = bareInput ? 1 : in[0];
        int h = twoD ? in[in.length - 2] : 1;
        int w = in[in.length - 1];
        int cout = bareKernel ? 1 : k[0];
        int cpg = bareKernel ? 1 : k[1];
        int kh = twoD ? k[k.length - 2] : 1;
        int kw = k[k.length - 1];

        int groups = s.integer("groups", 1, 1);
        if (cin % groups != 0) {
            throw new SpecError("groups", s.op() + ": groups (" + groups + ") must divide the input channels (" + cin + ")");
        }
        if (cout % groups != 0) {
            throw new SpecError("groups", s.op() + ": groups (" + groups + ") must divide the output channels, the kernel's first dimension (" + cout + ")");
        }
        if (cpg != cin / groups) {
            throw new SpecError("kernel", s.op() + ": kernel has shape " + Shapes.describe(k) + ", so each filter reads " + cpg
                    + " channel(s), but the input has " + cin + " channel(s) in " + groups + " group(s), so each filter must read "
                    + (cin / groups) + (bareKernel ? " (a kernel without channel axes fits only a one-channel input)" : ""));
        }
        Tensor bias = s.optionalTensor("bias", 1);
        if (bias != null && bias.size() != cout) {
            throw new SpecError("bias", s.op() + ": bias has " + bias.size() + " values but there are " + cout + " filters (the kernel's first dimension)");
        }

        int[] stride = twoD ? s.intPair("stride", new int[] {1, 1}, 1) : new int[] {1, s.integer("stride", 1, 1)};
        int[] dilation = twoD ? s.intPair("dilation", new int[] {1, 1}, 1) : new int[] {1, s.integer("dilation", 1, 1)};
        int[] pad = padding(s, twoD, stride, dilation, kh, kw); // top, bottom, left, right
        Conv2dConfig cfg = new Conv2dConfig(stride[0], stride[1], pad[0], pad[1], pad[2], pad[3], dilation[0], dilation[1], groups);

        int ho = cfg.outHeight(h, kh);
        int wo = cfg.outWidth(w, kw);
        if (twoD) {
            checkOutput(s, "height", h, pad[0] + pad[1], dilation[0], kh, stride[0], ho);
        }
        checkOutput(s, twoD ? "width" : "length", w, pad[2] + pad[3], dilation[1], kw, stride[1], wo);

        Tensor x = input.reshape(1, cin, h, w);
        Tensor weight = kernel.reshape(cout, cpg, kh, kw);
        Tensor y = ConvOps.conv2d(x, weight, bias, cfg);
        int[] outShape = bareInput && bareKernel
                ? (twoD ? new int[] {ho, wo} : new int[] {wo})
                : (twoD ? new int[] {cout, ho, wo} : new int[] {cout, wo});

        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.set("output", JsonTensor.write(y, outShape));
        result.set("shape", JsonTensor.shapeNode(outShape));
        if (s.has("grad_output")) {
            Tensor g = Results.gradOutput(s, outShape);
            ConvOps.ConvGrads grads = ConvOps.conv2dBackward(x, weight, bias != null, g.reshape(1, cout, ho, wo), cfg);
            result.set("grad_input", JsonTensor.write(grads.input(), in));
            result.set("grad_kernel", JsonTensor.write(grads.weight(), k));
            if (bias != null) {
                result.set("grad_bias", JsonTensor.write(grads.bias(), new int[] {cout}));
            }
        }
        return result;
    }

    /** Padding as {top, bottom, left, right} from an int, a pair, "valid" or "same". */
    private static int[] padding(Spec s, boolean twoD, int[] stride, int[] dilation, int kh, int kw) {
        JsonNode p = s.raw("padding");
        if (p != null && p.isString()) {
            String mode = s.choice("padding", "valid", "valid", "same");
            if (mode.equals("valid")) {
                return new int[] {0, 0, 0, 0};
            }
            if (stride[0] != 1 || stride[1] != 1) {
                throw new SpecError("padding", s.op() + ": padding \"same\" needs stride 1 (as in PyTorch), but stride is "
                        + (twoD ? "[" + stride[0] + ", " + stride[1] + "]" : String.valueOf(stride[1])));
            }
            // PyTorch puts the odd pixel of padding after the input (bottom, right).
            int th = dilation[0] * (kh - 1);
            int tw = dilation[1] * (kw - 1);
            return new int[] {th / 2, th - th / 2, tw / 2, tw - tw / 2};
        }
        if (twoD) {
            int[] pp = s.intPair("padding", new int[] {0, 0}, 0);
            return new int[] {pp[0], pp[0], pp[1], pp[1]};
        }
        if (p != null && p.isArray()) {
            throw new SpecError("padding", s.op() + ": field \"padding\" must be a whole number, \"valid\" or \"same\", got an array");
        }
        int pw = s.integer("padding", 0, 0);
        return new int[] {0, 0, pw, pw};
    }

    private static void checkOutput(Spec s, String axis, int n, int totalPad, int d, int k, int stride, int out) {
        if (out < 1) {
            throw new SpecError("kernel", s.op() + ": output " + axis + " would be " + out + ": floor((" + n + " + " + totalPad
                    + " - " + d + "·(" + k + " - 1) - 1) / " + stride + ") + 1 = " + out
                    + "; the dilated kernel (" + (d * (k - 1) + 1) + ") is larger than the padded input (" + (n + totalPad) + ")");
        }
    }
}
