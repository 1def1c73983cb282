package org.convlab.lesson.exercise;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.convlab.lesson.source.Limits;
import org.convlab.lesson.source.Problem;
import org.convlab.lesson.source.Problems;

/**
 * Checks an exercise for the numbers students may draw: builds it for every combination of its
 * parameters when there are few, else for the smallest, the largest and random draws
 * ({@link Limits#CHECK_SAMPLES} in all). Each distinct problem is reported once; when only some
 * draws have it, with the first values that cause it, so a division by zero or an impossible
 * setup shows up when the lesson is checked, not in front of a student.
 */
public final class ExerciseValidator {
    private ExerciseValidator() {
    }

    private record Seen(Problem problem, Map<String, Object> values, int times) {
    }

    public static void validate(Exercise exercise, Problems into) {
        List<Map<String, Object>> samples = exercise.params().samples(sampleCount(exercise));
        Map<String, Seen> seen = new LinkedHashMap<>();
        for (Map<String, Object> values : samples) {
            for (Problem p : exercise.with(values).problems()) {
                seen.merge(p.line() + ":" + p.column() + ":" + p.message(), new Seen(p, values, 1),
                        (a, b) -> new Seen(a.problem(), a.values(), a.times() + 1));
            }
        }
        for (Seen s : seen.values()) {
            boolean always = s.times() == samples.size();
            into.add(s.problem().pos(), s.problem().message() + (always ? "" : " (when " + show(s.values()) + ")"));
        }
    }

    /**
     * {@link Limits#CHECK_SAMPLES} draws for ordinary setups, fewer (at least 4: the corners and
     * two random draws) when one setup holds so many numbers that checking could take seconds.
     * This keeps a lesson with many huge labs fast to load, and the count does not depend on the
     * machine.
     */
    static int sampleCount(Exercise exercise) {
        if (!exercise.randomized()) {
            return 1;
        }
        long cost = 1;
        for (Map<String, Object> corner : exercise.params().samples(2)) { // the smallest and the largest values
            ExerciseInstance probe = exercise.with(corner);
            if (probe.lab() != null) {
                var spec = probe.lab().spec();
                cost = Math.max(cost, 1 + (spec.conv() != null ? spec.conv().input().size() + spec.conv().kernel().size()
                        : spec.pool().input().size()));
            }
        }
        return (int) Math.max(4, Math.min(Limits.CHECK_SAMPLES, Limits.CHECK_WORK / cost));
    }

    private static String show(Map<String, Object> values) {
        StringJoiner j = new StringJoiner(", ");
        values.forEach((k, v) -> j.add(k + " = " + Substitution.show(v)));
        return j.toString();
    }
}
