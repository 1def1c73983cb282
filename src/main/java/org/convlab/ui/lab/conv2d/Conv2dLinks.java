package org.convlab.ui.lab.conv2d;

import java.util.ArrayList;
import java.util.List;
import org.convlab.explain.ConvTrace;
import org.convlab.ui.lab.CellRef;
import org.convlab.ui.widgets.Cell;
import org.convlab.ui.widgets.TensorGrid;
import org.convlab.ui.widgets.TensorGrid.Emphasis;

/**
 * Links the grids: hovering an output shows its window and kernel, hovering an input shows the
 * outputs it feeds and the taps through which, clicking an output pins its step; the player's
 * step reveals the outputs computed so far. Reads the step, readers and marks from
 * {@link Conv2dFocus}; computes only which cells to emphasise.
 */
final class Conv2dLinks {
    private final Conv2dModel model;
    private final Conv2dGrids grids;

    Conv2dLinks(Conv2dModel model, Conv2dGrids grids) {
        this.model = model;
        this.grids = grids;
        grids.onInputsRebuilt = this::wireInputs;
        grids.onOutputsRebuilt = this::wireOutputs;
        grids.onKernelsRebuilt = this::refresh;
        model.focus().onChange(this::refresh);
    }

    private void wireInputs() {
        for (TensorGrid g : grids.inputGrids) {
            int c = (Integer) g.getProperties().get("channel");
            g.setOnHover(cell -> model.focus().hoverInput(cell == null ? null : new Conv2dFocus.InputCell(c, cell.row(), cell.col())));
        }
        refresh();
    }

    private void wireOutputs() {
        for (TensorGrid g : grids.outputGrids) {
            int f = (Integer) g.getProperties().get("channel");
            g.setOnHover(cell -> model.focus().hoverOutput(cell == null ? null : new Conv2dFocus.OutputCell(f, cell.row(), cell.col())));
            g.setOnClick(cell -> model.focus().clickOutput(new Conv2dFocus.OutputCell(f, cell.row(), cell.col())));
        }
        refresh();
    }

    /** Sets every grid's emphasis, pin, dimming and reveal from the focus and the player. */
    void refresh() {
        ConvTrace t = model.trace();
        ConvTrace.Step s = model.focus().shownStep();
        List<ConvTrace.Reader> readers = model.focus().readersProperty().get();
        List<CellRef> marks = model.focus().marksProperty().get();
        int index = model.player().index();
        int groups = model.setup().groups();
        for (TensorGrid g : grids.inputGrids) {
            int c = (Integer) g.getProperties().get("channel");
            List<Cell> window = new ArrayList<>();
            if (s != null) {
                for (ConvTrace.Tap tap : s.taps()) {
                    if (tap.channel() == c) {
                        window.add(new Cell(tap.iy(), tap.ix()));
                    }
                }
            }
            g.setEmphasis(Emphasis.WINDOW, window);
            g.setDimmed(s != null && groups > 1 && window.isEmpty());
            g.setEmphasis(Emphasis.LESSON, CellRef.cellsIn(marks, CellRef.INPUT, c, -1));
        }
        for (int f = 0; f < grids.kernelGrids.size(); f++) {
            List<TensorGrid> row = grids.kernelGrids.get(f);
            for (int c = 0; c < row.size(); c++) {
                TensorGrid g = row.get(c);
                boolean used = s != null && s.outChannel() == f;
                g.setEmphasis(Emphasis.WINDOW, used ? g.allCells() : List.of());
                g.setDimmed(s != null && !used);
                List<Cell> linked = new ArrayList<>();
                Conv2dFocus.InputCell hovered = model.focus().hoveredInputProperty().get();
                for (ConvTrace.Reader r : readers) {
                    if (r.outChannel() == f && hovered != null && t != null
                            && hovered.channel() - groupStart(f, row.size(), groups) == c) {
                        linked.add(writtenTap(r.ky(), r.kx()));
                    }
                }
                g.setEmphasis(Emphasis.LINKED, linked);
                g.setEmphasis(Emphasis.LESSON, CellRef.cellsIn(marks, CellRef.KERNEL, f, c));
            }
        }
        for (TensorGrid g : grids.outputGrids) {
            int f = (Integer) g.getProperties().get("channel");
            g.setEmphasis(Emphasis.WINDOW, s != null && s.outChannel() == f ? List.of(new Cell(s.oy(), s.ox())) : List.of());
            List<Cell> linked = new ArrayList<>();
            for (ConvTrace.Reader r : readers) {
                if (r.outChannel() == f) {
                    linked.add(new Cell(r.oy(), r.ox()));
                }
            }
            g.setEmphasis(Emphasis.LINKED, linked);
            g.setEmphasis(Emphasis.LESSON, CellRef.cellsIn(marks, CellRef.OUTPUT, f, -1));
            boolean pinnedHere = model.focus().isPinned() && t != null && index >= 0 && index / plane(t) == f;
            g.setPinned(pinnedHere ? new Cell(index / t.outputShape()[2] % t.outputShape()[1], index % t.outputShape()[2]) : null);
            int shown = index < 0 || t == null ? -1 : Math.max(0, Math.min(plane(t), index + 1 - f * plane(t)));
            g.setRevealed(shown);
        }
    }

    /**
     * The kernel grid shows the kernel as written; a true convolution slides it turned by 180°,
     * so the trace's tap (ky, kx) is the written cell (kh − 1 − ky, kw − 1 − kx).
     */
    private Cell writtenTap(int ky, int kx) {
        if (!model.setup().flip()) {
            return new Cell(ky, kx);
        }
        int[] k = model.setup().kernel().shape();
        return new Cell(k[2] - 1 - ky, k[3] - 1 - kx);
    }

    /** The first input channel of filter f's group. */
    private int groupStart(int filter, int channelsPerGroup, int groups) {
        int filtersPerGroup = Math.max(1, grids.kernelGrids.size() / Math.max(1, groups));
        return (filter / filtersPerGroup) * channelsPerGroup;
    }

    private static int plane(ConvTrace t) {
        return t.outputShape()[1] * t.outputShape()[2];
    }
}
