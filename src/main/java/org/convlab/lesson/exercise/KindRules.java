package org.convlab.lesson.exercise;

import java.util.List;
import org.convlab.lesson.source.MapReader;
import org.convlab.lesson.source.Problems;

/**
 * Which fields each kind of exercise takes. A numeric question has a computed {@code answer};
 * a fill-in grid is the lab's output; a choice is either a computed answer offered among
 * distractors or, for conceptual questions only, author-written options with one marked
 * correct; a prediction is one of those plus a {@code reveal}.
 */
final class KindRules {
    private final Problems problems;
    private final MapReader r;

    KindRules(Problems problems, MapReader r) {
        this.problems = problems;
        this.r = r;
    }

    void check(Exercise.Kind kind, AnswerSpec answer, String lab) {
        String name = kind.id();
        boolean output = answer instanceof AnswerSpec.Output;
        switch (kind) {
            case NUMERIC -> {
                need("answer", name);
                forbid(name, "options", "distractors", "count", "channel", "reveal");
                if (output) {
                    r.bad("answer", "`output` is a whole grid: use `kind: grid` for it");
                }
            }
            case GRID -> {
                if (lab == null) {
                    problems.add(r.map().pos(), "a grid exercise fills in a lab's output: place a ```lab block above it or give it its own `lab`");
                }
                if (r.has("answer") && answer != null && !output) {
                    r.bad("answer", "of a grid exercise is the lab's `output` (leave `answer` out)");
                }
                forbid(name, "options", "distractors", "count", "reveal");
            }
            case CHOICE, PREDICT -> {
                boolean conceptual = r.has("options");
                if (conceptual == r.has("answer")) {
                    problems.add(r.map().pos(), "a " + name + " exercise needs either `answer` (computed, offered among"
                            + " `distractors`) or `options` (a conceptual question, one marked `correct: true`), not "
                            + (conceptual ? "both" : "neither"));
                }
                if (conceptual) {
                    forbid(name + " exercise with `options`", "distractors", "count", "tolerance");
                }
                if (output) {
                    r.bad("answer", "`output` is a whole grid: use `kind: grid` for it");
                }
                forbid(name, "channel");
                if (kind == Exercise.Kind.PREDICT) {
                    need("reveal", name);
                    if (lab == null) {
                        problems.add(r.map().pos(), "a predict exercise reveals the answer in a lab: place a ```lab block above it"
                                + " or give it its own `lab`");
                    }
                } else {
                    forbid(name, "reveal");
                }
            }
        }
    }

    private void need(String field, String kind) {
        if (!r.has(field)) {
            problems.add(r.map().pos(), "a " + kind + " exercise needs `" + field + "`");
        }
    }

    private void forbid(String kind, String... fields) {
        for (String f : List.of(fields)) {
            if (r.has(f)) {
                problems.add(r.keyPos(f), "`" + f + "` does not apply to a " + kind + (kind.contains("exercise") ? "" : " exercise"));
            }
        }
    }
}
