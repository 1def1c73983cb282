package org.convlab.lesson.exercise;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.convlab.lesson.source.Limits;
import org.convlab.lesson.source.Problem;
import org.convlab.lesson.source.Problems;

/**
 * Checks an exercise for the numbers students may draw: builds it for every combination of its
 * parameters when there are few, else for the smallest, the largest and random draws
 * ({@link Limits#CHECK_SAMPLES} in all). Each distinct problem is reported once, with the
 * values that cause it, so a division by zero or an impossible setup shows up when the lesson
 * is checked, not in front of a student.
 */
public final class ExerciseValidator {
    private ExerciseValidator() {
    }

    public static void validate(Exercise exercise, Problems into) {
        Set<String> seen = new HashSet<>();
        for (Map<String, Object> values : exercise.params().samples(Limits.CHECK_SAMPLES)) {
            ExerciseInstance instance = exercise.with(values);
            for (Problem p : instance.problems()) {
                if (seen.add(p.line() + ":" + p.column() + ":" + p.message())) {
                    into.add(p.pos(), p.message() + (exercise.randomized() ? " (when " + show(values) + ")" : ""));
                }
            }
        }
    }

    private static String show(Map<String, Object> values) {
        StringJoiner j = new StringJoiner(", ");
        values.forEach((k, v) -> j.add(k + " = " + Substitution.show(v)));
        return j.toString();
    }
}
