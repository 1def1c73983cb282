package org.convlab.ui.widgets;

import javafx.scene.paint.Color;

/**
 * A palette with the range of values it spans. Signed data gets the diverging palette on a
 * range symmetric around zero (so zero is always the neutral colour); non-negative data gets
 * a sequential palette from zero, or from the data's minimum when that is far from zero.
 *
 * @param palette which colours
 * @param min     value shown as the palette's first colour
 * @param max     value shown as the palette's last colour
 */
public record ColorScale(Palette palette, double min, double max) {

    /**
     * The scale a grid of these values gets: diverging when any value is negative, or when
     * {@code nonNegative} is itself diverging (kernels: weights are signed quantities even when
     * a preset's happen to be positive).
     */
    public static ColorScale forValues(float[] values, Palette nonNegative) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (float v : values) {
            if (Float.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo == Double.POSITIVE_INFINITY) {
            return new ColorScale(nonNegative, 0, 1);
        }
        if (lo < 0 || nonNegative.signed()) {
            double m = Math.max(-lo, hi);
            return new ColorScale(Palette.DIVERGING, -m, m == 0 ? 1 : m);
        }
        double from = lo > 0.5 * hi ? lo : 0; // a narrow band far from zero keeps its contrast
        return new ColorScale(nonNegative, from, hi > from ? hi : from + 1);
    }

    /**
     * Like {@link #forValues(float[], Palette)}, but the range ends at the given quantile of the
     * magnitudes (0.98: the top 2% saturate), so a picture dominated by small values keeps its
     * contrast. For display only: values beyond the range show the end colours.
     */
    public static ColorScale forValues(float[] values, Palette nonNegative, double quantile) {
        ColorScale full = forValues(values, nonNegative);
        float[] mags = new float[values.length];
        double base = full.palette().signed() ? 0 : full.min();
        for (int i = 0; i < values.length; i++) {
            mags[i] = (float) Math.abs(values[i] - base);
        }
        java.util.Arrays.sort(mags);
        double q = mags.length == 0 ? 0 : mags[Math.min(mags.length - 1, (int) (quantile * (mags.length - 1)))];
        if (q <= 0) {
            return full;
        }
        return full.palette().signed() ? new ColorScale(full.palette(), -q, q) : new ColorScale(full.palette(), base, base + q);
    }

    /** The palette's parameter for value {@code v}: in [-1, 1] for diverging scales, [0, 1] otherwise. */
    public double position(double v) {
        if (palette.signed()) {
            double m = Math.max(Math.abs(min), Math.abs(max));
            return m == 0 ? 0 : v / m;
        }
        return max == min ? 0 : (v - min) / (max - min);
    }

    public Color color(double v) {
        return palette.color(position(v));
    }

    public int argb(double v) {
        return palette.argb(position(v));
    }
}
