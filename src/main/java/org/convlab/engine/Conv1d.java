package org.convlab.engine;

import java.util.List;

/**
 * A 1D convolution layer: input [N, Cin, L] to output [N, Cout, Lo], with parameters
 * "weight" [Cout, Cin/groups, k] and optionally "bias" [Cout], both zero at first. It runs as
 * a 2D convolution of height 1 on the fast {@link ConvKernel}, as {@link ConvOps#conv1d} does on
 * the reference; the configuration must be a 1D one, as made by {@link Conv2dConfig#oneD}.
 *
 * <p>Forward keeps a reference to its input, not a copy: do not overwrite the input before backward.
 */
public final class Conv1d implements Layer {
    private final int inChannels;
    private final int outChannels;
    private final int kernelSize;
    private final Conv2dConfig cfg;
    private Param weight; // [Cout, Cin/groups, k]
    private Param bias;   // [Cout], null without bias
    private Tensor lastInput; // [N, Cin, L], kept by forward for backward
    private ConvKernel kernel = ConvKernel.shared();
    private final ConvWorkspace workspace = new ConvWorkspace(); // the kernel's buffers, kept between batches
    private ConvOps.ConvGrads gradBuffers; // [N, Cin, 1, L], [Cout, Cin/groups, 1, k], [Cout]; reused
    private Tensor output;                 // [N, Cout, Lo], reused
    private boolean needsInputGradient = true;

    public Conv1d(int inChannels, int outChannels, int kernelSize, Conv2dConfig cfg, boolean bias) {
        this("", inChannels, outChannels, kernelSize, cfg, bias);
    }

    /** As the other constructor, with parameters named "{paramPrefix}.weight" and "{paramPrefix}.bias". */
    public Conv1d(String paramPrefix, int inChannels, int outChannels, int kernelSize, Conv2dConfig cfg, boolean bias) {
        if (cfg.strideH() != 1 || cfg.dilationH() != 1 || cfg.padTop() != 0 || cfg.padBottom() != 0) {
            throw new IllegalArgumentException("Conv1d needs a 1D configuration (Conv2dConfig.oneD: vertical stride and"
                    + " dilation 1, no vertical padding), got " + cfg);
        }
        if (inChannels < 1 || outChannels < 1 || kernelSize < 1) {
            throw new IllegalArgumentException("Conv1d needs at least one channel in and out and a kernel of at least 1, got "
                    + inChannels + "→" + outChannels + " channels, kernel " + kernelSize);
        }
        if (inChannels % cfg.groups() != 0 || outChannels % cfg.groups() != 0) {
            throw new IllegalArgumentException("Conv1d: groups (" + cfg.groups() + ") must divide both the input channels ("
                    + inChannels + ") and the output channels (" + outChannels + ")");
        }
        this.inChannels = inChannels;
        this.outChannels = outChannels;
        this.kernelSize = kernelSize;
        this.cfg = cfg;
        this.weight = new Param(LayerNames.param(paramPrefix, "weight"),
                Tensor.zeros(outChannels, inChannels / cfg.groups(), kernelSize));
        this.bias = bias ? new Param(LayerNames.param(paramPrefix, "bias"), Tensor.zeros(outChannels)) : null;
    }

    /**
     * Renames the parameters to "{prefix}.weight" and "{prefix}.bias", keeping their values and gradients.
     * The names live in new {@link Param} objects, so call this before an optimizer captures {@link #params()}.
     */
    public void setParamPrefix(String prefix) {
        weight = Conv2d.renamed(weight, LayerNames.param(prefix, "weight"));
        bias = bias == null ? null : Conv2d.renamed(bias, LayerNames.param(prefix, "bias"));
    }

    public Conv2dConfig config() {
        return cfg;
    }

    /** Runs this layer's convolutions on {@code kernel} from now on (by default {@link ConvKernel#shared()}). */
    @Override
    public void useKernel(ConvKernel kernel) {
        if (kernel == null) {
            throw new IllegalArgumentException(name() + ": the convolution kernel must not be null");
        }
        this.kernel = kernel;
    }

    /** Told false (a network's first layer), backward skips the input gradient and returns null. */
    @Override
    public void setNeedsInputGradient(boolean needed) {
        this.needsInputGradient = needed;
    }

    public ConvKernel kernel() {
        return kernel;
    }

    public Param weight() {
        return weight;
    }

    /** The bias parameter, or null for a layer without bias. */
    public Param bias() {
        return bias;
    }

    @Override
    public String name() {
        String pad = cfg.padLeft() == cfg.padRight()
                ? (cfg.padLeft() == 0 ? "" : ", pad " + cfg.padLeft())
                : ", pad l" + cfg.padLeft() + " r" + cfg.padRight();
        return "Conv1d(" + inChannels + "→" + outChannels + ", k " + kernelSize
                + (cfg.strideW() == 1 ? "" : ", stride " + cfg.strideW()) + pad
                + (cfg.dilationW() == 1 ? "" : ", dilation " + cfg.dilationW())
                + (cfg.groups() == 1 ? "" : cfg.groups() == inChannels ? ", depthwise" : ", groups " + cfg.groups())
                + (bias == null ? ", no bias" : "") + ")";
    }

    @Override
    public int[] outputShape(int[] inputShape) {
        if (inputShape.length != 3 || inputShape[1] != inChannels) {
            throw new IllegalArgumentException(name() + " expects input [N, " + inChannels + ", L], got "
                    + Shapes.describe(inputShape));
        }
        return ConvOps.conv1dOutputShape(inputShape, weight.value().shape(), null, cfg);
    }

    @Override
    public Tensor forward(Tensor input, Mode mode) {
        outputShape(input.shape());
        lastInput = input;
        return convolve(input);
    }

    @Override
    public Tensor backward(Tensor gradOutput) {
        if (lastInput == null) {
            throw new IllegalStateException(name() + ": backward called before forward");
        }
        ConvOps.ConvGrads grads = convolveBackward(lastInput, gradOutput);
        Buffers.addInto(weight.grad().data(), grads.weight().data());
        if (bias != null) {
            Buffers.addInto(bias.grad().data(), grads.bias().data());
        }
        return grads.input();
    }

    // The one place this layer reaches the convolution arithmetic, as in Conv2d: [A, B, L] runs as [A, B, 1, L].
    private Tensor convolve(Tensor input) {
        int[] out = outputShape(input.shape());
        output = Buffers.reuse(output, out);
        kernel.forward(as2d(input), as2d(weight.value()), bias == null ? null : bias.value(), cfg, workspace, as2d(output));
        return output;
    }

    private ConvOps.ConvGrads convolveBackward(Tensor input, Tensor gradOutput) {
        int[] out = outputShape(input.shape());
        if (!gradOutput.hasShape(out)) {
            throw new IllegalArgumentException(name() + ": gradOutput " + Shapes.describe(gradOutput.shape())
                    + " must have the output shape " + Shapes.describe(out));
        }
        Tensor w = as2d(weight.value());
        gradBuffers = Conv2d.gradBuffers(gradBuffers, as2d(input).shape(), w, bias != null, needsInputGradient);
        ConvOps.ConvGrads g = kernel.backward(as2d(input), w, bias != null, as2d(gradOutput), cfg, workspace, gradBuffers);
        return new ConvOps.ConvGrads(g.input() == null ? null : g.input().reshape(input.shape()),
                g.weight().reshape(weight.value().shape()), g.bias());
    }

    /** [A, B, L] -> [A, B, 1, L], sharing storage. */
    private static Tensor as2d(Tensor t) {
        return t.reshape(t.dim(0), t.dim(1), 1, t.dim(2));
    }

    @Override
    public List<Param> params() {
        return bias == null ? List.of(weight) : List.of(weight, bias);
    }

    /** 2 × multiply-adds per sample: Cout·Lo outputs, each summing (Cin/groups)·k products. */
    @Override
    public long flops(int[] inputShape) {
        int[] out = outputShape(inputShape);
        return 2L * outChannels * out[2] * (inChannels / cfg.groups()) * kernelSize;
    }
}
