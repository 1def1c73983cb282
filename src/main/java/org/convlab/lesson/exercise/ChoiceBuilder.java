package org.convlab.lesson.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.convlab.lesson.source.Limits;
import org.convlab.lesson.source.Pos;

/**
 * The options of a computed choice: the computed answer, the values of the author's distractor
 * expressions, and, if that makes too few, numbers next to the answer. Values that look the same
 * are offered once and any distractor equal to the answer is dropped, so exactly one option is
 * right for every student, whatever numbers they drew. Options are shown in ascending order.
 */
final class ChoiceBuilder {
    /** The options as shown, and which one is right. */
    record Choices(List<String> labels, int correct) {
    }

    private ChoiceBuilder() {
    }

    static Choices build(double answer, List<Explanation.Arithmetic> distractors, int count) {
        int wanted = Math.min(Limits.MAX_OPTIONS, Math.max(2, count));
        TreeMap<Double, String> options = new TreeMap<>();
        String right = Numbers.format(answer);
        options.put(answer, right);
        for (Explanation.Arithmetic d : distractors) {
            if (options.size() < wanted) {
                add(options, d.value());
            }
        }
        double step = answer == Math.rint(answer) ? 1 : Math.max(0.1, Math.abs(answer) / 4);
        for (int k = 1; options.size() < wanted && k < 100; k++) {
            add(options, answer + k * step);
            if (options.size() < wanted && (answer < 0 || answer - k * step >= 0)) {
                add(options, answer - k * step); // sizes and counts are never negative; keep options plausible
            }
        }
        List<String> labels = new ArrayList<>(options.values());
        return new Choices(List.copyOf(labels), labels.indexOf(right));
    }

    private static void add(TreeMap<Double, String> options, double v) {
        String label = Numbers.format(v);
        if (Double.isFinite(v) && !options.containsValue(label)) {
            options.put(v, label);
        }
    }

    /** The default number of options: one per distractor plus the answer, or 4 when none are written. */
    static int count(Template t) {
        return t.count() > 0 ? t.count() : t.distractors().isEmpty() ? 4 : t.distractors().size() + 1;
    }

    static Pos pos(Template t) {
        return t.distractorsPos();
    }
}
