package org.convlab.ui.lab.conv1d;

import java.util.Arrays;
import org.convlab.engine.Tensor;

/**
 * Reshapes the 1D lab's signals [C, 1, L] and kernels [F, C/groups, 1, k] when a control changes
 * a dimension: more filters or channels copy the last existing one, a new kernel size keeps the
 * old taps centred, a new length keeps the start. These only copy numbers into new shapes; no
 * convolution arithmetic happens here.
 */
final class Signals {
    private Signals() {
    }

    /** A kernel [1, k] repeated into [filters, channels, 1, k]. */
    static Tensor repeat(float[] taps, int filters, int channels) {
        Tensor k = Tensor.zeros(filters, channels, 1, taps.length);
        for (int i = 0; i < filters * channels; i++) {
            System.arraycopy(taps, 0, k.data(), i * taps.length, taps.length);
        }
        return k;
    }

    /** [F, C, 1, k] with {@code filters} filters: kept, or the last copied into the new ones. */
    static Tensor withFilters(Tensor k, int filters) {
        int[] s = k.shape();
        int per = s[1] * s[3];
        Tensor out = Tensor.zeros(filters, s[1], 1, s[3]);
        for (int f = 0; f < filters; f++) {
            System.arraycopy(k.data(), Math.min(f, s[0] - 1) * per, out.data(), f * per, per);
        }
        return out;
    }

    /** [F, C, 1, k] with {@code channels} channels per filter, the last one copied into new ones. */
    static Tensor withChannels(Tensor k, int channels) {
        int[] s = k.shape();
        if (s[1] == channels) {
            return k;
        }
        Tensor out = Tensor.zeros(s[0], channels, 1, s[3]);
        for (int f = 0; f < s[0]; f++) {
            for (int c = 0; c < channels; c++) {
                System.arraycopy(k.data(), (f * s[1] + Math.min(c, s[1] - 1)) * s[3], out.data(), (f * channels + c) * s[3], s[3]);
            }
        }
        return out;
    }

    /** [F, C, 1, k] → [F, C, 1, n], old taps centred, new taps 0. */
    static Tensor resizeKernel(Tensor k, int n) {
        int[] s = k.shape();
        Tensor out = Tensor.zeros(s[0], s[1], 1, n);
        int shift = (n - s[3]) / 2;
        for (int fc = 0; fc < s[0] * s[1]; fc++) {
            for (int t = 0; t < s[3]; t++) {
                int nt = t + shift;
                if (nt >= 0 && nt < n) {
                    out.data()[fc * n + nt] = k.data()[fc * s[3] + t];
                }
            }
        }
        return out;
    }

    /** A signal [C, 1, L] cut or extended with zeros to [C, 1, n] (the start kept). */
    static Tensor resizeSignal(Tensor in, int n) {
        int[] s = in.shape();
        Tensor out = Tensor.zeros(s[0], 1, n);
        for (int c = 0; c < s[0]; c++) {
            System.arraycopy(in.data(), c * s[2], out.data(), c * n, Math.min(n, s[2]));
        }
        return out;
    }

    /** A signal [C, 1, L] with {@code channels} channels, the last one copied into new ones. */
    static Tensor withSignalChannels(Tensor in, int channels) {
        int[] s = in.shape();
        Tensor out = Tensor.zeros(channels, 1, s[2]);
        for (int c = 0; c < channels; c++) {
            System.arraycopy(in.data(), Math.min(c, s[0] - 1) * s[2], out.data(), c * s[2], s[2]);
        }
        return out;
    }

    /** One channel's samples, or one filter-and-channel's taps: the {@code i}-th run of the last axis. */
    static float[] row(Tensor t, int i) {
        int n = t.dim(t.rank() - 1);
        return Arrays.copyOfRange(t.data(), i * n, (i + 1) * n);
    }

    /** {@code b} cut or extended with zeros to length n. */
    static float[] resize(float[] b, int n) {
        return Arrays.copyOf(b, n);
    }
}
