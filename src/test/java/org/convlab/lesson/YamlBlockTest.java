package org.convlab.lesson;

import static org.convlab.lesson.LessonTestSupport.lesson;
import static org.convlab.lesson.LessonTestSupport.one;
import static org.convlab.lesson.LessonTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.convlab.lesson.source.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The YAML inside blocks: syntax errors, duplicates, depth, aliases, tags, sizes, all with positions. */
class YamlBlockTest {
    @TempDir
    Path dir;

    @Test
    void badYamlPointsAtTheFileLine() {
        ParseResult r = parse(dir, lesson("""
                Text.

                ```lab conv2d
                input_size: 5
                stride: [1, 2
                padding: 1
                ```
                """));
        // line 8 is the body's first line; the lab block opens on 10, the broken list is on 12
        one(r, 13, 8, "bad YAML", "flow sequence");
    }

    @Test
    void duplicateKeysAreErrors() {
        ParseResult r = parse(dir, lesson("""
                ```lab conv2d
                stride: 1
                padding: 1
                stride: 2
                ```
                """));
        one(r, 11, 1, "duplicate key `stride`");
    }

    @Test
    void deepNestingIsRejectedBeforeTheComposerCanOverflowTheStack() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        ParseResult r = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> parse(dir, lesson("""
                ```lab conv2d
                input: %s
                ```
                """.formatted(deep))));
        // the map is level 1, so the bracket at column 7 + MAX is one level too many
        one(r, 9, 7 + Limits.MAX_YAML_DEPTH, "nested too deeply");
    }

    @Test
    void deepBlockNestingToo() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            yaml.append(" ".repeat(i * 2)).append("k").append(i).append(":\n");
        }
        ParseResult r = parse(dir, lesson("```lab conv2d\n" + yaml + "```\n"));
        LessonTestSupport.any(r, "nested too deeply");
    }

    @Test
    void anchorsAliasesAndTagsAreNotAllowed() {
        one(parse(dir, lesson("```lab conv2d\nstride: &s 2\npadding: *s\n```\n")), 9, 9, "anchors");
        one(parse(dir, lesson("```lab conv2d\nstride: !!python/object 2\n```\n")), 9, 9, "tags");
        one(parse(dir, lesson("```lab conv2d\nstride: !custom 2\n```\n")), 9, 9, "tags");
    }

    @Test
    void oneDocumentPerBlock() {
        one(parse(dir, lesson("```lab conv2d\nstride: 1\n---\npadding: 1\n```\n")), 10, 1, "one YAML document");
    }

    @Test
    void longScalarsAreRejected() {
        String big = "x".repeat(Limits.MAX_SCALAR_CHARS + 1);
        ParseResult r = parse(dir, lesson("```step\ncaption: " + big + "\n```\n"));
        LessonTestSupport.any(r, "too long");
    }

    @Test
    void anUnquotedPlaceholderGetsAHint() {
        ParseResult r = parse(dir, lesson("""
                ```exercise
                id: e
                kind: numeric
                prompt: p
                params: {n: {range: [5, 9]}}
                lab: conv2d
                set: {input_size: {{n}}}
                answer: {output_size: width}
                ```
                """));
        one(r, 14, 20, "must be quoted", "\"{{name}}\"");
    }

    @Test
    void aBlockMustBeAMap() {
        ParseResult r = parse(dir, lesson("```lab conv2d\n- stride\n- padding\n```\n"));
        one(r, 9, 1, "the lab must be a map");
        assertTrue(r.lesson().segments().get(0) instanceof Segment.Broken);
    }
}
