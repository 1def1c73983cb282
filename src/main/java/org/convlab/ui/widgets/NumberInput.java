package org.convlab.ui.widgets;

import java.util.Locale;

/**
 * Reads a number a person typed into a cell: "1.5", "-2", "−0.25" (true minus), ".5", "1e-3"
 * or a fraction like "1/9". Anything else is refused with a message saying why; nothing is
 * clamped or guessed.
 */
public final class NumberInput {
    private NumberInput() {
    }

    /** The outcome: a value, or an error message for the person. */
    public record Result(float value, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    public static Result parse(String typed) {
        String s = typed == null ? "" : typed.strip().replace(NumberFormats.MINUS, '-').replace(',', '.');
        if (s.isEmpty()) {
            return new Result(0, "type a number");
        }
        double v;
        try {
            int slash = s.indexOf('/');
            if (slash > 0) {
                double num = plain(s.substring(0, slash));
                double den = plain(s.substring(slash + 1));
                if (den == 0) {
                    return new Result(0, "\"" + typed.strip() + "\" divides by zero");
                }
                v = num / den;
            } else {
                v = plain(s);
            }
        } catch (NumberFormatException e) {
            return new Result(0, "\"" + typed.strip() + "\" is not a number (for example 0.5, −2 or 1/9)");
        }
        float f = (float) v;
        if (!Float.isFinite(f)) {
            return new Result(0, "\"" + typed.strip() + "\" is too large");
        }
        return new Result(f, null);
    }

    private static double plain(String s) {
        String t = s.strip();
        // Double.parseDouble also takes "NaN", "Infinity" and hex floats; a cell takes none of them.
        if (!t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            throw new NumberFormatException(t.toLowerCase(Locale.ROOT));
        }
        return Double.parseDouble(t);
    }
}
