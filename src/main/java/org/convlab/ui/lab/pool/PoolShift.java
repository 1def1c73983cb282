package org.convlab.ui.lab.pool;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.convlab.engine.Tensor;
import org.convlab.explain.PoolTrace;
import org.convlab.explain.Shift;

/**
 * The translation-invariance experiment: the lab's input moved by whole pixels ({@link Shift}),
 * pooled with the same setup, and which pooled outputs differ from those of the unmoved input.
 * Holds only the offset; every tensor and count comes from {@code explain}.
 */
public final class PoolShift {
    /**
     * The experiment's state for one offset.
     *
     * @param dy, dx        rows down and columns right the input moved (negative: up, left)
     * @param shiftedInput  the moved input [C, H, W]
     * @param shiftedTrace  the moved input pooled with the lab's setup; null while the setup is invalid
     * @param changed       flat indices of the pooled outputs that differ from the unmoved ones
     * @param inputChanged  how many input pixels differ from the unmoved input
     */
    public record Result(int dy, int dx, Tensor shiftedInput, PoolTrace shiftedTrace, int[] changed, int inputChanged) {
        /** Outputs that differ; 0 when there is no output. */
        public int changedCount() {
            return changed.length;
        }
    }

    private final PoolModel model;
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>();
    private int dy;
    private int dx;

    PoolShift(PoolModel model) {
        this.model = model;
    }

    /** The current offset's result; replaced whenever the offset or the setup changes. */
    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public Result result() {
        return result.get();
    }

    /** Moves the input by (ddy, ddx) more pixels; the offset stays within the input, so something is always left. */
    public void move(int ddy, int ddx) {
        Tensor in = model.setup().input();
        int ny = Math.max(-(in.dim(1) - 1), Math.min(in.dim(1) - 1, dy + ddy));
        int nx = Math.max(-(in.dim(2) - 1), Math.min(in.dim(2) - 1, dx + ddx));
        if (ny != dy || nx != dx) {
            dy = ny;
            dx = nx;
            update();
        }
    }

    /** Puts the input back where it was. */
    public void reset() {
        dy = 0;
        dx = 0;
        if (model.setup() != null) {
            update();
        }
    }

    void setupChanged() {
        Tensor in = model.setup().input();
        dy = Math.max(-(in.dim(1) - 1), Math.min(in.dim(1) - 1, dy));
        dx = Math.max(-(in.dim(2) - 1), Math.min(in.dim(2) - 1, dx));
        update();
    }

    private void update() {
        Tensor in = model.setup().input();
        if (dy == 0 && dx == 0) {
            // not moved: the lab's own trace is the moved one, and nothing changed (no second pooling)
            result.set(new Result(0, 0, in, model.trace(), new int[0], 0));
            return;
        }
        Tensor moved = Shift.shifted(in, dy, dx);
        PoolTrace original = model.trace();
        PoolTrace shifted = original == null ? null : model.setup().withInput(moved).trace();
        int[] changed = shifted == null ? new int[0] : Shift.changedIndices(original.output(), shifted.output());
        result.set(new Result(dy, dx, moved, shifted, changed, Shift.countChanged(in, moved)));
    }

    /**
     * "shifted 1 px right", "shifted 2 px left and 1 px down", "not shifted": the offset in words.
     */
    public static String describe(int dy, int dx) {
        if (dy == 0 && dx == 0) {
            return "not shifted";
        }
        String h = dx == 0 ? "" : Math.abs(dx) + " px " + (dx > 0 ? "right" : "left");
        String v = dy == 0 ? "" : Math.abs(dy) + " px " + (dy > 0 ? "down" : "up");
        return "shifted " + h + (h.isEmpty() || v.isEmpty() ? "" : " and ") + v;
    }

    /** "shifted 1 px right: 3 of 9 pooled outputs changed", as the experiment shows it. */
    public static String summary(Result r) {
        String moved = describe(r.dy(), r.dx());
        if (r.shiftedTrace() == null) {
            return moved + ": no pooled outputs, the setup has a problem";
        }
        int n = r.shiftedTrace().output().size();
        return moved + ": " + r.changedCount() + " of " + n + " pooled output" + (n == 1 ? "" : "s") + " changed";
    }
}
