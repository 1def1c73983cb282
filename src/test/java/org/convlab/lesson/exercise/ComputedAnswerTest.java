package org.convlab.lesson.exercise;

import static org.convlab.lesson.exercise.ExerciseFixtures.answer;
import static org.convlab.lesson.exercise.ExerciseFixtures.exercise;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.convlab.engine.ConvOps;
import org.convlab.engine.PoolOps;
import org.convlab.engine.Tensor;
import org.convlab.explain.ConvSetup;
import org.convlab.explain.LabSpecParser;
import org.convlab.explain.PoolSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Answers come from the engine and the explain package, for every student's numbers. */
class ComputedAnswerTest {
    @TempDir
    Path dir;

    @Test
    void outputSizeFollowsTheFormulaForEveryStudent() {
        Exercise e = exercise(dir, """
                id: size
                kind: numeric
                prompt: n = {{n}}, k = {{k}}, p = {{p}}, s = {{s}}
                params: {n: {range: [7, 15]}, k: 3, p: {range: [0, 2]}, s: {range: [1, 3]}}
                lab: conv2d
                set: {input_size: "{{n}}", kernel: box_blur, padding: "{{p}}", stride: "{{s}}"}
                answer: {output_size: width}
                """);
        for (int student = 0; student < 40; student++) {
            ExerciseInstance i = e.instantiate("student-" + student);
            Map<String, Object> v = i.params();
            long n = (Long) v.get("n");
            long p = (Long) v.get("p");
            long s = (Long) v.get("s");
            long expected = Math.floorDiv(n + 2 * p - 3, s) + 1;
            assertEquals(expected, answer(i), v.toString());
            assertEquals("n = " + n + ", k = 3, p = " + p + ", s = " + s, i.prompt().plainText());
        }
    }

    @Test
    void anOutputValueIsTheEnginesBitForBit() {
        Exercise e = exercise(dir, """
                id: value
                kind: numeric
                prompt: p
                params: {seed: {range: [1, 1000]}, r: {range: [0, 4]}, c: {range: [0, 4]}}
                lab: conv2d
                set: {input: random, input_size: 5, seed: "{{seed}}", kernel: gaussian, padding: 1, bias: 0.25}
                answer: {output_value: ["{{r}}", "{{c}}"]}
                """);
        for (int student = 0; student < 30; student++) {
            ExerciseInstance i = e.instantiate("s" + student);
            ConvSetup c = LabSpecParser.parse("conv2d", Map.of("input", "random", "input_size", 5,
                    "seed", i.params().get("seed"), "kernel", "gaussian", "padding", 1, "bias", 0.25)).conv();
            Tensor out = ConvOps.conv2d(c.input().reshape(1, 1, 5, 5), c.slidingKernel(), Tensor.wrap(c.bias(), 1), c.config());
            float engine = out.get(0, 0, ((Long) i.params().get("r")).intValue(), ((Long) i.params().get("c")).intValue());
            assertEquals(engine, (float) answer(i));
            Explanation.ConvStep step = assertInstanceOf(Explanation.ConvStep.class, i.parts.answerExplanation());
            assertEquals(9, step.step().taps().size());
        }
    }

    @Test
    void aPoolValueIsTheEngines() {
        Exercise e = exercise(dir, """
                id: pool
                kind: numeric
                prompt: p
                lab: pool
                set: {kind: avg, input_size: 6, seed: 7, window: 3, stride: 3}
                answer: {output_value: [1, 0]}
                """);
        PoolSetup p = LabSpecParser.parse("pool", Map.of("kind", "avg", "input_size", 6, "seed", 7, "window", 3, "stride", 3)).pool();
        Tensor out = PoolOps.avgPool2d(p.input().reshape(1, 1, 6, 6), p.config());
        assertEquals(out.get(0, 0, 1, 0), (float) answer(e.instantiate("x")));
    }

    @Test
    void parameterCountOfAConvLayer() {
        Exercise e = exercise(dir, """
                id: count
                kind: numeric
                prompt: p
                params: {f: {range: [1, 16]}}
                lab: conv2d
                set: {input: random, input_size: 8, channels: 3, filters: "{{f}}", kernel: [[1, 1, 1, 1, 1], [1, 1, 1, 1, 1], [1, 1, 1, 1, 1], [1, 1, 1, 1, 1], [1, 1, 1, 1, 1]], bias: 0}
                answer: parameter_count
                """);
        for (int s = 0; s < 10; s++) {
            ExerciseInstance i = e.instantiate("s" + s);
            long f = (Long) i.params().get("f");
            assertEquals(f * 75 + f, (long) answer(i), "75 weights per 5×5×3 filter, one bias each");
        }
    }

    @Test
    void receptiveFieldOfStackedLayers() {
        Exercise e = exercise(dir, """
                id: rf
                kind: numeric
                prompt: p
                params: {d: {range: [1, 4]}}
                layers:
                  - {kernel: 3}
                  - {kernel: 3, dilation: "{{d}}"}
                  - {kernel: 2, stride: 2}
                  - {kernel: 3}
                answer: {receptive_field: size}
                """);
        for (int s = 0; s < 10; s++) {
            ExerciseInstance i = e.instantiate("s" + s);
            long d = (Long) i.params().get("d");
            // 1 + 2 + 2d + 1, then the stride-2 layer doubles the jump for the last 3x3: + 2·2
            assertEquals(1 + 2 + 2 * d + 1 + 4, (long) answer(i));
        }
    }

    @Test
    void expressionsAreEvaluatedWithTheDrawnValues() {
        Exercise e = exercise(dir, """
                id: dense
                kind: numeric
                prompt: A {{h}}×{{w}}×{{c}} image
                params: {h: {range: [28, 224]}, w: {range: [28, 224]}, c: {choose: [1, 3]}}
                answer: {expr: "h * w * c"}
                """);
        ExerciseInstance i = e.instantiate("alice");
        Map<String, Object> v = i.params();
        assertEquals((Long) v.get("h") * (Long) v.get("w") * (Long) v.get("c"), (long) answer(i));
        Explanation.Arithmetic a = assertInstanceOf(Explanation.Arithmetic.class, i.parts.answerExplanation());
        assertEquals(v.get("h") + " × " + v.get("w") + " × " + v.get("c"), a.pluggedIn());
    }

    @Test
    void studentsGetDifferentNumbersAndKeepTheirOwn() {
        Exercise e = exercise(dir, "id: r\nkind: numeric\nprompt: p\nparams: {a: {range: [1, 1000]}, b: {range: [1, 1000]}}\nanswer: {expr: a + b}\n");
        Set<Map<String, Object>> seen = new HashSet<>();
        for (int s = 0; s < 20; s++) {
            seen.add(e.instantiate("student-" + s).params());
        }
        assertTrue(seen.size() >= 19, "20 students, nearly all different: " + seen.size());
        assertEquals(e.instantiate("alice").params(), e.instantiate("alice").params());
        assertEquals(StudentSeed.of("alice", "test-lesson", "r"), StudentSeed.of("alice", "test-lesson", "r"));
        assertNotEquals(StudentSeed.of("alice", "test-lesson", "r"), StudentSeed.of("alice", "test-lesson", "r2"));
        assertNotEquals(StudentSeed.of("alice", "test-lesson", "r"), StudentSeed.of("alice", "other", "r"));
    }

    @Test
    void samplesCoverSmallSpacesExhaustively() {
        ParamSpace small = new ParamSpace(Map.of("k", new ParamSpec.Choose(List.of(3L, 5L))));
        assertEquals(2, small.samples(48).size());
        ParamSpace big = new ParamSpace(new java.util.LinkedHashMap<>(Map.of("n", new ParamSpec.Range(1, 1000))));
        List<Map<String, Object>> s = big.samples(48);
        assertEquals(48, s.size());
        assertEquals(1L, s.get(0).get("n"), "smallest first");
        assertEquals(1000L, s.get(1).get("n"), "then the largest");
    }
}
