package org.convlab.lesson;

import static org.convlab.lesson.LessonTestSupport.at;
import static org.convlab.lesson.LessonTestSupport.ok;
import static org.convlab.lesson.LessonTestSupport.one;
import static org.convlab.lesson.LessonTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontMatterTest {
    @TempDir
    Path dir;

    @Test
    void readsTheHeader() {
        Lesson l = ok(dir, """
                ---
                format: convlab-lesson/1
                id: padding
                title: Padding and output size
                minutes: 15
                objectives:
                  - Compute $o = \\lfloor (n + 2p - k)/s \\rfloor + 1$
                  - Choose padding that keeps the size
                ---
                Body.
                """);
        assertEquals("padding", l.id());
        assertEquals("Padding and output size", l.title());
        assertEquals(15, l.meta().minutes());
        assertEquals(2, l.meta().objectives().size());
        assertEquals("Compute $o = \\lfloor (n + 2p - k)/s \\rfloor + 1$", l.meta().objectives().get(0).plainText());
    }

    @Test
    void unknownFieldSuggestsTheNearestOne() {
        ParseResult r = parse(dir, """
                ---
                format: convlab-lesson/1
                id: x
                titel: X
                title: X
                minutes: 5
                objectives: [a]
                ---
                """);
        one(r, 4, 1, "unknown field `titel`", "did you mean `title`?");
    }

    @Test
    void anotherFormatVersionIsNamed() {
        ParseResult r = parse(dir, """
                ---
                format: convlab-lesson/2
                id: x
                title: X
                minutes: 5
                objectives: [a]
                ---
                """);
        one(r, 2, 9, "`convlab-lesson/2`", "reads `convlab-lesson/1`");
    }

    @Test
    void missingFieldsAndBadValuesAreAllReported() {
        ParseResult r = parse(dir, """
                ---
                format: convlab-lesson/1
                id: Not An Id
                minutes: ten
                ---
                """);
        at(r, 3, 5, "`id` must be lowercase");
        at(r, 4, 10, "`minutes` must be a whole number from 1 to 240", "the text \"ten\"");
        at(r, 2, 1, "needs a `title`");
        at(r, 2, 1, "needs a `objectives`");
        assertEquals(4, r.problems().size(), LessonTestSupport.show(r));
        assertNotNull(r.lesson(), "a partial lesson is still returned, for showing errors in place");
    }

    @Test
    void aLessonWithoutFrontMatterSaysWhatIsMissing() {
        one(parse(dir, "# Just a heading\n"), 1, 1, "starts with front matter");
    }

    @Test
    void unclosedFrontMatter() {
        one(parse(dir, "---\nformat: convlab-lesson/1\n"), 1, 1, "not closed");
    }

    @Test
    void badYamlInTheFrontMatterHasItsPosition() {
        ParseResult r = parse(dir, """
                ---
                format: convlab-lesson/1
                objectives: [a, b
                id: x
                ---
                """);
        at(r, 4, 3, "bad YAML");
    }
}
