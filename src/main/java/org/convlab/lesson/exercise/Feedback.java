package org.convlab.lesson.exercise;

import java.util.List;
import org.convlab.lesson.lab.LabState;
import org.convlab.lesson.text.RichText;

/**
 * What the player tells the student after an answer.
 *
 * @param verdict     right, wrong, or unreadable (not counted as an attempt)
 * @param message     one short sentence: "Right.", "3 of 9 cells are wrong.", "\"x\" is not a number."
 * @param explanation how the right value comes about (numeric and predict answers); null for grids and conceptual choices
 * @param cells       for grids: every cell, row by row, right or wrong, wrong ones with their trace step
 * @param note        for choices: the author's note on the option picked ({@code why}), else empty
 * @param reveal      for predictions: the lab state to animate to, else null
 */
public record Feedback(Verdict verdict, String message, Explanation explanation, List<CellResult> cells,
                       RichText note, LabState reveal) {
    public enum Verdict {
        RIGHT, WRONG, UNREADABLE
    }

    public Feedback {
        cells = List.copyOf(cells);
    }

    public boolean right() {
        return verdict == Verdict.RIGHT;
    }

    /** True when the answer counts as an attempt (it could be read). */
    public boolean counts() {
        return verdict != Verdict.UNREADABLE;
    }

    /**
     * One cell of a grid answer. {@code given} is what the student typed (null when blank or not a
     * number); {@code why} is the trace step producing the right value, for wrong cells only.
     */
    public record CellResult(int row, int col, boolean right, Double given, Explanation why) {
    }

    /** The wrong cells only. */
    public List<CellResult> wrongCells() {
        return cells.stream().filter(c -> !c.right()).toList();
    }
}
