package org.convlab.ui.lab;

import java.util.ArrayList;
import java.util.List;
import org.convlab.ui.widgets.Cell;

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

    /**
     * The cells of {@code refs} that lie in one grid: {@code grid} and {@code channel}, and for a
     * kernel also {@code sub} (−1: any sub-channel).
     */
    public static List<Cell> cellsIn(List<CellRef> refs, String grid, int channel, int sub) {
        List<Cell> out = new ArrayList<>();
        for (CellRef r : refs) {
            if (r.grid().equals(grid) && r.channel() == channel && (sub < 0 || r.sub() == sub)) {
                out.add(new Cell(r.row(), r.col()));
            }
        }
        return out;
    }
}
