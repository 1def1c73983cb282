package org.convlab.ui.lab.conv1d;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.convlab.explain.ConvTrace;
import org.convlab.ui.lab.CellRef;

/**
 * What the 1D lab's linked views point at: the output or input sample under the mouse, whether
 * the current step is pinned, and from those the step whose window and arithmetic are shown and
 * the outputs a hovered input feeds. Without a pin, hovering an output shows that output's step;
 * clicking one jumps the player there and pins it, so hovering elsewhere no longer replaces it
 * until it is clicked again or the player returns to the overview. (The same rules as the 2D
 * lab's focus, for samples instead of cells.)
 */
public final class Conv1dFocus {
    /** An output sample: filter (output channel) and position. */
    public record Output(int filter, int index) {
    }

    /** An input sample: channel and position (outside the signal: padding). */
    public record Sample(int channel, int index) {
    }

    private final Conv1dModel model;
    private final ReadOnlyObjectWrapper<Output> hoveredOutput = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Sample> hoveredInput = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper pinned = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ConvTrace.Step> shownStep = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<ConvTrace.Reader>> readers = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<CellRef>> marks = new ReadOnlyObjectWrapper<>(List.of());

    Conv1dFocus(Conv1dModel model) {
        this.model = model;
        model.player().indexProperty().addListener((o, a, b) -> {
            if (b.intValue() < 0) {
                pinned.set(false);
            }
            update();
        });
    }

    // --- properties

    public ReadOnlyObjectProperty<Output> hoveredOutputProperty() {
        return hoveredOutput.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Sample> hoveredInputProperty() {
        return hoveredInput.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pinnedProperty() {
        return pinned.getReadOnlyProperty();
    }

    /** The step whose window and arithmetic are shown, or null (overview, invalid setup). */
    public ReadOnlyObjectProperty<ConvTrace.Step> shownStepProperty() {
        return shownStep.getReadOnlyProperty();
    }

    /** The outputs that read the hovered input sample, and through which kernel tap. */
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

    public void hoverOutput(Output o) {
        hoveredOutput.set(o);
        update();
    }

    public void hoverInput(Sample s) {
        hoveredInput.set(s);
        ConvTrace t = model.trace();
        readers.set(s == null || t == null ? List.of() : t.readersOf(s.channel(), 0, s.index()));
    }

    /** Jumps the player to this output's step and pins it; clicking the pinned output unpins it. */
    public void clickOutput(Output o) {
        ConvTrace t = model.trace();
        if (t == null) {
            return;
        }
        int i = t.stepIndex(o.filter(), 0, o.index());
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
        Output o = hoveredOutput.get();
        if (o != null && (t == null || o.filter() >= t.outputShape()[0] || o.index() >= t.outputShape()[2])) {
            hoveredOutput.set(null);
        }
        Sample in = hoveredInput.get();
        hoverInput(in != null && in.channel() < model.setup().input().dim(0) ? in : null);
        if (t == null) {
            pinned.set(false);
        }
        update();
    }

    private void update() {
        ConvTrace t = model.trace();
        ConvTrace.Step s = null;
        if (t != null) {
            Output o = hoveredOutput.get();
            int i = model.player().index();
            if (o != null && !pinned.get()) {
                s = t.step(t.stepIndex(o.filter(), 0, o.index()));
            } else if (i >= 0 && i < t.steps()) {
                s = t.step(i);
            }
        }
        shownStep.set(s);
    }
}
