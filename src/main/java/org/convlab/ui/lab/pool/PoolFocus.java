package org.convlab.ui.lab.pool;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.convlab.explain.PoolTrace;
import org.convlab.ui.lab.CellRef;

/**
 * What the pooling lab's linked views point at: the output or input cell under the mouse,
 * whether the current step is pinned, and from those the step whose window and arithmetic are
 * shown and the outputs whose windows hold a hovered input. Without a pin, hovering an output
 * shows that output's step; clicking one jumps the player there and pins it, so hovering
 * elsewhere no longer replaces it until it is clicked again or the player returns to the
 * overview. The same rules as the convolution lab's focus.
 */
public final class PoolFocus {
    /** An output element: channel, row, column. */
    public record OutputCell(int channel, int row, int col) {
    }

    /** An input element: channel, row, column (outside the input: padding). */
    public record InputCell(int channel, int row, int col) {
    }

    private final PoolModel model;
    private final ReadOnlyObjectWrapper<OutputCell> hoveredOutput = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<InputCell> hoveredInput = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper pinned = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<PoolTrace.Step> shownStep = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<PoolTrace.Reader>> readers = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<CellRef>> marks = new ReadOnlyObjectWrapper<>(List.of());

    PoolFocus(PoolModel model) {
        this.model = model;
        model.player().indexProperty().addListener((o, a, b) -> {
            if (b.intValue() < 0) {
                pinned.set(false);
            }
            update();
        });
    }

    // --- properties

    public ReadOnlyObjectProperty<OutputCell> hoveredOutputProperty() {
        return hoveredOutput.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<InputCell> hoveredInputProperty() {
        return hoveredInput.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pinnedProperty() {
        return pinned.getReadOnlyProperty();
    }

    /** The step whose window and arithmetic are shown, or null (overview, invalid setup). */
    public ReadOnlyObjectProperty<PoolTrace.Step> shownStepProperty() {
        return shownStep.getReadOnlyProperty();
    }

    /** The outputs whose windows hold the hovered input cell. */
    public ReadOnlyObjectProperty<List<PoolTrace.Reader>> readersProperty() {
        return readers.getReadOnlyProperty();
    }

    /** Cells a lesson asked to highlight. */
    public ReadOnlyObjectProperty<List<CellRef>> marksProperty() {
        return marks.getReadOnlyProperty();
    }

    public PoolTrace.Step shownStep() {
        return shownStep.get();
    }

    public boolean isPinned() {
        return pinned.get();
    }

    // --- commands

    public void hoverOutput(OutputCell c) {
        hoveredOutput.set(c);
        update();
    }

    public void hoverInput(InputCell c) {
        hoveredInput.set(c);
        PoolTrace t = model.trace();
        readers.set(c == null || t == null ? List.of() : t.readersOf(c.channel(), c.row(), c.col()));
    }

    /** Jumps the player to this output's step and pins it; clicking the pinned output unpins it. */
    public void clickOutput(OutputCell c) {
        PoolTrace t = model.trace();
        if (t == null) {
            return;
        }
        int i = t.stepIndex(c.channel(), c.row(), c.col());
        if (pinned.get() && model.player().index() == i) {
            pinned.set(false);
        } else {
            model.player().pause();
            model.player().jumpTo(i);
            pinned.set(true);
        }
        update();
    }

    public void unpin() {
        pinned.set(false);
        update();
    }

    public void mark(List<CellRef> cells) {
        marks.set(List.copyOf(cells));
    }

    void setupChanged() {
        PoolTrace t = model.trace();
        OutputCell o = hoveredOutput.get();
        if (o != null && (t == null || o.channel() >= t.outputShape()[0] || o.row() >= t.outputShape()[1]
                || o.col() >= t.outputShape()[2])) {
            hoveredOutput.set(null);
        }
        hoverInput(hoveredInput.get());
        if (t == null) {
            pinned.set(false);
        }
        update();
    }

    private void update() {
        PoolTrace t = model.trace();
        PoolTrace.Step s = null;
        if (t != null) {
            OutputCell o = hoveredOutput.get();
            int i = model.player().index();
            if (o != null && !pinned.get()) {
                s = t.step(t.stepIndex(o.channel(), o.row(), o.col()));
            } else if (i >= 0 && i < t.steps()) {
                s = t.step(i);
            }
        }
        shownStep.set(s);
    }
}
