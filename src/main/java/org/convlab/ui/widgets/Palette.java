package org.convlab.ui.widgets;

import javafx.scene.paint.Color;

/**
 * The colour scales of every lab, defined once and chosen by meaning: {@link #DIVERGING} for
 * signed values (negative blue, zero near-white, positive orange), {@link #SEQUENTIAL} for
 * non-negative intensities (viridis), {@link #GRAY} for pictures. The diverging scale pairs
 * ColorBrewer's RdBu blues with its PuOr oranges: blue against orange stays distinct for the
 * common colour-vision deficiencies, and both arms have nearly the same lightness at the same
 * distance from zero, so a value and its negative look equally strong.
 */
public enum Palette {
    /** For t in [-1, 1]: -1 dark blue, 0 near-white, +1 dark orange. */
    DIVERGING(true, "#2166ac", "#4393c3", "#92c5de", "#d1e5f0", "#f7f7f7", "#fee0b6", "#fdb863", "#e08214", "#b35806"),
    /** For t in [0, 1]: viridis, dark violet to yellow; perceptually uniform and colour-blind safe. */
    SEQUENTIAL(false, "#440154", "#482878", "#3e4a89", "#31688e", "#26828e", "#1f9e89", "#35b779", "#6dcd59", "#b4de2c", "#fde725"),
    /** For t in [0, 1]: black to white, for images. */
    GRAY(false, "#000000", "#ffffff");

    private final boolean signed;
    private final Color[] stops;
    /** 256 precomputed colours as ARGB, for heat maps drawn pixel by pixel. */
    private final int[] argb = new int[256];

    Palette(boolean signed, String... hex) {
        this.signed = signed;
        this.stops = new Color[hex.length];
        for (int i = 0; i < hex.length; i++) {
            stops[i] = Color.web(hex[i]);
        }
        for (int i = 0; i < 256; i++) {
            Color c = interpolate(i / 255.0);
            argb[i] = 0xff000000 | (int) Math.round(c.getRed() * 255) << 16
                    | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
        }
    }

    /** True for the scale of signed values, whose input runs from -1 to 1. */
    public boolean signed() {
        return signed;
    }

    /**
     * The colour for {@code t}: in [-1, 1] for {@link #DIVERGING}, in [0, 1] otherwise. Values
     * outside are clamped; NaN gives the middle of the scale.
     */
    public Color color(double t) {
        return interpolate(position(t));
    }

    /** The colour for {@code t} as 0xAARRGGBB, from a 256-step table (for pixel writers). */
    public int argb(double t) {
        return argb[(int) Math.round(position(t) * 255)];
    }

    /** Where {@code t} falls along the stops, from 0 to 1. */
    private double position(double t) {
        if (Double.isNaN(t)) {
            return 0.5;
        }
        double u = signed ? (t + 1) / 2 : t;
        return Math.max(0, Math.min(1, u));
    }

    private Color interpolate(double u) {
        double x = u * (stops.length - 1);
        int i = Math.min(stops.length - 2, (int) Math.floor(x));
        return stops[i].interpolate(stops[i + 1], x - i);
    }

    /** Relative luminance (WCAG) of a colour, to choose readable text on it. */
    public static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    /** Black or white, whichever reads better on {@code background}. */
    public static Color textOn(Color background) {
        double l = luminance(background);
        // contrast with black (l + 0.05) / 0.05 against white 1.05 / (l + 0.05); equal at l ≈ 0.179
        return l > 0.179 ? Color.web("#111111") : Color.WHITE;
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
