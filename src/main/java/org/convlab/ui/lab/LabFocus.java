package org.convlab.ui.lab;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.convlab.explain.Trace;
import org.convlab.ui.widgets.StepPlayerModel;

/**
 * What a lab's linked views point at: the output or input element under the mouse, whether the
 * current step is pinned, and from those the step whose window and arithmetic are shown and the
 * outputs a hovered input feeds. Without a pin, hovering an output shows that output's step;
 * clicking one jumps the player there and pins it, so hovering elsewhere no longer replaces it
 * until it is clicked again or the player returns to the overview.
 *
 * <p>Each lab names its own output and input elements (samples in 1D, cells in 2D) and says how
 * they map to trace coordinates; the rules live here once.
 *
 * @param <O> an output element
 * @param <I> an input element
 * @param <S> a step of the lab's trace
 * @param <R> an output that reads a given input
 */
public abstract class LabFocus<O, I, S, R> {
    private final LabModel<?, ? extends Trace<S, R>> model;
    private final StepPlayerModel player;
    private final ReadOnlyObjectWrapper<O> hoveredOutput = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<I> hoveredInput = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper pinned = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<S> shownStep = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<R>> readers = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<CellRef>> marks = new ReadOnlyObjectWrapper<>(List.of());

    protected LabFocus(LabModel<?, ? extends Trace<S, R>> model) {
        this.model = model;
        this.player = model.player();
        player.indexProperty().addListener((o, a, b) -> {
            if (b.intValue() < 0) {
                pinned.set(false);
            }
            update();
        });
    }

    /** The trace step that produces output element {@code o}. */
    protected abstract int stepIndex(Trace<S, R> t, O o);

    /** Whether output element {@code o} still exists in a trace of this output shape. */
    protected abstract boolean contains(int[] outputShape, O o);

    /** The outputs that read input element {@code in}. */
    protected abstract List<R> readersOf(Trace<S, R> t, I in);

    /** The input channel of input element {@code in}. */
    protected abstract int channelOf(I in);

    // --- properties

    public ReadOnlyObjectProperty<I> hoveredInputProperty() {
        return hoveredInput.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pinnedProperty() {
        return pinned.getReadOnlyProperty();
    }

    /** The step whose window and arithmetic are shown, or null (overview, invalid setup). */
    public ReadOnlyObjectProperty<S> shownStepProperty() {
        return shownStep.getReadOnlyProperty();
    }

    /** The outputs that read the hovered input element. */
    public ReadOnlyObjectProperty<List<R>> readersProperty() {
        return readers.getReadOnlyProperty();
    }

    /** Cells a lesson asked to highlight. */
    public ReadOnlyObjectProperty<List<CellRef>> marksProperty() {
        return marks.getReadOnlyProperty();
    }

    public S shownStep() {
        return shownStep.get();
    }

    public boolean isPinned() {
        return pinned.get();
    }

    /**
     * Runs {@code r} whenever what the linked views show may change: the shown step, the
     * readers of a hovered input, the lesson's marks, the pin, or the player's step.
     */
    public void onChange(Runnable r) {
        shownStep.addListener((o, a, b) -> r.run());
        readers.addListener((o, a, b) -> r.run());
        marks.addListener((o, a, b) -> r.run());
        pinned.addListener((o, a, b) -> r.run());
        player.indexProperty().addListener((o, a, b) -> r.run());
    }

    // --- commands

    public void hoverOutput(O o) {
        hoveredOutput.set(o);
        update();
    }

    public void hoverInput(I in) {
        hoveredInput.set(in);
        Trace<S, R> t = model.trace();
        readers.set(in == null || t == null ? List.of() : readersOf(t, in));
    }

    /** Jumps the player to this output's step and pins it; clicking the pinned output unpins it. */
    public void clickOutput(O o) {
        Trace<S, R> t = model.trace();
        if (t == null) {
            return;
        }
        int i = stepIndex(t, o);
        if (pinned.get() && player.index() == i) {
            pinned.set(false);
        } else {
            player.pause();
            player.jumpTo(i);
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

    /** Called by the lab's model after the setup changed: drops elements that no longer exist. */
    public void setupChanged() {
        Trace<S, R> t = model.trace();
        O o = hoveredOutput.get();
        if (o != null && (t == null || !contains(t.outputShape(), o))) {
            hoveredOutput.set(null);
        }
        I in = hoveredInput.get();
        hoverInput(in != null && channelOf(in) < model.setup().input().dim(0) ? in : null); // channels may have gone
        if (t == null) {
            pinned.set(false);
        }
        update();
    }

    private void update() {
        Trace<S, R> t = model.trace();
        S s = null;
        if (t != null) {
            O o = hoveredOutput.get();
            int i = player.index();
            if (o != null && !pinned.get()) {
                s = t.step(stepIndex(t, o));
            } else if (i >= 0 && i < t.steps()) {
                s = t.step(i);
            }
        }
        shownStep.set(s);
    }
}
