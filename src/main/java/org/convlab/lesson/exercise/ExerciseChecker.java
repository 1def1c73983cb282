package org.convlab.lesson.exercise;

import java.util.ArrayList;
import java.util.List;
import org.convlab.lesson.lab.PlaneCell;
import org.convlab.lesson.text.RichText;

/**
 * Checks a student's answer against the computed one. Numbers match when they differ by at most
 * the exercise's tolerance: by default 0 for whole-number answers (sizes, counts) and
 * {@value #DEFAULT_TOLERANCE} otherwise, plus a sliver for float rounding, so typing "0.1" for the
 * engine's 0.1f counts. Unreadable input is not an attempt.
 *
 * <p>Feedback carries the explanation of the right value, which gives the answer away: the
 * player decides when to show it (after a wrong answer, or when hints run out).
 */
public final class ExerciseChecker {
    public static final double DEFAULT_TOLERANCE = 0.01;

    private ExerciseChecker() {
    }

    /** A typed number (numeric exercises and number predictions). */
    public static Feedback checkNumber(ExerciseInstance e, String typed) {
        ExerciseInstance.Parts p = parts(e);
        if (!e.expectsNumber() || p.answer() == null) {
            throw new IllegalStateException("exercise " + e.exercise().id() + " does not take a number");
        }
        Double given = Numbers.parse(typed);
        if (given == null) {
            return new Feedback(Feedback.Verdict.UNREADABLE, "\"" + shorten(typed) + "\" is not a number.", null, List.of(),
                    RichText.EMPTY, null);
        }
        boolean right = matches(given, p.answer(), p.tolerance());
        String message = predict(e) ? (right ? "Your prediction was right." : "Your prediction was " + Numbers.format(given) + ". Watch the lab.")
                : right ? "Right." : "Not quite.";
        return new Feedback(right ? Feedback.Verdict.RIGHT : Feedback.Verdict.WRONG, message, p.answerExplanation(), List.of(),
                RichText.EMPTY, p.reveal());
    }

    /** A typed grid, {@code typed[row][col]}; blank or unreadable cells are wrong. */
    public static Feedback checkGrid(ExerciseInstance e, String[][] typed) {
        ExerciseInstance.Parts p = parts(e);
        if (!e.expectsGrid()) {
            throw new IllegalStateException("exercise " + e.exercise().id() + " does not take a grid");
        }
        float[][] want = p.grid();
        if (typed.length != want.length || typed[0].length != want[0].length) {
            return new Feedback(Feedback.Verdict.UNREADABLE, "The grid must be " + want.length + "×" + want[0].length + ".", null,
                    List.of(), RichText.EMPTY, null);
        }
        List<Feedback.CellResult> cells = new ArrayList<>();
        int wrong = 0;
        for (int y = 0; y < want.length; y++) {
            for (int x = 0; x < want[y].length; x++) {
                String t = typed[y].length > x ? typed[y][x] : null;
                Double given = Numbers.parse(t);
                Double authored = e.exercise().template.tolerance();
                double tolerance = authored != null ? authored : want[y][x] == Math.rint(want[y][x]) ? 0 : DEFAULT_TOLERANCE;
                boolean right = given != null && matches(given, want[y][x], tolerance);
                Explanation why = right ? null : AnswerComputer.cellStep(p.lab().spec(), new PlaneCell(p.gridChannel(), y, x));
                cells.add(new Feedback.CellResult(y, x, right, given, why));
                wrong += right ? 0 : 1;
            }
        }
        String message = wrong == 0 ? "Right: every cell." : wrong + " of " + cells.size() + " cells " + (wrong == 1 ? "is" : "are") + " wrong.";
        return new Feedback(wrong == 0 ? Feedback.Verdict.RIGHT : Feedback.Verdict.WRONG, message, null, cells, RichText.EMPTY, null);
    }

    /** The option picked, by its index in {@link ExerciseInstance#options()}. */
    public static Feedback checkChoice(ExerciseInstance e, int option) {
        ExerciseInstance.Parts p = parts(e);
        if (!e.expectsChoice()) {
            throw new IllegalStateException("exercise " + e.exercise().id() + " does not offer options");
        }
        if (option < 0 || option >= p.options().size()) {
            return new Feedback(Feedback.Verdict.UNREADABLE, "Pick one of the options.", null, List.of(), RichText.EMPTY, null);
        }
        boolean right = option == p.correctOption();
        String message = predict(e) ? (right ? "Your prediction was right." : "Watch the lab to see why.")
                : right ? "Right." : "Not this one.";
        RichText note = p.notes().isEmpty() ? RichText.EMPTY : p.notes().get(option);
        return new Feedback(right ? Feedback.Verdict.RIGHT : Feedback.Verdict.WRONG, message, p.answerExplanation(), List.of(),
                note, p.reveal());
    }

    /** |given − want| ≤ tolerance, with room for float32 rounding. */
    static boolean matches(double given, double want, double tolerance) {
        return Math.abs(given - want) <= tolerance + 1e-6 * Math.max(1, Math.abs(want));
    }

    private static boolean predict(ExerciseInstance e) {
        return e.exercise().kind() == Exercise.Kind.PREDICT;
    }

    private static ExerciseInstance.Parts parts(ExerciseInstance e) {
        if (!e.usable()) {
            throw new IllegalStateException("exercise " + e.exercise().id() + " could not be built: " + e.problems());
        }
        return e.parts;
    }

    private static String shorten(String s) {
        String t = s == null ? "" : s.strip();
        return t.length() > 20 ? t.substring(0, 20) + "…" : t;
    }
}
