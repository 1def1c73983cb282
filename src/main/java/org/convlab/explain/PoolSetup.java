package org.convlab.explain;

import java.util.ArrayList;
import java.util.List;
import org.convlab.engine.PoolConfig;
import org.convlab.engine.Tensor;

/**
 * Everything the pooling lab shows: which pooling, the input [C, H, W], the window, stride and
 * padding. Like {@link ConvSetup}, an invalid setup may exist and {@link #problems()} explains it.
 */
public record PoolSetup(PoolTrace.Kind kind, Tensor input, int kernelH, int kernelW,
                        int strideH, int strideW, int padH, int padW)
        implements LabSetup<PoolTrace> {

    /** The output-size rule per axis, height first (pooling has no dilation). */
    public List<OutputSize> outputSizes() {
        int[] in = input.shape();
        if (kind == PoolTrace.Kind.GLOBAL_AVG) {
            return List.of(new OutputSize("height", in[1], 0, 0, 1, in[1], 1), new OutputSize("width", in[2], 0, 0, 1, in[2], 1));
        }
        return List.of(new OutputSize("height", in[1], padH, padH, 1, kernelH, strideH),
                new OutputSize("width", in[2], padW, padW, 1, kernelW, strideW));
    }

    public List<String> problems() {
        List<String> out = new ArrayList<>();
        if (kind == PoolTrace.Kind.GLOBAL_AVG) {
            return out;
        }
        if (kernelH < 1 || kernelW < 1) {
            out.add("the window must be at least 1×1");
        }
        if (strideH < 1 || strideW < 1) {
            out.add("stride must be at least 1");
        }
        if (padH < 0 || padW < 0) {
            out.add("padding cannot be negative");
        } else if (2 * padH > kernelH || 2 * padW > kernelW) {
            out.add("padding can be at most half the window (" + kernelH / 2 + "×" + kernelW / 2
                    + " here): a window with more padding than input would pool nothing real");
        }
        if (out.isEmpty()) {
            out.addAll(OutputSize.problems(outputSizes()));
        }
        return out;
    }

    public PoolConfig config() {
        return new PoolConfig(kernelH, kernelW, strideH, strideW, padH, padW);
    }

    public PoolTrace trace() {
        if (!valid()) {
            throw new IllegalStateException("invalid setup: " + String.join("; ", problems()));
        }
        return PoolTrace.of(input, kind, kind == PoolTrace.Kind.GLOBAL_AVG ? null : config());
    }

    public PoolSetup withKind(PoolTrace.Kind k) {
        return new PoolSetup(k, input, kernelH, kernelW, strideH, strideW, padH, padW);
    }

    public PoolSetup withInput(Tensor t) {
        return new PoolSetup(kind, t, kernelH, kernelW, strideH, strideW, padH, padW);
    }

    public PoolSetup withWindow(int h, int w) {
        return new PoolSetup(kind, input, h, w, strideH, strideW, padH, padW);
    }

    public PoolSetup withStride(int h, int w) {
        return new PoolSetup(kind, input, kernelH, kernelW, h, w, padH, padW);
    }

    public PoolSetup withPadding(int h, int w) {
        return new PoolSetup(kind, input, kernelH, kernelW, strideH, strideW, h, w);
    }

    /** Max pooling with a square window, stride = window, no padding. */
    public static PoolSetup max(Tensor input, int window) {
        return new PoolSetup(PoolTrace.Kind.MAX, input, window, window, window, window, 0, 0);
    }
}
