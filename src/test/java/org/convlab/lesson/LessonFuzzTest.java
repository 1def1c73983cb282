package org.convlab.lesson;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.convlab.lesson.exercise.Exercise;
import org.convlab.lesson.exercise.ExerciseChecker;
import org.convlab.lesson.exercise.ExerciseInstance;
import org.convlab.lesson.source.Problem;
import org.convlab.storage.ProjectDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of damaged lesson files (flipped characters, truncations, duplicated, dropped and
 * swapped lines, random YAML) must each parse within a time limit, return problems instead of
 * throwing, and never hit the parser's last-resort "internal error" path. Seeded, so a failure
 * can be replayed.
 */
class LessonFuzzTest {
    private static final long SEED = 20_250_611L;
    private static final int MUTANTS = 2500;
    private static final int RANDOM_YAML = 500;
    private static final String PALETTE = "{}[]:-,$`\\\n \"'&*!|>#%@?~0123456789.e_abcxyz\t\u00e9\u2212\u0000\uFEFF";

    @TempDir
    Path dir;

    private static final String SEED_LESSON = LessonTestSupport.lesson("""
            # Padding $o = \\lfloor (n + 2p - k)/s \\rfloor + 1$

            Some *text* with **strong** words, `code`, a [link](https://example.org) and
            $$
            o = \\frac{n + 2p - k}{s} + 1
            $$

            | a | b |
            |---|---|
            | 1 | $x_1$ |

            ```lab conv2d
            input_size: 5
            kernel: sobel_x
            padding: 1
            locked: [stride]
            ```

            ```step
            set: {stride: 2}
            at: [1, 1]
            highlight: {input: {from: [0, 0], to: [2, 2]}, kernel: [[0, 0]], output: [1, 1]}
            caption: Stride $s = 2$.
            ```

            ```exercise
            id: size
            kind: numeric
            prompt: Width for n = {{n}}?
            params: {n: {range: [5, 9]}, k: {choose: [3, 5]}}
            set: {input_size: "{{n}}"}
            answer: {output_size: width}
            hints: [Use the formula.]
            ```

            ```exercise
            id: fill
            kind: grid
            prompt: Fill it in.
            lab: pool
            set: {input_size: 4, kind: max}
            ```

            ```exercise
            id: mc
            kind: choice
            prompt: Pick.
            params: {a: {range: [1, 4]}}
            answer: {expr: "floor((a + 3) / 2)"}
            distractors: ["a", "a + 7"]
            ```

            ```exercise
            id: guess
            kind: predict
            prompt: Guess.
            options:
              - text: bigger
                correct: true
              - text: smaller
                why: no
            reveal: {set: {padding: 2}, caption: see}
            ```

            ```exercise
            id: rf
            kind: numeric
            prompt: p
            layers: [{kernel: 3}, {kernel: 3, dilation: 2}]
            answer: {receptive_field: size}
            ```
            """);

    private List<String> corpus() throws IOException {
        List<String> out = new ArrayList<>();
        out.add(SEED_LESSON);
        Path lessons = ProjectDirs.lessons();
        if (Files.isDirectory(lessons)) {
            for (Path f : LessonFiles.find(lessons)) {
                out.add(Files.readString(f));
            }
        }
        return out;
    }

    @Test
    void mutatedLessonsNeverCrashOrHang() throws IOException {
        SplittableRandom random = new SplittableRandom(SEED);
        List<String> corpus = corpus();
        for (int i = 0; i < MUTANTS; i++) {
            String base = corpus.get(random.nextInt(corpus.size()));
            String mutant = mutate(base, random);
            check(i, mutant);
        }
    }

    @Test
    void randomYamlInBlocksNeverCrashesOrHangs() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        String[] kinds = {"```lab conv2d", "```lab conv1d", "```lab pool", "```step", "```exercise"};
        for (int i = 0; i < RANDOM_YAML; i++) {
            StringBuilder body = new StringBuilder("```lab conv2d\n```\n");
            for (int b = 0; b < 3; b++) {
                body.append(kinds[random.nextInt(kinds.length)]).append('\n');
                randomMap(body, random, 0, 0);
                body.append("```\n");
            }
            check(MUTANTS + i, LessonTestSupport.lesson(body.toString()));
        }
    }

    private void check(int index, String text) {
        ParseResult r = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> new LessonParser(dir).parse(dir.resolve("lesson.md"), text), () -> replay(index, text));
        assertNotNull(r.problems());
        for (Problem p : r.problems()) {
            if (p.message().contains("internal error") || p.message().contains("could not be built (")) {
                fail("mutant " + index + ": " + p + "\n" + replay(index, text));
            }
        }
        // What a player does with a lesson must not throw either.
        if (r.lesson() != null) {
            for (Exercise e : r.lesson().exercises()) {
                ExerciseInstance in = e.instantiate("fuzz");
                if (in.usable() && in.expectsNumber()) {
                    ExerciseChecker.checkNumber(in, "3");
                } else if (in.usable() && in.expectsChoice()) {
                    ExerciseChecker.checkChoice(in, 0);
                } else if (in.usable()) {
                    ExerciseChecker.checkGrid(in, new String[in.gridRows()][in.gridColumns()]);
                }
            }
        }
    }

    private static String replay(int index, String text) {
        return "mutant " + index + " (seed " + SEED + "):\n" + (text.length() > 3000 ? text.substring(0, 3000) + "…" : text);
    }

    private static String mutate(String base, SplittableRandom r) {
        String s = base;
        int rounds = 1 + r.nextInt(4);
        for (int k = 0; k < rounds; k++) {
            List<String> lines = new ArrayList<>(Arrays.asList(s.split("\n", -1)));
            switch (r.nextInt(7)) {
                case 0 -> { // flip characters
                    char[] c = s.toCharArray();
                    for (int j = 0, n = 1 + r.nextInt(8); j < n && c.length > 0; j++) {
                        c[r.nextInt(c.length)] = PALETTE.charAt(r.nextInt(PALETTE.length()));
                    }
                    s = new String(c);
                }
                case 1 -> s = s.substring(0, r.nextInt(s.length() + 1)); // truncate
                case 2 -> { // duplicate a line
                    int i = r.nextInt(lines.size());
                    lines.add(i, lines.get(i));
                    s = String.join("\n", lines);
                }
                case 3 -> { // drop a line
                    lines.remove(r.nextInt(lines.size()));
                    s = String.join("\n", lines);
                }
                case 4 -> { // swap two lines
                    int a = r.nextInt(lines.size());
                    int b = r.nextInt(lines.size());
                    String t = lines.get(a);
                    lines.set(a, lines.get(b));
                    lines.set(b, t);
                    s = String.join("\n", lines);
                }
                case 5 -> { // insert a hostile line
                    String[] nasty = {"[".repeat(3000), "- ".repeat(500) + "x", "stride: 99999999999999999999",
                        "input_size: 256\nchannels: 8\nfilters: 16\nkernel: " + "[[" + "1, ".repeat(14) + "1]]",
                        "$$", "```", "```exercise", "a: &x [1]\nb: *x", "{{n}}: 1", "params: {n: {range: [-1000000, 1000000]}}",
                        "answer: {expr: \"" + "(".repeat(40) + "n" + ")".repeat(40) + "\"}", "![x](../../etc/passwd.png)",
                        "<script>alert(1)</script>", "> ".repeat(300) + "deep", "set: {input_size: \"{{n}}\", dilation: 50}"};
                    lines.add(r.nextInt(lines.size() + 1), nasty[r.nextInt(nasty.length)]);
                    s = String.join("\n", lines);
                }
                default -> { // indent or outdent a line
                    int i = r.nextInt(lines.size());
                    lines.set(i, r.nextBoolean() ? "  " + lines.get(i) : lines.get(i).stripLeading());
                    s = String.join("\n", lines);
                }
            }
        }
        return s;
    }

    private static final String[] KEYS = {"id", "kind", "prompt", "params", "set", "answer", "at", "highlight", "caption",
        "input_size", "kernel", "padding", "stride", "dilation", "channels", "filters", "window", "locked", "options",
        "reveal", "layers", "distractors", "count", "tolerance", "channel", "input", "seed", "bias", "flip", "groups", "step"};
    private static final String[] SCALARS = {"0", "1", "-1", "3", "7", "256", "1e9", ".nan", "null", "true", "numeric",
        "grid", "choice", "predict", "sobel_x", "random", "same", "\"{{n}}\"", "output_size", "parameter_count", "width",
        "\"n / 0\"", "x"};

    private static void randomMap(StringBuilder sb, SplittableRandom r, int indent, int depth) {
        int n = 1 + r.nextInt(5);
        for (int i = 0; i < n; i++) {
            sb.append(" ".repeat(indent)).append(KEYS[r.nextInt(KEYS.length)]).append(": ");
            value(sb, r, indent, depth);
        }
    }

    private static void value(StringBuilder sb, SplittableRandom r, int indent, int depth) {
        int choice = depth > 4 ? 0 : r.nextInt(4);
        switch (choice) {
            case 0 -> sb.append(SCALARS[r.nextInt(SCALARS.length)]).append('\n');
            case 1 -> {
                sb.append('[');
                for (int i = 0, n = r.nextInt(5); i < n; i++) {
                    sb.append(i == 0 ? "" : ", ").append(r.nextBoolean() ? SCALARS[r.nextInt(SCALARS.length)] : "[" + r.nextInt(9) + ", " + r.nextInt(9) + "]");
                }
                sb.append("]\n");
            }
            case 2 -> {
                sb.append('{').append(KEYS[r.nextInt(KEYS.length)]).append(": ").append(SCALARS[r.nextInt(SCALARS.length)]).append("}\n");
            }
            default -> {
                sb.append('\n');
                randomMap(sb, r, indent + 2, depth + 1);
            }
        }
    }
}
