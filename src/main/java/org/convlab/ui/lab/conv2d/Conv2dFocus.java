package org.convlab.ui.lab.conv2d;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.convlab.explain.ConvTrace;
import org.convlab.ui.lab.CellRef;

/**
 * What the lab's linked views point at: the output or input cell under the mouse, whether the
 * current step is pinned, and from those the step whose window and arithmetic are shown and
 * the outputs a hovered input feeds. Without a pin, hovering an output shows that output's
 * step; clicking one jumps the player there and pins it, so hovering elsewhere no longer
 * replaces it until it is clicked again or the player returns to the overview.
 */
public final class Conv2dFocus {
    /** An output element: filter (output channel), row, column. */
    public record OutputCell(int filter, int row, int col) {
    }

    /** An input element: channel, row, column (outside the input: padding). */
    public record InputCell(int channel, int row, int col) {
    }

    private final Conv2dModel model;
    private final ReadOnlyObjectWrapper<OutputCell> hoveredOutput = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<InputCell> hoveredInput = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper pinned = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ConvTrace.Step> shownStep = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<ConvTrace.Reader>> readers = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<CellRef>> marks = new ReadOnlyObjectWrapper<>(List.of());

    Conv2dFocus(Conv2dModel model) {
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
    public ReadOnlyObjectProperty<ConvTrace.Step> shownStepProperty() {
        return shownStep.getReadOnlyProperty();
    }

    /** The outputs that read the hovered input cell, and through which kernel tap. */
    public ReadOnlyObjectProperty<List<ConvTrace.Reader>> readersProperty() {
        return readers.getReadOnlyProperty();
    }

    /** Cells a lesson asked to highlight. */
    public ReadOnlyObjectProperty<List<CellRef>> marksProperty() {
        return marks.getReadOnlyProperty();
    }

    public ConvTrace.Step shownStep() {
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
        ConvTrace t = model.trace();
        readers.set(c == null || t == null ? List.of() : t.readersOf(c.channel(), c.row(), c.col()));
    }

    /** Jumps the player to this output's step and pins it; clicking the pinned output unpins it. */
    public void clickOutput(OutputCell c) {
        ConvTrace t = model.trace();
        if (t == null) {
            return;
        }
        int i = t.stepIndex(c.filter(), c.row(), c.col());
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
        ConvTrace t = model.trace();
        OutputCell o = hoveredOutput.get();
        if (o != null && (t == null || o.filter() >= t.outputShape()[0] || o.row() >= t.outputShape()[1] || o.col() >= t.outputShape()[2])) {
            hoveredOutput.set(null);
        }
        hoverInput(hoveredInput.get());
        if (t == null) {
            pinned.set(false);
        }
        update();
    }

    private void update() {
        ConvTrace t = model.trace();
        ConvTrace.Step s = null;
        if (t != null) {
            OutputCell o = hoveredOutput.get();
            int i = model.player().index();
            if (o != null && !pinned.get()) {
                s = t.step(t.stepIndex(o.filter(), o.row(), o.col()));
            } else if (i >= 0 && i < t.steps()) {
                s = t.step(i);
            }
        }
        shownStep.set(s);
    }
}
