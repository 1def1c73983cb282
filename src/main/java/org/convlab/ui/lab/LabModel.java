package org.convlab.ui.lab;

import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.convlab.explain.LabSetup;
import org.convlab.explain.LabSpec;
import org.convlab.explain.Trace;
import org.convlab.ui.widgets.StepPlayerModel;

/**
 * A stepped lab's state, without nodes: an immutable setup, its trace when the setup is valid,
 * the step player, where the input came from and the seed its presets are drawn with. Every
 * change makes a new setup and asks {@code explain} for a new trace; nothing here does
 * arithmetic on the numbers. Each lab adds its own commands and what follows the setup (its
 * {@link LabFocus}, experiments).
 *
 * @param <S> the lab's setup
 * @param <T> the trace of a valid setup
 */
public abstract class LabModel<S extends LabSetup<T>, T extends Trace<?, ?>> {
    /** The input source of numbers the student typed or a lesson gave as a list. */
    public static final String EDITED = "edited";

    private final ReadOnlyObjectWrapper<S> setup = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<T> trace = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper inputSource;
    private final StepPlayerModel player = new StepPlayerModel();
    private long seed = 1;

    protected LabModel(String defaultInput) {
        inputSource = new ReadOnlyStringWrapper(defaultInput);
    }

    /**
     * Takes a parsed lab state, then moves the player to its step; {@code params} are the raw
     * values, to remember presets by name.
     */
    public final void apply(LabSpec spec, Map<String, ?> params) {
        applySetup(spec, params);
        player.jumpTo(spec.step());
    }

    /** The lab's part of {@link #apply}: its setup and where its numbers came from. */
    protected abstract void applySetup(LabSpec spec, Map<String, ?> params);

    /** What the lab's linked views point at. */
    public abstract LabFocus<?, ?, ?, ?> focus();

    /** Tells what follows the setup (the focus, experiments) that it changed. */
    protected abstract void setupChanged();

    // --- properties

    public ReadOnlyObjectProperty<S> setupProperty() {
        return setup.getReadOnlyProperty();
    }

    /** Where the input came from: a preset id, "random", {@value #EDITED} (or, in 2D, "photo NAME"). */
    public ReadOnlyStringProperty inputSourceProperty() {
        return inputSource.getReadOnlyProperty();
    }

    public S setup() {
        return setup.get();
    }

    public T trace() {
        return trace.get();
    }

    public StepPlayerModel player() {
        return player;
    }

    // --- for the labs

    protected final String inputSource() {
        return inputSource.get();
    }

    protected final void setInputSource(String source) {
        inputSource.set(source);
    }

    protected final long seed() {
        return seed;
    }

    /** A new random draw: "random" presets use the next seed. */
    protected final void nextSeed() {
        seed++;
    }

    /** Remembers the input's source and the seed that a lesson's raw parameters give. */
    protected final void takeSourceAndSeed(Map<String, ?> params, String defaultInput) {
        inputSource.set(sourceOf(params.get("input"), defaultInput));
        seed = params.get("seed") instanceof Number n ? n.longValue() : 1;
    }

    /** A preset's name as given, {@code fallback} when absent, {@value #EDITED} for numbers. */
    protected static String sourceOf(Object raw, String fallback) {
        return raw == null ? fallback : raw instanceof String s ? s : EDITED;
    }

    protected final void change(S next) {
        // The trace and the step count change before the setup, so a view that redraws when the
        // setup changes finds them already matching it.
        T t = next.valid() ? next.trace() : null;
        trace.set(t);
        player.setCount(t == null ? 0 : t.steps());
        setup.set(next);
        setupChanged();
    }
}
