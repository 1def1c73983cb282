package org.convlab.explain;

import java.util.Locale;

/**
 * The output-size rule of one axis with this configuration's numbers plugged in:
 * floor((n + p_before + p_after - d·(k - 1) - 1) / s) + 1, as PyTorch computes it.
 */
public record OutputSize(String axis, int n, int padBefore, int padAfter, int dilation, int kernel, int stride) {

    /** The result; less than 1 means the configuration has no output on this axis. */
    public int result() {
        return Math.floorDiv(n + padBefore + padAfter - dilation * (kernel - 1) - 1, stride) + 1;
    }

    public boolean valid() {
        return result() >= 1;
    }

    /** The rule in symbols. */
    public String formula() {
        String pad = padBefore == padAfter ? "2·p" : "p₁ + p₂";
        return "⌊(n + " + pad + " − d·(k − 1) − 1) / s⌋ + 1";
    }

    /** The rule with the numbers in, and the result: "⌊(5 + 2·1 − 1·(3 − 1) − 1) / 2⌋ + 1 = 3". */
    public String pluggedIn() {
        String pad = padBefore == padAfter ? "2·" + padBefore : padBefore + " + " + padAfter;
        return String.format(Locale.ROOT, "⌊(%d + %s − %d·(%d − 1) − 1) / %d⌋ + 1 = %d",
                n, pad, dilation, kernel, stride, result());
    }

    /** The problems of the axes that have no output, in order. */
    public static java.util.List<String> problems(java.util.List<OutputSize> axes) {
        return axes.stream().filter(a -> !a.valid()).map(OutputSize::problem).toList();
    }

    /** Why there is no output, in words; null when there is one. */
    public String problem() {
        if (valid()) {
            return null;
        }
        int span = dilation * (kernel - 1) + 1;
        return "output " + axis + " would be " + result() + ": " + pluggedIn() + ". The kernel spans " + span
                + (dilation > 1 ? " (dilation " + dilation + ")" : "") + " but the padded input is only "
                + (n + padBefore + padAfter) + " wide.";
    }
}
