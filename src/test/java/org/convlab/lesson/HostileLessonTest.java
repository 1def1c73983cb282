package org.convlab.lesson;

import static org.convlab.lesson.LessonTestSupport.lesson;
import static org.convlab.lesson.LessonTestSupport.one;
import static org.convlab.lesson.LessonTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import org.convlab.lesson.source.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files built to be slow or large stay within their limits and their time. */
class HostileLessonTest {
    @TempDir
    Path dir;

    @Test
    void aParagraphOfLoneDollarsIsLinear() {
        String text = lesson("$a ".repeat(80_000) + "\n");
        ParseResult r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parse(dir, text));
        assertEquals(0, r.problems().size(), LessonTestSupport.show(r));
    }

    @Test
    void deeplyNestedMarkdownIsReportedNotOverflowed() {
        String text = lesson("> ".repeat(2_000) + "deep\n\n" + "- ".repeat(2_000) + "x\n\n" + "*".repeat(5_000) + "a" + "*".repeat(5_000) + "\n");
        ParseResult r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parse(dir, text));
        LessonTestSupport.any(r, "nested too deeply");
    }

    @Test
    void theLargestLabsWithRandomExercisesStayBounded() {
        String kernel = "[" + ("[" + "1, ".repeat(14) + "1], ").repeat(14) + "[" + "1, ".repeat(14) + "1]]";
        StringBuilder body = new StringBuilder("```lab conv2d\ninput: random\ninput_size: 256\nchannels: 8\nfilters: 16\nkernel: "
                + kernel + "\n```\n");
        for (int i = 0; i < 20; i++) {
            body.append("```step\nset: {seed: ").append(i).append("}\nat: [15, 241, 241]\n```\n");
        }
        for (int i = 0; i < 5; i++) {
            body.append("```exercise\nid: e").append(i).append("\nkind: grid\nprompt: p\nparams: {s: {range: [1, 1000000]}}\n")
                    .append("set: {seed: \"{{s}}\", stride: 64}\nchannel: 15\n```\n");
        }
        ParseResult r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> parse(dir, lesson(body.toString())));
        assertEquals(0, r.problems().size(), LessonTestSupport.show(r));
        assertEquals(5, r.lesson().exercises().size());
    }

    @Test
    void tooManyExercisesAndLabs() {
        String ex = "```exercise\nid: e%d\nkind: numeric\nprompt: p\nanswer: {expr: 1}\n```\n";
        StringBuilder body = new StringBuilder();
        for (int i = 0; i <= Limits.MAX_EXERCISES; i++) {
            body.append(ex.formatted(i));
        }
        one(parse(dir, lesson(body.toString())), 8 + 6 * Limits.MAX_EXERCISES, 1, "too many exercises");
        one(parse(dir, lesson("```lab pool\n```\n".repeat(Limits.MAX_LABS + 1))), 8 + 2 * Limits.MAX_LABS, 1, "too many labs");
    }
}
