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
