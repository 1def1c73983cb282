package org.convlab.lesson;

import static org.convlab.lesson.LessonTestSupport.any;
import static org.convlab.lesson.LessonTestSupport.lesson;
import static org.convlab.lesson.LessonTestSupport.ok;
import static org.convlab.lesson.LessonTestSupport.one;
import static org.convlab.lesson.LessonTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.convlab.lesson.exercise.Exercise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes in exercise blocks, each reported where it was written. */
class ExerciseBlockTest {
    @TempDir
    Path dir;

    /** An exercise block on lines 8.. with {@code fields} from line 9. */
    private ParseResult exercise(String fields) {
        return parse(dir, lesson("```exercise\n" + fields + "```\n"));
    }

    @Test
    void aValidExercise() {
        Lesson l = ok(dir, lesson("""
                ```exercise
                id: size
                kind: numeric
                prompt: Output width for an input of {{n}}?
                params: {n: {range: [5, 9]}}
                lab: conv2d
                set: {input_size: "{{n}}"}
                answer: {output_size: width}
                ```
                """));
        Exercise e = l.exercises().get(0);
        assertEquals("size", e.id());
        assertEquals(Exercise.Kind.NUMERIC, e.kind());
        assertTrue(e.randomized());
        assertEquals(8, e.pos().line());
    }

    @Test
    void unknownAnswerKindSuggestsOne() {
        ParseResult r = exercise("id: e\nkind: numeric\nprompt: p\nlab: conv2d\nanswer: {output_sise: width}\n");
        one(r, 13, 9, "unknown answer `output_sise`", "did you mean `output_size`?");
    }

    @Test
    void unknownFieldAndUnknownKind() {
        ParseResult r = exercise("id: e\nkind: numerc\nprompt: p\nanwser: 3\n");
        LessonTestSupport.at(r, 10, 7, "`kind` must be", "did you mean `numeric`?");
        LessonTestSupport.at(r, 12, 1, "unknown field `anwser`", "did you mean `answer`?");
    }

    @Test
    void invertedRange() {
        ParseResult r = exercise("id: e\nkind: numeric\nprompt: p\nparams:\n  n: {range: [9, 5]}\nanswer: {expr: n}\n");
        one(r, 13, 14, "range [9, 5] is inverted", "[5, 9]");
    }

    @Test
    void expressionWithAnUnknownName() {
        ParseResult r = exercise("id: e\nkind: numeric\nprompt: p\nparams: {n: 5, k: 3}\nanswer: {expr: \"n - kk + 1\"}\n");
        one(r, 13, 16, "unknown name `kk`", "did you mean `k`?");
    }

    @Test
    void expressionOverATextParameter() {
        ParseResult r = exercise("id: e\nkind: numeric\nprompt: p\nparams: {f: {choose: [sobel_x, box_blur]}}\nanswer: {expr: \"f + 1\"}\n");
        one(r, 13, 16, "parameter `f` is text");
    }

    @Test
    void unknownPlaceholderInText() {
        ParseResult r = exercise("id: e\nkind: numeric\nprompt: Width for {{nn}}?\nparams: {n: 5}\nanswer: {expr: n}\n");
        one(r, 11, 9, "unknown parameter `nn` in {{nn}}", "did you mean `n`?");
    }

    @Test
    void divisionByZeroIsFoundWhenCheckingWithTheValuesThatCauseIt() {
        ParseResult r = exercise("id: e\nkind: numeric\nprompt: p\nparams: {s: {range: [1, 3]}}\nanswer: {expr: \"6 / (s - 2)\"}\n");
        one(r, 13, 9, "division by zero", "(when s = 2)");
    }

    @Test
    void impossibleSetupsForSomeDrawsAreFound() {
        ParseResult r = exercise("""
                id: e
                kind: numeric
                prompt: p
                params: {n: {range: [2, 6]}}
                lab: conv2d
                set: {input_size: "{{n}}", kernel: sobel_x}
                answer: {output_size: width}
                """);
        any(r, "output height would be 0", "when n = 2");
        assertEquals(1, r.problems().size(), "reported once, for the first draw that fails");
    }

    @Test
    void labParameterErrorsPointIntoSet() {
        ParseResult r = exercise("id: e\nkind: numeric\nprompt: p\nlab: conv2d\nset: {stride: 0}\nanswer: parameter_count\n");
        one(r, 13, 15, "stride");
    }

    @Test
    void answersThatNeedALab() {
        one(exercise("id: e\nkind: numeric\nprompt: p\nanswer: parameter_count\n"), 12, 9, "computed from a lab setup");
        one(exercise("id: e\nkind: numeric\nprompt: p\nlab: pool\nanswer: parameter_count\n"), 13, 9, "pooling has no parameters");
        one(exercise("id: e\nkind: numeric\nprompt: p\nlab: conv1d\nanswer: {output_size: width}\n"), 13, 23, "`length`");
        one(exercise("id: e\nkind: numeric\nprompt: p\nanswer: {receptive_field: size}\n"), 12, 9, "needs the exercise's `layers`");
    }

    @Test
    void kindsTakeTheirOwnFields() {
        one(exercise("id: e\nkind: numeric\nprompt: p\n"), 9, 1, "needs `answer`");
        one(exercise("id: e\nkind: numeric\nprompt: p\nanswer: {expr: 3}\nreveal: {}\n"), 13, 1, "`reveal` does not apply");
        one(exercise("id: e\nkind: grid\nprompt: p\n"), 9, 1, "fills in a lab's output");
        one(exercise("id: e\nkind: choice\nprompt: p\n"), 9, 1, "needs either `answer`", "neither");
        one(exercise("id: e\nkind: predict\nprompt: p\nlab: conv2d\nanswer: parameter_count\n"), 9, 1, "needs `reveal`");
    }

    @Test
    void conceptualOptionsNeedExactlyOneCorrect() {
        String opts = "id: e\nkind: choice\nprompt: p\noptions:\n  - text: a\n  - text: b\n";
        one(exercise(opts), 13, 3, "exactly one option `correct: true`", "found 0");
        one(exercise(opts.replace("a\n", "a\n    correct: true\n").replace("b\n", "b\n    correct: true\n")), 13, 3, "found 2");
        ok(dir, lesson("```exercise\n" + opts.replace("a\n", "a\n    correct: true\n") + "```\n"));
    }

    @Test
    void numericOptionsMustBeComputedNotMarked() {
        ParseResult r = exercise("id: e\nkind: choice\nprompt: p\noptions:\n  - text: \"7\"\n    correct: true\n  - text: \"5\"\n");
        one(r, 13, 3, "these options are all numbers", "`answer`");
    }

    @Test
    void exerciseIdsAreUnique() {
        String ex = "```exercise\nid: same\nkind: numeric\nprompt: p\nanswer: {expr: 1}\n```\n";
        ParseResult r = parse(dir, lesson(ex + ex));
        one(r, 14, 1, "exercise id `same` is used twice", "line 8");
    }

    @Test
    void outputCellsOfExercisesAreChecked() {
        ParseResult r = exercise("id: e\nkind: numeric\nprompt: p\nlab: conv2d\nset: {input_size: 5}\nanswer: {output_value: [3, 3]}\n");
        one(r, 14, 24, "output cell [3, 3] is outside the grid");
    }

    @Test
    void gridsAreBounded() {
        ParseResult r = exercise("id: e\nkind: grid\nprompt: p\nlab: conv2d\nset: {input_size: 20}\n");
        one(r, 8, 1, "a grid to fill in has at most 100 cells");
    }
}
