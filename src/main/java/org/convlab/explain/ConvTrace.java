package org.convlab.explain;

import java.util.ArrayList;
import java.util.List;
import org.convlab.engine.Conv2dConfig;
import org.convlab.engine.ConvOps;
import org.convlab.engine.Shapes;
import org.convlab.engine.Tensor;

/**
 * The step-by-step account of a convolution of one sample: for each output element, the input
 * positions it reads (padding included, marked), the kernel taps, each product, the running sum,
 * the bias and the value.
 *
 * <p>Steps are built on demand, one at a time, so a 224×224×3 input with 64 filters costs
 * nothing until a step is asked for. Each step replays the summation order that
 * {@link ConvOps} documents (channels, then kernel rows, then columns, padding skipped, bias
 * last, all in double, rounded once), so its value equals the engine's output bit for bit.
 * Steps are numbered in output order: filter, then row, then column.
 */
public final class ConvTrace implements Trace<ConvTrace.Step, ConvTrace.Reader> {
    private final Tensor input;   // [C, H, W]
    private final Tensor weight;  // [Cout, C/groups, kh, kw]
    private final float[] bias;   // [Cout] or null
    private final Conv2dConfig cfg;
    private final int cin;
    private final int h;
    private final int w;
    private final int cout;
    private final int cinPerGroup;
    private final int coutPerGroup;
    private final int kh;
    private final int kw;
    private final int outH;
    private final int outW;
    private Tensor output; // [Cout, Ho, Wo], computed by the engine when first asked for

    private ConvTrace(Tensor input, Tensor weight, float[] bias, Conv2dConfig cfg, int[] outShape) {
        this.input = input;
        this.weight = weight;
        this.bias = bias;
        this.cfg = cfg;
        int[] in = input.shape();
        int[] k = weight.shape();
        this.cin = in[0];
        this.h = in[1];
        this.w = in[2];
        this.cout = k[0];
        this.cinPerGroup = k[1];
        this.kh = k[2];
        this.kw = k[3];
        this.coutPerGroup = cout / cfg.groups();
        this.outH = outShape[2];
        this.outW = outShape[3];
    }

    /**
     * A trace of input [C, H, W] convolved with weight [Cout, C/groups, kh, kw] and bias [Cout]
     * (or null); throws IllegalArgumentException with the engine's message for an invalid setup.
     */
    public static ConvTrace of(Tensor input, Tensor weight, float[] bias, Conv2dConfig cfg) {
        if (input.rank() != 3) {
            throw new IllegalArgumentException("a trace takes one sample [C, H, W], got " + Shapes.describe(input.shape()));
        }
        int[] in = input.shape();
        int[] outShape = ConvOps.conv2dOutputShape(new int[] {1, in[0], in[1], in[2]}, weight.shape(),
                bias == null ? null : new int[] {bias.length}, cfg);
        return new ConvTrace(input, weight, bias, cfg, outShape);
    }

    /** [Cout, Ho, Wo]. */
    public int[] outputShape() {
        return new int[] {cout, outH, outW};
    }

    public Conv2dConfig config() {
        return cfg;
    }

    /** Number of steps: one per output element. */
    public int steps() {
        return cout * outH * outW;
    }

    public int stepIndex(int outChannel, int oy, int ox) {
        return (outChannel * outH + oy) * outW + ox;
    }

    /** The engine's output for the whole sample, [Cout, Ho, Wo]. */
    public Tensor output() {
        if (output == null) {
            Tensor x = input.reshape(1, cin, h, w);
            Tensor b = bias == null ? null : Tensor.wrap(bias, bias.length);
            output = ConvOps.conv2d(x, weight, b, cfg).reshape(cout, outH, outW);
        }
        return output;
    }

    /** One kernel tap of a step. {@code channel} is the input channel; iy, ix may lie in the padding. */
    public record Tap(int channel, int ky, int kx, int iy, int ix, boolean padding,
                      float weight, float input, double product, double runningSum) {
    }

    /**
     * One output element's arithmetic. {@code channelSums[i]} is the partial sum over the i-th
     * input channel of this filter's group (channel {@code firstChannel + i}).
     */
    public record Step(int index, int outChannel, int oy, int ox, int firstChannel, List<Tap> taps,
                       double[] channelSums, boolean hasBias, float bias, double sum, float value) {
    }

    /** Builds step {@code index} (0 ≤ index < steps()). */
    public Step step(int index) {
        if (index < 0 || index >= steps()) {
            throw new IndexOutOfBoundsException("step " + index + " of " + steps());
        }
        int co = index / (outH * outW);
        int oy = (index / outW) % outH;
        int ox = index % outW;
        int first = (co / coutPerGroup) * cinPerGroup;
        float[] x = input.data();  // [C, H, W]
        float[] k = weight.data(); // [Cout, C/groups, kh, kw]
        List<Tap> taps = new ArrayList<>(cinPerGroup * kh * kw);
        double[] channelSums = new double[cinPerGroup];
        double s = 0.0;
        for (int ci = 0; ci < cinPerGroup; ci++) {
            double channelSum = 0.0;
            for (int ky = 0; ky < kh; ky++) {
                int iy = oy * cfg.strideH() - cfg.padTop() + ky * cfg.dilationH();
                for (int kx = 0; kx < kw; kx++) {
                    int ix = ox * cfg.strideW() - cfg.padLeft() + kx * cfg.dilationW();
                    float wv = k[((co * cinPerGroup + ci) * kh + ky) * kw + kx];
                    boolean pad = iy < 0 || iy >= h || ix < 0 || ix >= w;
                    float xv = pad ? 0f : x[((first + ci) * h + iy) * w + ix];
                    double product = (double) wv * (double) xv;
                    if (!pad) {
                        s += product; // the engine skips padding; so does the replay
                        channelSum += product;
                    }
                    taps.add(new Tap(first + ci, ky, kx, iy, ix, pad, wv, xv, pad ? 0.0 : product, s));
                }
            }
            channelSums[ci] = channelSum;
        }
        float b = bias == null ? 0f : bias[co];
        if (bias != null) {
            s += (double) b;
        }
        return new Step(index, co, oy, ox, first, List.copyOf(taps), channelSums, bias != null, b, s, (float) s);
    }

    /** An output element and the kernel tap through which it reads a given input element. */
    public record Reader(int outChannel, int oy, int ox, int ky, int kx) {
    }

    /** Every output element that reads input element (channel, iy, ix), and through which tap. */
    public List<Reader> readersOf(int channel, int iy, int ix) {
        List<Reader> readers = new ArrayList<>();
        int group = channel / cinPerGroup;
        for (int co = group * coutPerGroup; co < (group + 1) * coutPerGroup; co++) {
            for (int ky = 0; ky < kh; ky++) {
                int ny = iy + cfg.padTop() - ky * cfg.dilationH();
                if (ny < 0 || ny % cfg.strideH() != 0 || ny / cfg.strideH() >= outH) {
                    continue;
                }
                for (int kx = 0; kx < kw; kx++) {
                    int nx = ix + cfg.padLeft() - kx * cfg.dilationW();
                    if (nx < 0 || nx % cfg.strideW() != 0 || nx / cfg.strideW() >= outW) {
                        continue;
                    }
                    readers.add(new Reader(co, ny / cfg.strideH(), nx / cfg.strideW(), ky, kx));
                }
            }
        }
        return readers;
    }
}
