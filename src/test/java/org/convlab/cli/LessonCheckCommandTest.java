package org.convlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `convlab lesson check` end to end: problems as file:line:column, OK summary, exit statuses, help. */
class LessonCheckCommandTest {
    @TempDir
    Path dir;

    private Path write(String folder, String text) throws Exception {
        Path f = dir.resolve(folder).resolve("lesson.md");
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return f;
    }

    private static final String GOOD = """
            ---
            format: convlab-lesson/1
            id: good
            title: Good
            minutes: 5
            objectives: [Learn]
            ---
            ```lab conv2d
            stride: 2
            ```
            """;

    @Test
    void aFolderOfGoodLessonsPrintsOneOkLine() throws Exception {
        write("01-good", GOOD);
        write("02-other", GOOD.replace("id: good", "id: other"));
        CliRun r = CliRun.of("lesson", "check", dir.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("OK: 2 lessons, 0 steps, 0 exercises checked, no problems.", r.out().strip());
        assertEquals("", r.err());
    }

    @Test
    void everyProblemIsPrintedWithItsPlaceAndTheStatusIsOne() throws Exception {
        Path f = write("01-bad", GOOD.replace("stride: 2", "strid: 2\npadding: -1").replace("minutes: 5", "minutes: 0"));
        CliRun r = CliRun.of("lesson", "check", f.toString());
        assertEquals(1, r.status());
        String[] lines = r.err().strip().split("\n");
        assertEquals(f + ":5:10: `minutes` must be a whole number from 1 to 240, not the number 0", lines[0]);
        assertTrue(lines[1].startsWith(f + ":9:1: unknown parameter `strid` for lab conv2d (did you mean `stride`?)"), lines[1]);
        assertTrue(lines[2].startsWith(f + ":10:10: parameter \"padding\""), lines[2]);
        assertEquals("3 problems in 1 lesson, 0 steps, 0 exercises.", lines[3]);
        assertEquals("", r.out());
    }

    @Test
    void duplicateIdsAndMissingPathsAreProblems() throws Exception {
        write("01-a", GOOD);
        write("02-b", GOOD);
        CliRun r = CliRun.of("lesson", "check", dir.toString(), dir.resolve("nowhere").toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("lesson id `good` is also used by"), r.err());
        assertTrue(r.err().contains(dir.resolve("nowhere") + ": no such file or folder"), r.err());
    }

    @Test
    void helpDescribesTheCommand() {
        CliRun r = CliRun.of("lesson", "check", "--help");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("FILE:LINE:COLUMN: MESSAGE"), r.out());
        assertTrue(r.out().contains("Exit status"), r.out());
        assertEquals(2, CliRun.of("lesson", "check").status(), "a path is required");
    }
}
