package org.convlab.ui.lab.conv1d;

import java.util.ArrayList;
import java.util.List;
import org.convlab.explain.ConvTrace;
import org.convlab.ui.lab.CellRef;
import org.convlab.ui.widgets.Cell;
import org.convlab.ui.widgets.TensorGrid;
import org.convlab.ui.widgets.TensorGrid.Emphasis;

/**
 * Links the strips: hovering an output sample shows its window and kernel, hovering an input
 * sample shows every output it feeds and the taps through which, clicking an output pins its
 * step; the player's step reveals the outputs computed so far. Reads the step, readers and
 * marks from {@link Conv1dFocus}; computes only which cells to emphasise.
 */
final class Conv1dLinks {
    private final Conv1dModel model;
    private final Conv1dStrips strips;

    Conv1dLinks(Conv1dModel model, Conv1dStrips strips) {
        this.model = model;
        this.strips = strips;
        strips.onRebuilt = this::wire;
        model.focus().onChange(this::refresh);
        wire();
    }

    private void wire() {
        for (TensorGrid g : strips.inputGrids) {
            int c = (Integer) g.getProperties().get("channel");
            g.setOnHover(cell -> model.focus().hoverInput(cell == null ? null : new Conv1dFocus.Sample(c, cell.col())));
        }
        for (TensorGrid g : strips.outputGrids) {
            int f = (Integer) g.getProperties().get("channel");
            g.setOnHover(cell -> model.focus().hoverOutput(cell == null || g.isPadding(cell) ? null : new Conv1dFocus.Output(f, cell.col())));
            g.setOnClick(cell -> {
                if (!g.isPadding(cell)) {
                    model.focus().clickOutput(new Conv1dFocus.Output(f, cell.col()));
                }
            });
        }
        refresh();
    }

    /** Sets every strip's emphasis, pin, dimming and reveal from the focus and the player. */
    void refresh() {
        ConvTrace t = model.trace();
        ConvTrace.Step s = model.focus().shownStep();
        List<ConvTrace.Reader> readers = model.focus().readersProperty().get();
        List<CellRef> marks = model.focus().marksProperty().get();
        Conv1dFocus.Sample hovered = model.focus().hoveredInputProperty().get();
        int index = model.player().index();
        for (TensorGrid g : strips.inputGrids) {
            int c = (Integer) g.getProperties().get("channel");
            List<Cell> window = new ArrayList<>();
            if (s != null) {
                for (ConvTrace.Tap tap : s.taps()) {
                    if (tap.channel() == c) {
                        window.add(new Cell(0, tap.ix()));
                    }
                }
            }
            g.setEmphasis(Emphasis.WINDOW, window);
            g.setEmphasis(Emphasis.SKIPPED, skipped(window));
            g.setDimmed(s != null && window.isEmpty());
            g.setEmphasis(Emphasis.LESSON, CellRef.cellsIn(marks, CellRef.INPUT, c, -1));
        }
        for (int f = 0; f < strips.kernelGrids.size(); f++) {
            List<TensorGrid> row = strips.kernelGrids.get(f);
            for (int c = 0; c < row.size(); c++) {
                TensorGrid g = row.get(c);
                boolean used = s != null && s.outChannel() == f;
                g.setEmphasis(Emphasis.WINDOW, used ? g.allCells() : List.of());
                g.setDimmed(s != null && !used);
                List<Cell> linked = new ArrayList<>();
                for (ConvTrace.Reader r : readers) {
                    if (r.outChannel() == f && hovered != null && t != null && hovered.channel() == firstChannel(f) + c) {
                        linked.add(new Cell(0, r.kx()));
                    }
                }
                g.setEmphasis(Emphasis.LINKED, linked);
                g.setEmphasis(Emphasis.LESSON, CellRef.cellsIn(marks, CellRef.KERNEL, f, c));
            }
        }
        TensorGrid bias = strips.biasGrid();
        bias.setEmphasis(Emphasis.WINDOW, s != null && s.hasBias() ? List.of(new Cell(0, s.outChannel())) : List.of());
        int length = t == null ? 0 : t.outputShape()[2];
        for (TensorGrid g : strips.outputGrids) {
            int f = (Integer) g.getProperties().get("channel");
            g.setEmphasis(Emphasis.WINDOW, s != null && s.outChannel() == f ? List.of(new Cell(0, s.ox())) : List.of());
            List<Cell> linked = new ArrayList<>();
            for (ConvTrace.Reader r : readers) {
                if (r.outChannel() == f) {
                    linked.add(new Cell(0, r.ox()));
                }
            }
            g.setEmphasis(Emphasis.LINKED, linked);
            g.setEmphasis(Emphasis.LESSON, CellRef.cellsIn(marks, CellRef.OUTPUT, f, -1));
            boolean pinnedHere = model.focus().isPinned() && t != null && index >= 0 && index / length == f;
            g.setPinned(pinnedHere ? new Cell(0, index % length) : null);
            int shown = index < 0 || t == null ? -1 : Math.max(0, Math.min(length, index + 1 - f * length));
            g.setRevealed(shown);
        }
    }

    /** The samples between a dilated window's taps, which it skips. */
    private static List<Cell> skipped(List<Cell> window) {
        List<Cell> out = new ArrayList<>();
        for (int i = 0; i + 1 < window.size(); i++) {
            for (int col = window.get(i).col() + 1; col < window.get(i + 1).col(); col++) {
                out.add(new Cell(0, col));
            }
        }
        return out;
    }

    /** The first input channel that filter f reads (its group's first). */
    private int firstChannel(int filter) {
        var s = model.setup();
        int filtersPerGroup = Math.max(1, s.kernel().dim(0) / Math.max(1, s.groups()));
        return (filter / filtersPerGroup) * s.kernel().dim(1);
    }
}
