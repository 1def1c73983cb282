package org.convlab.lesson.exercise;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Reading what a student types as a number, and writing numbers the way lessons show them. */
public final class Numbers {
    private Numbers() {
    }

    /**
     * The number in {@code text}, or null: decimals with a point or a comma ("0.5", "0,5"), a
     * leading minus (also "−"), and simple fractions ("1/3", "-4/9"). No "NaN", no "Infinity".
     */
    public static Double parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replace('−', '-').replace('–', '-');
        if (t.isEmpty() || t.length() > 40) {
            return null;
        }
        int slash = t.indexOf('/');
        if (slash >= 0) {
            Double a = decimal(t.substring(0, slash).strip());
            Double b = decimal(t.substring(slash + 1).strip());
            return a == null || b == null || b == 0 ? null : a / b;
        }
        return decimal(t);
    }

    private static Double decimal(String t) {
        if (t.indexOf(',') >= 0 && t.indexOf('.') < 0 && t.indexOf(',') == t.lastIndexOf(',')) {
            t = t.replace(',', '.');
        }
        if (t.isEmpty()) {
            return null;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean sign = (c == '-' || c == '+') && (i == 0 || t.charAt(i - 1) == 'e' || t.charAt(i - 1) == 'E');
            if (!Character.isDigit(c) && c != '.' && c != 'e' && c != 'E' && !sign) {
                return null;
            }
        }
        try {
            double v = Double.parseDouble(t);
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "7", "-0.5", "0.4444": whole numbers without decimals, others to at most 4 decimals. */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        String s = BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
