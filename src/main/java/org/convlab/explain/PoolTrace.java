package org.convlab.explain;

import java.util.ArrayList;
import java.util.List;
import org.convlab.engine.PoolConfig;
import org.convlab.engine.PoolOps;
import org.convlab.engine.Shapes;
import org.convlab.engine.Tensor;

/**
 * The step-by-step account of pooling one sample: for each output element, the window's cells
 * (padding marked), and the winner (max) or the sum and divisor (average). Steps are built on
 * demand and replay the order {@link PoolOps} documents, so each value equals the engine's
 * output bit for bit. Global average pooling is one step per channel over the whole plane.
 */
public final class PoolTrace implements Trace<PoolTrace.Step, PoolTrace.Reader> {
    /** Which pooling. */
    public enum Kind {
        MAX, AVG, GLOBAL_AVG
    }

    private final Tensor input; // [C, H, W]
    private final Kind kind;
    private final PoolConfig cfg; // for GLOBAL_AVG: the whole plane, stride 1, no padding
    private final int c;
    private final int h;
    private final int w;
    private final int outH;
    private final int outW;
    private Tensor output; // [C, Ho, Wo]

    private PoolTrace(Tensor input, Kind kind, PoolConfig cfg, int outH, int outW) {
        this.input = input;
        this.kind = kind;
        this.cfg = cfg;
        int[] in = input.shape();
        this.c = in[0];
        this.h = in[1];
        this.w = in[2];
        this.outH = outH;
        this.outW = outW;
    }

    /** A trace of max or average pooling of input [C, H, W]; throws IllegalArgumentException for an invalid setup. */
    public static PoolTrace of(Tensor input, Kind kind, PoolConfig cfg) {
        if (input.rank() != 3) {
            throw new IllegalArgumentException("a trace takes one sample [C, H, W], got " + Shapes.describe(input.shape()));
        }
        int[] in = input.shape();
        if (kind == Kind.GLOBAL_AVG) {
            return new PoolTrace(input, kind, new PoolConfig(in[1], in[2], 1, 1, 0, 0), 1, 1);
        }
        int[] out = PoolOps.pool2dOutputShape(new int[] {1, in[0], in[1], in[2]}, cfg);
        return new PoolTrace(input, kind, cfg, out[2], out[3]);
    }

    public Kind kind() {
        return kind;
    }

    /** The window used; for global average pooling, the whole plane. */
    public PoolConfig config() {
        return cfg;
    }

    /** [C, Ho, Wo] ([C, 1, 1] for global average pooling). */
    public int[] outputShape() {
        return new int[] {c, outH, outW};
    }

    public int steps() {
        return c * outH * outW;
    }

    public int stepIndex(int channel, int oy, int ox) {
        return (channel * outH + oy) * outW + ox;
    }

    /** The engine's output, [C, Ho, Wo]. */
    public Tensor output() {
        if (output == null) {
            Tensor x = input.reshape(1, c, h, w);
            output = switch (kind) {
                case MAX -> PoolOps.maxPool2d(x, cfg).output();
                case AVG -> PoolOps.avgPool2d(x, cfg);
                case GLOBAL_AVG -> PoolOps.globalAvgPool(x);
            };
            output = output.reshape(c, outH, outW);
        }
        return output;
    }

    /** One cell of a window; iy, ix may lie in the padding. */
    public record Cell(int iy, int ix, boolean padding, float value) {
    }

    /**
     * One output element. For max pooling {@code winner} is the index in {@code cells} of the
     * winning cell; for averages it is -1 and {@code sum / divisor} is the value.
     */
    public record Step(int index, int channel, int oy, int ox, List<Cell> cells, int winner,
                       double sum, int divisor, float value) {
    }

    public Step step(int index) {
        if (index < 0 || index >= steps()) {
            throw new IndexOutOfBoundsException("step " + index + " of " + steps());
        }
        int ch = index / (outH * outW);
        int oy = (index / outW) % outH;
        int ox = index % outW;
        float[] x = input.data(); // [C, H, W]
        List<Cell> cells = new ArrayList<>(cfg.kernelH() * cfg.kernelW());
        int winner = -1;
        float best = Float.NEGATIVE_INFINITY;
        double s = 0.0;
        for (int ky = 0; ky < cfg.kernelH(); ky++) {
            int iy = oy * cfg.strideH() - cfg.padH() + ky;
            for (int kx = 0; kx < cfg.kernelW(); kx++) {
                int ix = ox * cfg.strideW() - cfg.padW() + kx;
                boolean pad = iy < 0 || iy >= h || ix < 0 || ix >= w;
                float v = pad ? 0f : x[(ch * h + iy) * w + ix];
                if (!pad) {
                    s += v;
                    if (winner < 0) {
                        winner = cells.size(); // the engine starts from the first cell inside the input
                    }
                    // Strictly greater or NaN replaces, so ties go to the first cell, as in the engine.
                    if (v > best || Float.isNaN(v)) {
                        best = v;
                        winner = cells.size();
                    }
                }
                cells.add(new Cell(iy, ix, pad, v));
            }
        }
        int divisor = cfg.kernelH() * cfg.kernelW();
        float value = switch (kind) {
            case MAX -> best;
            case AVG, GLOBAL_AVG -> (float) (s / divisor);
        };
        return new Step(index, ch, oy, ox, List.copyOf(cells), kind == Kind.MAX ? winner : -1, s, divisor, value);
    }

    /** An output element whose window holds a given input element, and where in the window (row ky, column kx). */
    public record Reader(int channel, int oy, int ox, int ky, int kx) {
    }

    /**
     * Every output element whose window holds input element (channel, iy, ix), in output order;
     * iy, ix may lie in the padding. Empty for a channel or cell no window reaches.
     */
    public List<Reader> readersOf(int channel, int iy, int ix) {
        List<Reader> readers = new ArrayList<>();
        if (channel < 0 || channel >= c) {
            return readers;
        }
        for (int ky = cfg.kernelH() - 1; ky >= 0; ky--) {
            int ny = iy + cfg.padH() - ky; // = oy * strideH
            if (ny < 0 || ny % cfg.strideH() != 0 || ny / cfg.strideH() >= outH) {
                continue;
            }
            for (int kx = cfg.kernelW() - 1; kx >= 0; kx--) {
                int nx = ix + cfg.padW() - kx;
                if (nx < 0 || nx % cfg.strideW() != 0 || nx / cfg.strideW() >= outW) {
                    continue;
                }
                readers.add(new Reader(channel, ny / cfg.strideH(), nx / cfg.strideW(), ky, kx));
            }
        }
        return readers;
    }
}
