package org.convlab.lesson;

import static org.convlab.lesson.LessonTestSupport.at;
import static org.convlab.lesson.LessonTestSupport.lesson;
import static org.convlab.lesson.LessonTestSupport.ok;
import static org.convlab.lesson.LessonTestSupport.one;
import static org.convlab.lesson.LessonTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.convlab.lesson.lab.KernelCell;
import org.convlab.lesson.lab.LabState;
import org.convlab.lesson.lab.PlaneCell;
import org.convlab.lesson.source.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lab blocks and steps: parameters, locks, accumulation, cells and highlights checked against real shapes. */
class LabAndStepTest {
    @TempDir
    Path dir;

    @Test
    void aLabWithStepsInReadingOrder() {
        Lesson l = ok(dir, lesson("""
                Intro.

                ```lab conv2d
                input_size: 5
                kernel: box_blur
                locked: [stride, dilation]
                ```

                Now pad.

                ```step
                set: {padding: 1}
                at: [0, 0]
                highlight:
                  input: {from: [-1, -1], to: [1, 1]}
                  kernel: [[1, 1]]
                  output: [0, 0]
                caption: The window starts at $(-1, -1)$.
                ```

                ```step
                set: {stride: 2}
                at: [2, 2]
                ```
                """));
        List<Segment> s = l.segments();
        assertEquals(List.of("Narrative", "LabBlock", "Narrative", "StepBlock", "StepBlock"),
                s.stream().map(x -> x.getClass().getSimpleName()).toList());
        Segment.LabBlock lab = l.labs().get(0);
        assertEquals(10, lab.line());
        assertEquals(Set.of("stride", "dilation"), lab.locked());
        assertEquals(-1, lab.start().traceStep());
        assertArrayEquals(new int[] {0, 0, 0, 0}, lab.start().spec().conv().padding());

        Segment.StepBlock first = l.steps().get(0);
        LabState st = first.state();
        assertArrayEquals(new int[] {1, 1, 1, 1}, st.spec().conv().padding());
        assertEquals(new PlaneCell(0, 0, 0), st.at());
        assertEquals(0, st.traceStep());
        assertEquals(9, st.highlight().input().size());
        assertEquals(new PlaneCell(0, -1, -1), st.highlight().input().get(0));
        assertEquals(List.of(new KernelCell(0, 0, 1, 1)), st.highlight().kernel());
        assertEquals(List.of(new PlaneCell(0, 0, 0)), st.highlight().output());
        assertEquals("The window starts at $(-1, -1)$.", first.caption().plainText());

        // parameter changes accumulate: padding 1 stays when stride becomes 2; output 3x3, cell (2,2) is step 8
        LabState second = l.steps().get(1).state();
        assertArrayEquals(new int[] {1, 1, 1, 1}, second.spec().conv().padding());
        assertEquals(2, second.spec().conv().strideW());
        assertEquals(8, second.traceStep());
        assertTrue(second.highlight().isEmpty(), "highlights belong to one step");
        assertEquals(0, l.steps().get(1).labNumber());
    }

    @Test
    void unknownBlockKindSuggestsTheRightOne() {
        ParseResult r = parse(dir, lesson("```exercize\nid: x\n```\n"));
        one(r, 8, 1, "unknown block kind `exercize`", "did you mean `exercise`?");
        assertTrue(r.lesson().segments().get(0) instanceof Segment.Broken);
    }

    @Test
    void otherCodeBlocksAreListings() {
        Lesson l = ok(dir, lesson("```python\nimport torch\n```\n"));
        assertEquals("import torch\n", l.segments().get(0) instanceof Segment.Narrative n ? n.text().plainText() : null);
    }

    @Test
    void unknownLab() {
        one(parse(dir, lesson("```lab conv_2d\n```\n")), 8, 1, "unknown lab `conv_2d`", "did you mean `conv2d`?");
        one(parse(dir, lesson("```lab\n```\n")), 8, 1, "name the lab");
    }

    @Test
    void unknownLabParameterSuggestsTheNearestOne() {
        ParseResult r = parse(dir, lesson("```lab conv2d\ninput_size: 5\nstrid: 2\n```\n"));
        one(r, 10, 1, "unknown parameter `strid` for lab conv2d", "did you mean `stride`?");
    }

    @Test
    void everyBadValueOfALabIsReportedAtItsValue() {
        ParseResult r = parse(dir, lesson("```lab conv2d\nstride: 0\npadding: -1\nkernel: nothing\n```\n"));
        at(r, 9, 9, "stride");
        at(r, 10, 10, "padding");
        at(r, 11, 9, "no kernel preset");
        assertEquals(3, r.problems().size(), LessonTestSupport.show(r));
    }

    @Test
    void lockedMustNameAControlOfTheLab() {
        one(parse(dir, lesson("```lab conv2d\nlocked: [padding, strde]\n```\n")), 9, 19, "`strde`", "did you mean `stride`?");
        one(parse(dir, lesson("```lab pool\nlocked: [dilation]\n```\n")), 9, 10, "not a control of lab pool");
    }

    @Test
    void highlightOutsideTheGridNamesTheBounds() {
        ParseResult r = parse(dir, lesson("""
                ```lab conv2d
                input_size: 5
                kernel: sobel_x
                ```
                ```step
                highlight:
                  input: [[0, 0], [5, 1]]
                ```
                """));
        one(r, 14, 19, "input cell [5, 1] is outside the grid", "row 0–4");
    }

    @Test
    void highlightInThePaddingIsAllowedButNotBeyond() {
        String text = lesson("""
                ```lab conv2d
                input_size: 5
                padding: 1
                ```
                ```step
                highlight: {input: [[-1, -1], [5, 5]]}
                ```
                """);
        ok(dir, text);
        one(parse(dir, text.replace("[5, 5]", "[6, 5]")), 13, 31, "outside the grid", "row -1–5");
    }

    @Test
    void atMustBeAnOutputCell() {
        ParseResult r = parse(dir, lesson("""
                ```lab conv2d
                input_size: 5
                ```
                ```step
                at: [3, 0]
                ```
                """));
        // 5x5 input, 3x3 kernel: the output is 3x3, rows 0-2
        one(r, 12, 5, "output cell [3, 0] is outside the grid");
    }

    @Test
    void poolHasNoKernelGrid() {
        ParseResult r = parse(dir, lesson("```lab pool\n```\n```step\nhighlight: {kernel: [0, 0]}\n```\n"));
        one(r, 11, 13, "unknown field `kernel`");
    }

    @Test
    void aStepNeedsALabAbove() {
        one(parse(dir, lesson("```step\nset: {padding: 1}\n```\n")), 8, 1, "there is none");
    }

    @Test
    void stepsAfterABrokenLabAreNotReportedAgain() {
        ParseResult r = parse(dir, lesson("```lab conv2d\nstrid: 2\n```\n```step\nset: {padding: 1}\n```\n"));
        one(r, 9, 1, "strid");
        assertTrue(r.lesson().segments().get(1) instanceof Segment.Broken b && b.problems().isEmpty());
    }

    @Test
    void exercisesAboutABrokenLabAreSkippedButOthersAreRead() {
        ParseResult r = parse(dir, lesson("""
                ```lab conv2d
                strid: 2
                ```
                ```exercise
                id: about-the-lab
                kind: numeric
                prompt: p
                answer: {output_size: width}
                ```
                ```exercise
                id: arithmetic
                kind: numeric
                prompt: p
                answer: {expr: "2 + 2"}
                ```
                """));
        one(r, 9, 1, "strid");
        assertEquals(List.of("arithmetic"), r.lesson().exercises().stream().map(e -> e.id()).toList());
    }

    @Test
    void impossibleStatesNeedToBeMarked() {
        String text = lesson("""
                ```lab conv2d
                input_size: 3
                ```
                ```step
                set: {dilation: 2}
                ```
                """);
        one(parse(dir, text), 11, 1, "cannot run", "output height would be -1", "invalid: true");
        Lesson l = ok(dir, text.replace("set: {dilation: 2}", "set: {dilation: 2}\ninvalid: true"));
        assertTrue(l.steps().get(0).state().problems().get(0).startsWith("output height would be -1"));
        one(parse(dir, lesson("```lab conv2d\ninvalid: true\n```\n")), 8, 1, "runs fine");
    }

    @Test
    void nullRestoresADefault() {
        Lesson l = ok(dir, lesson("```lab conv2d\nstride: 2\n```\n```step\nset: {stride: null}\n```\n"));
        assertEquals(1, l.steps().get(0).state().spec().conv().strideW());
        assertNull(l.steps().get(0).state().params().get("stride"));
    }

    @Test
    void tooManySteps() {
        StringBuilder body = new StringBuilder("```lab conv1d\n```\n");
        for (int i = 0; i <= Limits.MAX_STEPS; i++) {
            body.append("```step\ncaption: step ").append(i).append("\n```\n");
        }
        ParseResult r = parse(dir, lesson(body.toString()));
        int line = 8 + 2 + Limits.MAX_STEPS * 3;
        one(r, line, 1, "too many steps", "at most " + Limits.MAX_STEPS);
        assertEquals(Limits.MAX_STEPS, r.lesson().steps().size());
    }

    @Test
    void aLessonBlockInsideAListIsAMistake() {
        ParseResult r = parse(dir, lesson("- item\n\n  ```step\n  caption: x\n  ```\n"));
        one(r, 10, 3, "must stand on its own");
    }

    @Test
    void anUnclosedBlockIsReported() {
        one(parse(dir, lesson("Text\n\n```lab conv2d\nstride: 2\n")), 10, 1, "not closed");
    }

    @Test
    void oneDimensionalCellsAreShort() {
        Lesson l = ok(dir, lesson("""
                ```lab conv1d
                input: [0, 0, 1, 0, 0]
                kernel: [1, 2, 3]
                ```
                ```step
                at: [2]
                highlight: {input: [[1], [2], [3]], kernel: [0], output: [2]}
                ```
                """));
        LabState s = l.steps().get(0).state();
        assertEquals(new PlaneCell(0, 0, 2), s.at());
        assertEquals(2, s.traceStep());
        assertEquals(new KernelCell(0, 0, 0, 0), s.highlight().kernel().get(0));
    }
}
