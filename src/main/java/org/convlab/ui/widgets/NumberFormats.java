package org.convlab.ui.widgets;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How numbers are written on screen: a true minus sign (easier to see from the back of a hall
 * than a hyphen), no trailing zeros, and a fixed number of decimals per purpose. Formatting
 * only: the numbers themselves come from the engine or a trace.
 */
public final class NumberFormats {
    public static final char MINUS = '\u2212';

    private NumberFormats() {
    }

    /** A value in a grid cell: at most 2 decimals ("0.11", "−1", "12.5"). */
    public static String cell(double v) {
        return format(v, 2);
    }

    /** A value in an equation: at most 4 decimals. */
    public static String exact(double v) {
        return format(v, 4);
    }

    /** A factor inside a product, in parentheses when negative: "(−1)". */
    public static String factor(double v) {
        String s = exact(v);
        return s.charAt(0) == MINUS ? "(" + s + ")" : s;
    }

    /** {@code v} rounded half-up to at most {@code decimals} decimals, trailing zeros dropped. */
    public static String format(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : MINUS + "∞";
        }
        BigDecimal d = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        String s = d.abs().toPlainString();
        return d.signum() < 0 ? MINUS + s : s;
    }
}
