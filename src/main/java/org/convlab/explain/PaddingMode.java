package org.convlab.explain;

/**
 * How a lab pads its input on one axis. Each mode gives the padding before and after the input
 * for a kernel of size k and dilation d.
 */
public enum PaddingMode {
    /** No padding: the output shrinks by d·(k − 1). */
    VALID,
    /** d·(k − 1) in total, the odd pixel after the input (PyTorch's rule); keeps the size at stride 1. */
    SAME,
    /** d·(k − 1) on both sides: every partial overlap of kernel and input appears. */
    FULL,
    /** d·(k − 1) before, none after: an output never reads a later input (1D signals). */
    CAUSAL,
    /** Numbers chosen per side. */
    EXPLICIT;

    /** {before, after} for this mode; {@code explicitBefore/After} are used only by EXPLICIT. */
    public int[] pads(int kernel, int dilation, int explicitBefore, int explicitAfter) {
        int total = dilation * (kernel - 1);
        return switch (this) {
            case VALID -> new int[] {0, 0};
            case SAME -> new int[] {total / 2, total - total / 2};
            case FULL -> new int[] {total, total};
            case CAUSAL -> new int[] {total, 0};
            case EXPLICIT -> new int[] {explicitBefore, explicitAfter};
        };
    }

    /** "valid", "same", … as written in lesson files and on the command line. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
