package org.convlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convlab.lesson.exercise.Exercise;
import org.convlab.lesson.exercise.ExerciseInstance;
import org.convlab.lesson.source.Problem;
import org.convlab.lesson.text.Block;
import org.convlab.lesson.text.Inline;
import org.convlab.lesson.text.RichText;
import org.convlab.storage.ProjectDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lessons in lessons/ pass `lesson check`, and together they show every feature of the format. */
class CurriculumTest {
    private static final Path LESSONS = ProjectDirs.lessons();

    @Test
    void everyLessonPassesTheCheck() {
        LessonChecker.Report report = new LessonChecker(LessonParser.forProject()).check(List.of(LESSONS));
        assertEquals(List.of(), report.problems().stream().map(Problem::toString).toList());
        assertEquals(7, report.lessons(), report.summary());
    }

    private static List<Lesson> lessons() throws IOException {
        LessonParser parser = LessonParser.forProject();
        return LessonFiles.find(LESSONS).stream().map(f -> parser.parse(f).lesson()).toList();
    }

    @Test
    void eachLessonHasAtLeastThreeExercisesAndSomeAreRandomized() throws IOException {
        int randomized = 0;
        for (Lesson l : lessons()) {
            assertTrue(l.exercises().size() >= 3, l.id() + " has " + l.exercises().size() + " exercises");
            for (Exercise e : l.exercises()) {
                randomized += e.randomized() ? 1 : 0;
                ExerciseInstance a = e.instantiate("student-a");
                assertTrue(a.usable(), e.id() + ": " + a.problems());
            }
            assertTrue(l.exercises().stream().anyMatch(Exercise::randomized), l.id() + " has no randomized exercise");
        }
        assertTrue(randomized >= 14, "randomized exercises: " + randomized);
    }

    @Test
    void togetherTheyShowEveryFeature() throws IOException {
        Set<String> seen = new HashSet<>();
        EnumSet<Exercise.Kind> kinds = EnumSet.noneOf(Exercise.Kind.class);
        for (Lesson l : lessons()) {
            String text = Files.readString(l.file());
            for (String answer : List.of("output_size", "output_value", "parameter_count", "receptive_field", "expr")) {
                if (text.contains(answer)) {
                    seen.add(answer);
                }
            }
            for (String field : List.of("distractors:", "count:", "correct: true", "why:", "reveal:", "hints:", "explanation:",
                    "tolerance:", "channel:", "layers:", "{range:", "{choose:", "locked:", "invalid: true", "highlight:",
                    "from:", "at:", "lab: conv2d", "lab: pool", "lab: conv1d")) {
                if (text.contains(field)) {
                    seen.add(field);
                }
            }
            for (Segment s : l.segments()) {
                if (s instanceof Segment.LabBlock b) {
                    seen.add("lab " + b.lab());
                }
                if (s instanceof Segment.Narrative n) {
                    collect(n.text(), seen);
                }
            }
            l.exercises().forEach(e -> kinds.add(e.kind()));
        }
        assertEquals(EnumSet.allOf(Exercise.Kind.class), kinds);
        for (String f : List.of("output_size", "output_value", "parameter_count", "receptive_field", "expr", "distractors:",
                "count:", "correct: true", "why:", "reveal:", "hints:", "explanation:", "tolerance:", "channel:", "layers:",
                "{range:", "{choose:", "locked:", "invalid: true", "highlight:", "from:", "at:", "lab conv1d", "lab conv2d",
                "lab pool", "image", "math", "display math", "table")) {
            assertTrue(seen.contains(f), "no lesson uses " + f);
        }
    }

    private static void collect(RichText t, Set<String> seen) {
        for (Block b : t.blocks()) {
            switch (b) {
                case Block.MathBlock m -> seen.add("display math");
                case Block.Table tb -> seen.add("table");
                case Block.Paragraph p -> p.content().forEach(i -> {
                    if (i instanceof Inline.Math) {
                        seen.add("math");
                    }
                    if (i instanceof Inline.Image) {
                        seen.add("image");
                    }
                });
                default -> {
                }
            }
        }
    }

    @Test
    void theWorkedExampleInTheReadmeIsAValidLesson(@TempDir Path dir) throws IOException {
        String readme = Files.readString(LESSONS.resolve("README.md"));
        Matcher m = Pattern.compile("<!-- example:start -->\\n````markdown\\n(.*?)````\\n<!-- example:end -->", Pattern.DOTALL)
                .matcher(readme);
        assertTrue(m.find(), "the README has a worked example between markers");
        Files.copy(LESSONS.resolve("02-filters/filters.png"), dir.resolve("figure.png"));
        Lesson l = LessonTestSupport.ok(dir, m.group(1));
        assertEquals(5, l.exercises().size());
        assertEquals(EnumSet.allOf(Exercise.Kind.class), EnumSet.copyOf(l.exercises().stream().map(Exercise::kind).toList()));
    }
}
