package org.convlab.ui.lab;

import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import org.convlab.explain.LabParamException;
import org.convlab.ui.widgets.StepPlayerModel;

/**
 * A lab as the rest of the app drives it (the shell, lessons, the snapshot command), without
 * knowing its insides. Every method is called on the FX thread.
 *
 * <p>A lesson that embeds a lab does, in order:
 * <pre>{@code
 * Lab lab = Pages.newLab("conv2d").orElseThrow();
 * lab.apply(Map.of("input", "digit_edge", "kernel", "sobel_x", "padding", 1)); // LabParamException names a bad key
 * lab.lock(Set.of("kernel", "padding"));   // the student may not change these
 * pane.getChildren().add(lab.view());
 * // a lesson step: move to a state and point at cells
 * lab.apply(Map.of("input", "digit_edge", "kernel", "sobel_x", "padding", 1, "stride", 2, "step", 3));
 * lab.highlight(List.of(new CellRef(CellRef.OUTPUT, 0, 1, 1)));
 * }</pre>
 */
public interface Lab {
    /** The lab's id: the page id, the lesson block's kind ("conv2d") and LabSpec's lab name. */
    String id();

    /** The lab's view; the same node on every call, built on the first. */
    Node view();

    /**
     * Puts the lab in the state these parameters describe, with the keys and values that
     * {@code LabSpecParser} reads for this lab (keys not given take their defaults: the lab does not
     * merge with what was applied before; a lesson merges its own maps). The key "step" moves the
     * player (−1: overview). Throws {@link LabParamException} naming the key when a parameter is
     * unknown or bad; the lab is then unchanged.
     */
    void apply(Map<String, ?> params);

    /** The control names {@link #lock} accepts, e.g. "kernel", "padding", "stride", "input". */
    Set<String> controls();

    /**
     * Disables the named controls (and the editing of the grids they govern) and enables all
     * others; an empty set unlocks everything. Throws {@link LabParamException} naming an unknown
     * control.
     */
    void lock(Set<String> controls);

    /** The step player: which step is shown, playing, speed. */
    StepPlayerModel player();

    /**
     * Marks cells for the student's attention (a lesson's "look here"), replacing earlier marks;
     * an empty list clears them. Cells outside the lab's grids are ignored.
     */
    void highlight(List<CellRef> cells);
}
