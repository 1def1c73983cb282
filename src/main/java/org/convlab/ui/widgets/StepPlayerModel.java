package org.convlab.ui.widgets;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * Which step of an operation is shown, and whether it plays on by itself. Steps are numbered
 * 0 to count − 1 as the trace numbers them; index −1 is the overview (no step chosen: the lab
 * shows its whole result). Holds no nodes and no timer: something calls {@link #tick(long)}
 * once a frame with the time in nanoseconds (see {@link StepTimer}), so tests drive it with
 * made-up times.
 *
 * <p>Playing advances one step every {@link #stepMillisProperty()} milliseconds and pauses on
 * the last step; with a step time of 0 it reaches the last step on the next tick. Stepping by
 * hand while playing pauses first.
 */
public final class StepPlayerModel {
    /** Milliseconds per step that the speed menu offers, slowest first. */
    public static final double[] SPEEDS = {2000, 1000, 500, 250, 100, 33.3, 16.7};
    public static final double DEFAULT_STEP_MILLIS = 500;

    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
    private final DoubleProperty stepMillis = new SimpleDoubleProperty(DEFAULT_STEP_MILLIS);
    private long lastAdvance = -1;

    // --- properties

    /** How many steps there are. */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** The current step, or −1 for the overview. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** Milliseconds between steps while playing; 0 plays to the end at once. */
    public DoubleProperty stepMillisProperty() {
        return stepMillis;
    }

    public int count() {
        return count.get();
    }

    public int index() {
        return index.get();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    // --- commands

    /** Sets the number of steps (a new setup); the index stays where it was if it still exists. */
    public void setCount(int n) {
        int next = Math.max(0, n);
        // the index first: a listener of either property never sees an index past the new count
        if (index.get() >= next) {
            index.set(next - 1);
        }
        count.set(next);
        if (count.get() == 0) {
            pause();
        }
    }

    /** Shows step {@code i}, clamped to −1 … count − 1. */
    public void jumpTo(int i) {
        index.set(Math.max(-1, Math.min(count.get() - 1, i)));
    }

    public void stepForward() {
        pause();
        jumpTo(index.get() + 1);
    }

    /** One step back; from the first step it stays there (Escape returns to the overview). */
    public void stepBack() {
        pause();
        if (index.get() > 0) {
            jumpTo(index.get() - 1);
        } else if (index.get() < 0 && count.get() > 0) {
            jumpTo(0);
        }
    }

    public void first() {
        pause();
        jumpTo(0);
    }

    public void last() {
        pause();
        jumpTo(count.get() - 1);
    }

    /** Back to the overview: no step chosen. */
    public void overview() {
        pause();
        index.set(-1);
    }

    /** Plays from the current step, or from the start when at the overview or the last step. */
    public void play() {
        if (count.get() == 0) {
            return;
        }
        if (index.get() < 0 || index.get() >= count.get() - 1) {
            index.set(0);
        }
        lastAdvance = -1;
        playing.set(true);
    }

    public void pause() {
        playing.set(false);
    }

    public void toggle() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /**
     * Advances while playing: called once a frame with a monotonic time in nanoseconds. The
     * first tick after {@link #play()} only starts the clock.
     */
    public void tick(long nowNanos) {
        if (!playing.get()) {
            return;
        }
        if (lastAdvance < 0) {
            lastAdvance = nowNanos;
            if (stepMillis.get() > 0) {
                return;
            }
        }
        double perStep = stepMillis.get() * 1e6;
        long steps = perStep <= 0 ? Long.MAX_VALUE : (long) ((nowNanos - lastAdvance) / perStep);
        if (steps <= 0) {
            return;
        }
        long target = Math.min((long) count.get() - 1, index.get() + steps);
        index.set((int) target);
        lastAdvance = perStep <= 0 ? nowNanos : lastAdvance + (long) (steps * perStep);
        if (target >= count.get() - 1) {
            pause();
        }
    }
}
