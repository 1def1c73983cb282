package org.convlab.lesson.exercise;

import static org.convlab.lesson.exercise.ExerciseFixtures.answer;
import static org.convlab.lesson.exercise.ExerciseFixtures.exercise;
import static org.convlab.lesson.exercise.ExerciseFixtures.exercises;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.convlab.engine.Tensor;
import org.convlab.explain.ConvTrace;
import org.convlab.lesson.lab.PlaneCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checking answers: verdicts, wrong cells with their trace steps, tolerance, choices, predictions, hints. */
class CheckerTest {
    @TempDir
    Path dir;

    private static final String GRID = """
            id: fill
            kind: grid
            prompt: Fill in the output.
            lab: conv2d
            set: {input: [[1, 2, 3, 0], [4, 5, 6, 1], [7, 8, 9, 2], [0, 1, 0, 1]], kernel: [[1, 0], [0, -1]]}
            hints: [Slide the 2×2 kernel., Each output is top-left minus bottom-right.]
            """;

    private static String[][] typed(Tensor out) {
        int[] s = out.shape(); // [1, Ho, Wo]
        String[][] t = new String[s[1]][s[2]];
        for (int y = 0; y < s[1]; y++) {
            for (int x = 0; x < s[2]; x++) {
                t[y][x] = Numbers.format(out.get(0, y, x));
            }
        }
        return t;
    }

    @Test
    void aRightGrid() {
        ExerciseInstance i = exercise(dir, GRID).instantiate("alice");
        assertTrue(i.expectsGrid());
        assertEquals(3, i.gridRows());
        assertEquals(3, i.gridColumns());
        Tensor out = i.lab().spec().conv().trace().output();
        Feedback f = ExerciseChecker.checkGrid(i, typed(out));
        assertTrue(f.right(), f.message());
        assertEquals(9, f.cells().size());
        assertTrue(f.wrongCells().isEmpty());
    }

    @Test
    void wrongCellsAreMarkedWithTheStepThatProducesTheRightValue() {
        ExerciseInstance i = exercise(dir, GRID).instantiate("alice");
        ConvTrace trace = i.lab().spec().conv().trace();
        String[][] t = typed(trace.output());
        t[0][1] = "7";  // right is 2 - 6 = -4
        t[2][2] = "";   // left blank
        Feedback f = ExerciseChecker.checkGrid(i, t);
        assertEquals(Feedback.Verdict.WRONG, f.verdict());
        assertEquals("2 of 9 cells are wrong.", f.message());
        List<Feedback.CellResult> wrong = f.wrongCells();
        assertEquals(2, wrong.size());
        Feedback.CellResult c = wrong.get(0);
        assertEquals(0, c.row());
        assertEquals(1, c.col());
        assertEquals(7.0, c.given());
        Explanation.ConvStep why = assertInstanceOf(Explanation.ConvStep.class, c.why());
        ConvTrace.Step step = why.step();
        ConvTrace.Step expected = trace.step(trace.stepIndex(0, 0, 1));
        assertEquals(expected.taps(), step.taps());
        assertEquals(expected.value(), step.value());
        assertEquals(-4.0, why.value());
        assertEquals(4, step.taps().size(), "a 2×2 kernel: four taps, with the inputs they read and their products");
        assertEquals(2.0, step.taps().get(0).product());
        assertEquals(-6.0, step.taps().get(3).product());
        assertNull(wrong.get(1).given(), "a blank cell");
    }

    @Test
    void hintsComeOneByOneAfterWrongAnswers() {
        ExerciseInstance i = exercise(dir, GRID).instantiate("alice");
        assertEquals(0, i.hintsAfter(0).size());
        assertEquals(List.of("Slide the 2×2 kernel."), i.hintsAfter(1).stream().map(h -> h.plainText()).toList());
        assertEquals(2, i.hintsAfter(5).size());
    }

    @Test
    void wholeNumbersAreExactOthersWithinTolerance() {
        List<Exercise> ex = exercises(dir, """
                ```exercise
                id: whole
                kind: numeric
                prompt: p
                answer: {expr: "7"}
                ```
                ```exercise
                id: third
                kind: numeric
                prompt: p
                answer: {expr: "1 / 3"}
                ```
                ```exercise
                id: loose
                kind: numeric
                prompt: p
                answer: {expr: "7"}
                tolerance: 0.5
                ```
                ```exercise
                id: tenth
                kind: numeric
                prompt: p
                lab: conv1d
                set: {input: [0.1], kernel: [1]}
                answer: {output_value: [0]}
                tolerance: 0
                ```
                """);
        ExerciseInstance whole = ex.get(0).instantiate("a");
        assertTrue(ExerciseChecker.checkNumber(whole, "7").right());
        assertTrue(ExerciseChecker.checkNumber(whole, "7.0").right());
        assertFalse(ExerciseChecker.checkNumber(whole, "7.01").right());
        ExerciseInstance third = ex.get(1).instantiate("a");
        assertTrue(ExerciseChecker.checkNumber(third, "0.33").right());
        assertTrue(ExerciseChecker.checkNumber(third, "1/3").right());
        assertFalse(ExerciseChecker.checkNumber(third, "0.3").right());
        ExerciseInstance loose = ex.get(2).instantiate("a");
        assertTrue(ExerciseChecker.checkNumber(loose, "7.4").right());
        assertFalse(ExerciseChecker.checkNumber(loose, "7.6").right());
        ExerciseInstance tenth = ex.get(3).instantiate("a");
        assertEquals(0.1f, (float) answer(tenth));
        assertTrue(ExerciseChecker.checkNumber(tenth, "0.1").right(), "the engine's 0.1f is 0.1 to a student");
    }

    @Test
    void unreadableAnswersAreNotAttempts() {
        ExerciseInstance i = exercise(dir, "id: e\nkind: numeric\nprompt: p\nanswer: {expr: 3}\n").instantiate("a");
        Feedback f = ExerciseChecker.checkNumber(i, "three");
        assertEquals(Feedback.Verdict.UNREADABLE, f.verdict());
        assertFalse(f.counts());
        assertEquals("\"three\" is not a number.", f.message());
    }

    @Test
    void computedChoicesHaveExactlyOneRightOptionForEveryStudent() {
        Exercise e = exercise(dir, """
                id: mc
                kind: choice
                prompt: Output width of {{n}} with a 3×3 kernel and no padding?
                params: {n: {range: [4, 12]}}
                lab: conv2d
                set: {input_size: "{{n}}", kernel: sobel_x}
                answer: {output_size: width}
                distractors: ["n", "n - 3", "n + 2 - 3 + 1"]
                """);
        for (int s = 0; s < 30; s++) {
            ExerciseInstance i = e.instantiate("s" + s);
            long n = (Long) i.params().get("n");
            List<String> labels = i.options().stream().map(o -> o.plainText()).toList();
            assertEquals(4, labels.size(), labels.toString());
            assertEquals(1, labels.stream().filter(l -> l.equals(Long.toString(n - 2))).count(), labels.toString());
            List<Double> values = labels.stream().map(Numbers::parse).toList();
            assertEquals(values.stream().sorted().toList(), values, "ascending");
            int right = labels.indexOf(Long.toString(n - 2));
            assertTrue(ExerciseChecker.checkChoice(i, right).right());
            assertFalse(ExerciseChecker.checkChoice(i, (right + 1) % 4).right());
            assertInstanceOf(Explanation.OutputSizeRule.class, ExerciseChecker.checkChoice(i, right).explanation());
        }
    }

    @Test
    void aDistractorEqualToTheAnswerIsReplaced() {
        // "n - 2" is the right answer too: it must not become a second right option
        ExerciseInstance i = exercise(dir, """
                id: dup
                kind: choice
                prompt: p
                params: {n: 7}
                lab: conv2d
                set: {input_size: "{{n}}"}
                answer: {output_size: width}
                distractors: ["n - 2", "n"]
                count: 3
                """).instantiate("a");
        assertEquals(List.of("5", "6", "7"), i.options().stream().map(o -> o.plainText()).toList());
    }

    @Test
    void conceptualChoicesGiveTheAuthorsNote() {
        ExerciseInstance i = exercise(dir, """
                id: why
                kind: choice
                prompt: What does padding change?
                options:
                  - text: The output size
                    correct: true
                  - text: The kernel
                    why: The kernel stays the same; only the input grows.
                """).instantiate("a");
        assertTrue(ExerciseChecker.checkChoice(i, 0).right());
        Feedback f = ExerciseChecker.checkChoice(i, 1);
        assertFalse(f.right());
        assertEquals("The kernel stays the same; only the input grows.", f.note().plainText());
        assertEquals(Feedback.Verdict.UNREADABLE, ExerciseChecker.checkChoice(i, 7).verdict());
    }

    @Test
    void aPredictionRevealsTheLabState() {
        List<Exercise> ex = exercises(dir, """
                ```lab conv2d
                input_size: 7
                kernel: box_blur
                ```
                ```exercise
                id: guess
                kind: predict
                prompt: With stride {{s}}, how wide is the output?
                params: {s: {range: [2, 3]}}
                answer: {output_size: width}
                reveal:
                  set: {stride: "{{s}}"}
                  at: [0, 1]
                  highlight: {input: {from: [0, "{{s}}"], to: [2, "{{s}}"]}}
                  caption: Stride {{s}} skips columns.
                ```
                """);
        Exercise e = ex.get(0);
        assertEquals(0, e.pageLab());
        ExerciseInstance i = e.instantiate("alice");
        long s = (Long) i.params().get("s");
        assertTrue(i.expectsNumber());
        Feedback f = ExerciseChecker.checkNumber(i, "1");
        assertFalse(f.right());
        assertEquals(s, f.reveal().spec().conv().strideW());
        assertEquals(new PlaneCell(0, 0, 1), f.reveal().at());
        assertEquals(3, f.reveal().highlight().input().size());
        assertEquals("Stride " + s + " skips columns.", i.revealCaption().plainText());
        assertTrue(ExerciseChecker.checkNumber(i, Long.toString((7 - 3) / s + 1)).right());
        assertArrayEquals(new int[] {0, 0, 0, 0}, i.lab().spec().conv().padding(), "the page lab's own state");
    }

    @Test
    void aPredictionCanBeAChoiceAmongComputedOptions() {
        ExerciseInstance i = exercises(dir, """
                ```lab pool
                input_size: 6
                ```
                ```exercise
                id: g
                kind: predict
                prompt: p
                answer: {output_size: width}
                count: 3
                reveal: {set: {window: 3}}
                ```
                """).get(0).instantiate("a");
        assertTrue(i.expectsChoice());
        assertEquals(3, i.options().size());
    }
}
