package org.convlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.convlab.lesson.source.Problem;

/** Building lesson texts and asserting on the problems the parser finds. */
public final class LessonTestSupport {
    private LessonTestSupport() {
    }

    /** Valid front matter: 7 lines, so a body starts on line 8. */
    public static final String FRONT = """
            ---
            format: convlab-lesson/1
            id: test-lesson
            title: A test lesson
            minutes: 5
            objectives: [Pass the tests]
            ---
            """;

    /** Line of the body's first line when the lesson is FRONT + body. */
    public static final int BODY_LINE = 8;

    public static String lesson(String body) {
        return FRONT + body;
    }

    public static ParseResult parse(Path dir, String text) {
        return new LessonParser(dir.resolve("assets")).parse(dir.resolve("lesson.md"), text);
    }

    /** Parses and expects no problems. */
    public static Lesson ok(Path dir, String text) {
        ParseResult r = parse(dir, text);
        assertEquals(List.of(), r.problems().stream().map(Problem::toString).toList(), "problems");
        assertNotNull(r.lesson());
        return r.lesson();
    }

    /** Expects exactly one problem, at line:column, whose message contains every fragment. */
    public static Problem one(ParseResult r, int line, int column, String... fragments) {
        if (r.problems().size() != 1) {
            fail("expected one problem, got:\n" + show(r));
        }
        return at(r, line, column, fragments);
    }

    /** Expects a problem at line:column whose message contains every fragment (others may exist). */
    public static Problem at(ParseResult r, int line, int column, String... fragments) {
        for (Problem p : r.problems()) {
            if (p.line() == line && p.column() == column && containsAll(p.message(), fragments)) {
                return p;
            }
        }
        fail("no problem at " + line + ":" + column + " containing " + List.of(fragments) + "; got:\n" + show(r));
        return null;
    }

    /** Expects a problem containing every fragment, wherever it is. */
    public static Problem any(ParseResult r, String... fragments) {
        for (Problem p : r.problems()) {
            if (containsAll(p.message(), fragments)) {
                return p;
            }
        }
        fail("no problem containing " + List.of(fragments) + "; got:\n" + show(r));
        return null;
    }

    private static boolean containsAll(String message, String... fragments) {
        for (String f : fragments) {
            if (!message.contains(f)) {
                return false;
            }
        }
        return true;
    }

    public static String show(ParseResult r) {
        return r.problems().isEmpty() ? "(no problems)" : r.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    public static void assertMessage(Problem p, String fragment) {
        assertTrue(p.message().contains(fragment), p.message());
    }
}
