package org.convlab.lesson.exercise;

import java.util.List;
import java.util.Map;
import org.convlab.lesson.lab.LabState;
import org.convlab.lesson.source.Problem;
import org.convlab.lesson.text.RichText;

/**
 * One student's version of an exercise: the drawn numbers, the texts with them filled in, the
 * lab setup, the options, and (kept inside this package) the computed answer that
 * {@link ExerciseChecker} compares with. What the student is asked for:
 * {@link #expectsGrid()} a grid of {@link #gridRows()} × {@link #gridColumns()} numbers,
 * {@link #expectsChoice()} one of {@link #options()}, otherwise one number.
 */
public final class ExerciseInstance {
    private final Exercise exercise;
    private final Map<String, Object> params;
    private final List<Problem> problems;
    final Parts parts;

    /** Everything built for the drawn numbers; null parts when the exercise could not be built. */
    record Parts(RichText prompt, List<RichText> hints, RichText explanationText, LabState lab,
                 Double answer, Explanation answerExplanation, double tolerance,
                 float[][] grid, int gridChannel,
                 List<RichText> options, int correctOption, List<RichText> notes,
                 LabState reveal, RichText revealCaption) {
    }

    ExerciseInstance(Exercise exercise, Map<String, Object> params, List<Problem> problems, Parts parts) {
        this.exercise = exercise;
        this.params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
        this.problems = List.copyOf(problems);
        this.parts = parts;
    }

    public Exercise exercise() {
        return exercise;
    }

    /** The drawn parameter values, by name. */
    public Map<String, Object> params() {
        return params;
    }

    /** Problems building this version (empty normally); the player shows them instead of the exercise. */
    public List<Problem> problems() {
        return problems;
    }

    public boolean usable() {
        return problems.isEmpty() && parts != null;
    }

    public RichText prompt() {
        return parts == null ? RichText.EMPTY : parts.prompt();
    }

    /** All hints, in order. */
    public List<RichText> hints() {
        return parts == null ? List.of() : parts.hints();
    }

    /** The hints to show after {@code wrongAttempts} wrong answers: one more per wrong answer. */
    public List<RichText> hintsAfter(int wrongAttempts) {
        List<RichText> all = hints();
        return all.subList(0, Math.max(0, Math.min(all.size(), wrongAttempts)));
    }

    /** The author's explanation, for after the exercise is solved or revealed (may be empty). */
    public RichText explanation() {
        return parts == null ? RichText.EMPTY : parts.explanationText();
    }

    /** The lab setup the exercise is about (input, kernel, …), or null when it has none. */
    public LabState lab() {
        return parts == null ? null : parts.lab();
    }

    public boolean expectsGrid() {
        return exercise.kind() == Exercise.Kind.GRID;
    }

    public boolean expectsChoice() {
        return !options().isEmpty();
    }

    public boolean expectsNumber() {
        return !expectsGrid() && !expectsChoice();
    }

    public int gridRows() {
        return parts == null || parts.grid() == null ? 0 : parts.grid().length;
    }

    public int gridColumns() {
        return parts == null || parts.grid() == null ? 0 : parts.grid()[0].length;
    }

    /** Which output channel the grid is. */
    public int gridChannel() {
        return parts == null ? 0 : parts.gridChannel();
    }

    /** The options to pick from, in the order to show them (numbers ascending for computed choices). */
    public List<RichText> options() {
        return parts == null || parts.options() == null ? List.of() : parts.options();
    }

    /** For predictions: where the lab goes once the student has committed, else null. */
    public LabState reveal() {
        return parts == null ? null : parts.reveal();
    }

    /** For predictions: the caption of the reveal (may be empty). */
    public RichText revealCaption() {
        return parts == null || parts.revealCaption() == null ? RichText.EMPTY : parts.revealCaption();
    }
}
