package org.convlab.ui.lab.pool;

import java.util.ArrayList;
import java.util.List;
import org.convlab.explain.PoolTrace;
import org.convlab.ui.lab.CellRef;
import org.convlab.ui.widgets.Cell;
import org.convlab.ui.widgets.TensorGrid;
import org.convlab.ui.widgets.TensorGrid.Emphasis;

/**
 * Links the step-by-step grids: hovering an output shows its window (and the max's winner),
 * hovering an input shows every output whose window holds it, clicking an output pins its
 * step; the player's step reveals the outputs computed so far. Reads the step, readers and
 * marks from {@link PoolFocus}; computes only which cells to emphasise.
 */
final class PoolLinks {
    private final PoolModel model;
    private final PoolGrids grids;

    PoolLinks(PoolModel model, PoolGrids grids) {
        this.model = model;
        this.grids = grids;
        grids.onInputsRebuilt = this::wireInputs;
        grids.onOutputsRebuilt = this::wireOutputs;
        model.focus().onChange(this::refresh);
        wireInputs();
        wireOutputs();
    }

    private void wireInputs() {
        for (TensorGrid g : grids.inputGrids) {
            int c = (Integer) g.getProperties().get("channel");
            g.setOnHover(cell -> model.focus().hoverInput(cell == null ? null : new PoolFocus.InputCell(c, cell.row(), cell.col())));
        }
        refresh();
    }

    private void wireOutputs() {
        for (TensorGrid g : grids.outputGrids) {
            int c = (Integer) g.getProperties().get("channel");
            g.setOnHover(cell -> model.focus().hoverOutput(cell == null ? null : new PoolFocus.OutputCell(c, cell.row(), cell.col())));
            g.setOnClick(cell -> model.focus().clickOutput(new PoolFocus.OutputCell(c, cell.row(), cell.col())));
        }
        refresh();
    }

    /** Sets every grid's emphasis, pin, dimming and reveal from the focus and the player. */
    void refresh() {
        PoolTrace t = model.trace();
        PoolTrace.Step s = model.focus().shownStep();
        List<PoolTrace.Reader> readers = model.focus().readersProperty().get();
        List<CellRef> marks = model.focus().marksProperty().get();
        int index = model.player().index();
        for (TensorGrid g : grids.inputGrids) {
            int c = (Integer) g.getProperties().get("channel");
            boolean here = s != null && s.channel() == c;
            g.setEmphasis(Emphasis.WINDOW, here ? window(s) : List.of());
            g.setEmphasis(Emphasis.PICKED, here ? winner(s) : List.of());
            g.setDimmed(s != null && !here);
            g.setEmphasis(Emphasis.LESSON, CellRef.cellsIn(marks, CellRef.INPUT, c, -1));
        }
        for (TensorGrid g : grids.outputGrids) {
            int c = (Integer) g.getProperties().get("channel");
            g.setEmphasis(Emphasis.WINDOW, s != null && s.channel() == c ? List.of(new Cell(s.oy(), s.ox())) : List.of());
            List<Cell> linked = new ArrayList<>();
            for (PoolTrace.Reader r : readers) {
                if (r.channel() == c) {
                    linked.add(new Cell(r.oy(), r.ox()));
                }
            }
            g.setEmphasis(Emphasis.LINKED, linked);
            g.setEmphasis(Emphasis.LESSON, CellRef.cellsIn(marks, CellRef.OUTPUT, c, -1));
            int plane = t == null ? 1 : t.outputShape()[1] * t.outputShape()[2];
            boolean pinnedHere = model.focus().isPinned() && t != null && index >= 0 && index / plane == c;
            g.setPinned(pinnedHere ? new Cell(index / t.outputShape()[2] % t.outputShape()[1], index % t.outputShape()[2]) : null);
            g.setRevealed(index < 0 || t == null ? -1 : Math.max(0, Math.min(plane, index + 1 - c * plane)));
        }
    }

    /** The cells of a step's window, padding included. */
    static List<Cell> window(PoolTrace.Step s) {
        List<Cell> cells = new ArrayList<>(s.cells().size());
        for (PoolTrace.Cell c : s.cells()) {
            cells.add(new Cell(c.iy(), c.ix()));
        }
        return cells;
    }

    /** The max's winning cell, or nothing for averages. */
    static List<Cell> winner(PoolTrace.Step s) {
        if (s.winner() < 0) {
            return List.of();
        }
        PoolTrace.Cell w = s.cells().get(s.winner());
        return List.of(new Cell(w.iy(), w.ix()));
    }
}
