package org.convlab.lesson.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.convlab.lesson.LessonParser;
import org.convlab.lesson.LessonTestSupport;
import org.convlab.lesson.ParseResult;
import org.convlab.lesson.source.Problem;

/** Parses lessons made of exercise blocks and hands out their exercises. */
final class ExerciseFixtures {
    private ExerciseFixtures() {
    }

    /** The exercises of a lesson whose body is {@code body}; fails on any problem. */
    static List<Exercise> exercises(Path dir, String body) {
        ParseResult r = new LessonParser(null).parse(dir.resolve("lesson.md"), LessonTestSupport.lesson(body));
        assertEquals(List.of(), r.problems().stream().map(Problem::toString).toList());
        return r.lesson().exercises();
    }

    static Exercise exercise(Path dir, String fields) {
        return exercises(dir, "```exercise\n" + fields + "```\n").get(0);
    }

    /** The computed answer, which the player never sees directly. */
    static double answer(ExerciseInstance i) {
        assertEquals(List.of(), i.problems());
        return i.parts.answer();
    }
}
