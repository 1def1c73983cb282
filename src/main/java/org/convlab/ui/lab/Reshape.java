package org.convlab.ui.lab;

import java.util.Arrays;
import org.convlab.engine.Tensor;

/**
 * Reshapes a lab's kernels [F, C, kh, kw] and inputs [C, H, W] when a control changes a
 * dimension: more filters or channels copy the last existing one, a new kernel size keeps the
 * old values centred, a new input size keeps the top-left. A 1D lab's kernels [F, C, 1, k] and
 * signals [C, 1, L] are the same with height 1. These only copy numbers into new shapes; no
 * convolution arithmetic happens here.
 */
public final class Reshape {
    private Reshape() {
    }

    /** A preset [1, 1, kh, kw] repeated into [filters, channels, kh, kw]. */
    public static Tensor repeat(Tensor preset, int filters, int channels) {
        int kh = preset.dim(2);
        int kw = preset.dim(3);
        Tensor k = Tensor.zeros(filters, channels, kh, kw);
        for (int i = 0; i < filters * channels; i++) {
            System.arraycopy(preset.data(), 0, k.data(), i * kh * kw, kh * kw);
        }
        return k;
    }

    /** [F, C, kh, kw] with {@code filters} filters: kept, or the last copied into the new ones. */
    public static Tensor withFilters(Tensor k, int filters) {
        int[] s = k.shape();
        int per = s[1] * s[2] * s[3];
        Tensor out = Tensor.zeros(filters, s[1], s[2], s[3]);
        for (int f = 0; f < filters; f++) {
            System.arraycopy(k.data(), Math.min(f, s[0] - 1) * per, out.data(), f * per, per);
        }
        return out;
    }

    /** [F, C, kh, kw] with {@code channels} channels per filter, the last one copied into new ones. */
    public static Tensor withChannels(Tensor k, int channels) {
        int[] s = k.shape();
        if (s[1] == channels) {
            return k;
        }
        int plane = s[2] * s[3];
        Tensor out = Tensor.zeros(s[0], channels, s[2], s[3]);
        for (int f = 0; f < s[0]; f++) {
            for (int c = 0; c < channels; c++) {
                System.arraycopy(k.data(), (f * s[1] + Math.min(c, s[1] - 1)) * plane, out.data(), (f * channels + c) * plane, plane);
            }
        }
        return out;
    }

    /** An input [C, H, W] with {@code channels} channels, the last one copied into new ones. */
    public static Tensor withInputChannels(Tensor in, int channels) {
        int[] s = in.shape();
        return withChannels(in.reshape(1, s[0], s[1], s[2]), channels).reshape(channels, s[1], s[2]);
    }

    /** [F, C, kh, kw] → [F, C, nh, nw], old values centred, new cells 0. */
    public static Tensor resize(Tensor k, int nh, int nw) {
        int[] s = k.shape();
        Tensor out = Tensor.zeros(s[0], s[1], nh, nw);
        int dy = (nh - s[2]) / 2;
        int dx = (nw - s[3]) / 2;
        for (int fc = 0; fc < s[0] * s[1]; fc++) {
            for (int y = 0; y < s[2]; y++) {
                for (int x = 0; x < s[3]; x++) {
                    int ny = y + dy;
                    int nx = x + dx;
                    if (ny >= 0 && nx >= 0 && ny < nh && nx < nw) {
                        out.data()[(fc * nh + ny) * nw + nx] = k.data()[(fc * s[2] + y) * s[3] + x];
                    }
                }
            }
        }
        return out;
    }

    /** An input [C, H, W] cut or extended with zeros to [C, h, w] (top-left kept). */
    public static Tensor resizeInput(Tensor in, int h, int w) {
        int[] s = in.shape();
        Tensor out = Tensor.zeros(s[0], h, w);
        for (int c = 0; c < s[0]; c++) {
            for (int y = 0; y < Math.min(h, s[1]); y++) {
                System.arraycopy(in.data(), (c * s[1] + y) * s[2], out.data(), (c * h + y) * w, Math.min(w, s[2]));
            }
        }
        return out;
    }

    /** {@code b} cut or extended with zeros to length n. */
    public static float[] resize(float[] b, int n) {
        return Arrays.copyOf(b, n);
    }

    /** The {@code i}-th run of the last axis: one channel's samples, or one filter-and-channel's taps. */
    public static float[] row(Tensor t, int i) {
        int n = t.dim(t.rank() - 1);
        return Arrays.copyOfRange(t.data(), i * n, (i + 1) * n);
    }
}
