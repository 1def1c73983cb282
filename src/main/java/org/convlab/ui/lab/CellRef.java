package org.convlab.ui.lab;

/**
 * A cell of one of a lab's grids, as lessons name it: which grid, which channel of it (the
 * input channel, the filter for outputs; for a kernel {@code channel} is the filter and
 * {@code sub} the input channel), then row and column in the tensor's own indices.
 */
public record CellRef(String grid, int channel, int sub, int row, int col) {
    public static final String INPUT = "input";
    public static final String KERNEL = "kernel";
    public static final String OUTPUT = "output";

    /** A cell of a grid without sub-channels (input or output). */
    public CellRef(String grid, int channel, int row, int col) {
        this(grid, channel, 0, row, col);
    }
}
