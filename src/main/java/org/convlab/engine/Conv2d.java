package org.convlab.engine;

import java.util.List;

/**
 * A 2D convolution layer: input [N, Cin, H, W] to output [N, Cout, Ho, Wo], with parameters
 * "weight" [Cout, Cin/groups, kh, kw] and optionally "bias" [Cout], both zero at first (an
 * initializer fills them). Training runs on the fast {@link ConvKernel} (by default the shared
 * one, on all cores), which keeps {@link ConvOps}'s semantics and agrees with it to float32
 * rounding; ConvOps stays the reference for explanations and {@code compute}.
 *
 * <p>Forward keeps a reference to its input, not a copy: do not overwrite the input before backward.
 * Output and input gradient are reused from batch to batch ({@link Layer}'s rules).
 */
public final class Conv2d implements Layer {
    private final int inChannels;
    private final int outChannels;
    private final int kernelH;
    private final int kernelW;
    private final Conv2dConfig cfg;
    private Param weight; // [Cout, Cin/groups, kh, kw]
    private Param bias;   // [Cout], null without bias
    private Tensor lastInput; // [N, Cin, H, W], kept by forward for backward
    private ConvKernel kernel = ConvKernel.shared();
    private final ConvWorkspace workspace = new ConvWorkspace(); // the kernel's buffers, kept between batches
    private ConvOps.ConvGrads gradBuffers; // the gradients of the last backward, reused
    private Tensor output;                 // [N, Cout, Ho, Wo], reused
    private boolean needsInputGradient = true;

    public Conv2d(int inChannels, int outChannels, int kernelH, int kernelW, Conv2dConfig cfg, boolean bias) {
        this("", inChannels, outChannels, kernelH, kernelW, cfg, bias);
    }

    /** As the other constructor, with parameters named "{paramPrefix}.weight" and "{paramPrefix}.bias". */
    public Conv2d(String paramPrefix, int inChannels, int outChannels, int kernelH, int kernelW, Conv2dConfig cfg,
                  boolean bias) {
        if (inChannels < 1 || outChannels < 1 || kernelH < 1 || kernelW < 1) {
            throw new IllegalArgumentException("Conv2d needs at least one channel in and out and a kernel of at least 1x1, got "
                    + inChannels + "→" + outChannels + " channels, kernel " + kernelH + "x" + kernelW);
        }
        if (inChannels % cfg.groups() != 0 || outChannels % cfg.groups() != 0) {
            throw new IllegalArgumentException("Conv2d: groups (" + cfg.groups() + ") must divide both the input channels ("
                    + inChannels + ") and the output channels (" + outChannels + ")");
        }
        this.inChannels = inChannels;
        this.outChannels = outChannels;
        this.kernelH = kernelH;
        this.kernelW = kernelW;
        this.cfg = cfg;
        this.weight = new Param(LayerNames.param(paramPrefix, "weight"),
                Tensor.zeros(outChannels, inChannels / cfg.groups(), kernelH, kernelW));
        this.bias = bias ? new Param(LayerNames.param(paramPrefix, "bias"), Tensor.zeros(outChannels)) : null;
    }

    /**
     * Renames the parameters to "{prefix}.weight" and "{prefix}.bias", keeping their values and gradients.
     * The names live in new {@link Param} objects, so call this before an optimizer captures {@link #params()}.
     */
    public void setParamPrefix(String prefix) {
        weight = renamed(weight, LayerNames.param(prefix, "weight"));
        bias = bias == null ? null : renamed(bias, LayerNames.param(prefix, "bias"));
    }

    /** A parameter with a new name sharing the old value tensor and carrying over its gradient. */
    static Param renamed(Param p, String name) {
        Param q = new Param(name, p.value());
        System.arraycopy(p.grad().data(), 0, q.grad().data(), 0, p.grad().size());
        return q;
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

    /** Told false (a network's first layer), backward skips the input gradient, a third of its work, and returns null. */
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
        return "Conv2d(" + inChannels + "→" + outChannels + ", " + LayerNames.window(kernelH, kernelW)
                + LayerNames.stride(cfg.strideH(), cfg.strideW(), false)
                + LayerNames.padding(cfg.padTop(), cfg.padBottom(), cfg.padLeft(), cfg.padRight())
                + LayerNames.dilation(cfg.dilationH(), cfg.dilationW())
                + (cfg.groups() == 1 ? "" : cfg.groups() == inChannels ? ", depthwise" : ", groups " + cfg.groups())
                + (bias == null ? ", no bias" : "") + ")";
    }

    @Override
    public int[] outputShape(int[] inputShape) {
        if (inputShape.length != 4 || inputShape[1] != inChannels) {
            throw new IllegalArgumentException(name() + " expects input [N, " + inChannels + ", H, W], got "
                    + Shapes.describe(inputShape));
        }
        return ConvOps.conv2dOutputShape(inputShape, weight.value().shape(), cfg);
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

    // The one place this layer reaches the convolution arithmetic.
    private Tensor convolve(Tensor input) {
        output = Buffers.reuse(output, outputShape(input.shape()));
        return kernel.forward(input, weight.value(), bias == null ? null : bias.value(), cfg, workspace, output);
    }

    /** The gradients land in buffers reused from the last backward; no input gradient when none is needed. */
    private ConvOps.ConvGrads convolveBackward(Tensor input, Tensor gradOutput) {
        gradBuffers = gradBuffers(gradBuffers, input.shape(), weight.value(), bias != null, needsInputGradient);
        return kernel.backward(input, weight.value(), bias != null, gradOutput, cfg, workspace, gradBuffers);
    }

    /**
     * Buffers for a backward pass: the previous ones where they fit, new ones elsewhere; the input
     * gradient null when {@code inputGradient} is false.
     */
    static ConvOps.ConvGrads gradBuffers(ConvOps.ConvGrads previous, int[] inputShape, Tensor weight, boolean hasBias,
                                         boolean inputGradient) {
        Tensor gx = !inputGradient ? null : Buffers.reuse(previous == null ? null : previous.input(), inputShape);
        Tensor gw = Buffers.reuse(previous == null ? null : previous.weight(), weight.shape());
        Tensor gb = !hasBias ? null : Buffers.reuse(previous == null ? null : previous.bias(), new int[] {weight.dim(0)});
        return new ConvOps.ConvGrads(gx, gw, gb);
    }


    @Override
    public List<Param> params() {
        return bias == null ? List.of(weight) : List.of(weight, bias);
    }

    /** 2 × multiply-adds per sample: Cout·Ho·Wo outputs, each summing (Cin/groups)·kh·kw products. */
    @Override
    public long flops(int[] inputShape) {
        int[] out = outputShape(inputShape);
        return 2L * outChannels * out[2] * out[3] * (inChannels / cfg.groups()) * kernelH * kernelW;
    }
}
