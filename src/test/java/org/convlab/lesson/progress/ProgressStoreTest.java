package org.convlab.lesson.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.convlab.lesson.Lesson;
import org.convlab.lesson.LessonParser;
import org.convlab.lesson.LessonTestSupport;
import org.convlab.lesson.exercise.Exercise;
import org.convlab.lesson.exercise.ExerciseChecker;
import org.convlab.lesson.exercise.ExerciseInstance;
import org.convlab.lesson.exercise.Feedback;
import org.convlab.storage.UserDirs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {
    @TempDir
    Path dir;

    private Path file;
    private Lesson lesson;

    @BeforeEach
    void setUp() {
        file = dir.resolve("user/progress.json");
        lesson = new LessonParser(null).parse(dir.resolve("l/lesson.md"), LessonTestSupport.lesson("""
                ```exercise
                id: a
                kind: numeric
                prompt: p
                answer: {expr: 3}
                ```
                ```exercise
                id: b
                kind: predict
                prompt: p
                lab: conv2d
                answer: parameter_count
                reveal: {set: {padding: 1}}
                ```
                """)).lesson();
    }

    private Feedback answer(ProgressStore store, String exerciseId, String text) throws IOException {
        Exercise e = lesson.exercise(exerciseId).orElseThrow();
        ExerciseInstance i = e.instantiate(store.studentId());
        Feedback f = ExerciseChecker.checkNumber(i, text);
        store.recordAnswer(lesson, e, text, f);
        return f;
    }

    @Test
    void aNewStudentGetsAnIdThatIsKept() {
        ProgressStore first = new ProgressStore(file);
        assertNull(first.load());
        String id = first.studentId();
        assertTrue(id.matches("[0-9a-f]{32}"), id);
        assertTrue(Files.exists(file), "saved at once, so the numbers stay the same next time");
        ProgressStore again = new ProgressStore(file);
        assertNull(again.load());
        assertEquals(id, again.studentId());
        assertNotEquals(id, new ProgressStore(dir.resolve("other.json")).studentId());
    }

    @Test
    void stepsAnswersAttemptsAndCompletionAreRemembered() throws IOException {
        ProgressStore store = new ProgressStore(file);
        store.load();
        store.stepSeen("test-lesson", 0);
        store.stepSeen("test-lesson", 2);
        assertFalse(answer(store, "a", "4").right());
        assertEquals(Feedback.Verdict.UNREADABLE, answer(store, "a", "four").verdict());
        assertTrue(answer(store, "a", "3").right());
        assertFalse(store.progress().lesson("test-lesson").completed(), "exercise b is not done yet");
        answer(store, "b", "1"); // a wrong prediction still completes a prediction
        ProgressStore reloaded = new ProgressStore(file);
        assertNull(reloaded.load());
        LessonProgress p = reloaded.progress().lesson("test-lesson");
        assertEquals(Set.of(0, 2), p.stepsSeen());
        assertEquals(2, p.currentStep());
        assertEquals(new ExerciseProgress(2, 1, true, "3"), p.exercise("a"));
        assertEquals(new ExerciseProgress(1, 1, true, "1"), p.exercise("b"));
        assertTrue(p.completed());
        assertTrue(p.isComplete(lesson));
    }

    @Test
    void resetForgetsOneLessonOnly() throws IOException {
        ProgressStore store = new ProgressStore(file);
        store.load();
        String id = store.studentId();
        store.stepSeen("test-lesson", 1);
        store.stepSeen("other", 4);
        store.reset("test-lesson");
        ProgressStore reloaded = new ProgressStore(file);
        reloaded.load();
        assertEquals(LessonProgress.NONE, reloaded.progress().lesson("test-lesson"));
        assertEquals(Set.of(4), reloaded.progress().lesson("other").stepsSeen());
        assertEquals(id, reloaded.studentId(), "the student keeps their numbers");
    }

    @Test
    void aCrashHalfwayThroughAWriteLeavesTheOldFile() throws IOException {
        ProgressStore store = new ProgressStore(file);
        store.load();
        store.stepSeen("test-lesson", 1);
        String before = Files.readString(file);
        ProgressStore crashing = new ProgressStore(file, out -> new FilterOutputStream(out) {
            private int written;

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len / 2);
                written += len / 2;
                throw new IOException("disk full after " + written + " bytes");
            }
        });
        crashing.load();
        assertThrows(IOException.class, () -> crashing.stepSeen("test-lesson", 9));
        assertEquals(before, Files.readString(file), "the old progress is intact");
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "no half-written file is left behind");
        }
        ProgressStore reloaded = new ProgressStore(file);
        assertNull(reloaded.load());
        assertEquals(Set.of(1), reloaded.progress().lesson("test-lesson").stepsSeen());
    }

    @Test
    void aCorruptFileIsSetAsideWithAMessage() throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"format\": 1, \"student\": \"abc\", \"lessons\": {\"x\": {\"stepsSeen\": [\"one\"]");
        ProgressStore store = new ProgressStore(file);
        String message = store.load();
        assertTrue(message.contains("damaged") && message.contains("progress.json.corrupt-"), message);
        try (Stream<Path> files = Files.list(file.getParent())) {
            List<Path> aside = files.filter(p -> p.getFileName().toString().startsWith("progress.json.corrupt-")).toList();
            assertEquals(1, aside.size());
            assertTrue(Files.readString(aside.get(0)).startsWith("{\"format\": 1"), "kept as it was");
        }
        assertTrue(Files.exists(file), "a fresh file replaces it");
        assertNull(new ProgressStore(file).load());
    }

    @Test
    void wrongTypesCountAsDamage() throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"format\": 1, \"student\": \"abc\", \"lessons\": {\"x\": {\"stepsSeen\": [-1], \"exercises\": {}}}}");
        assertTrue(new ProgressStore(file).load().contains("damaged"));
    }

    @Test
    void gridAnswersRoundTripAsText() {
        String[][] grid = {{"1", "-0.5", ""}, {" 2 ", "3", "x y"}};
        String text = ExerciseProgress.gridText(grid);
        assertEquals("1 -0.5 _; 2 3 x_y", text);
        String[][] back = ExerciseProgress.gridCells(text);
        assertEquals(List.of("1", "-0.5", ""), List.of(back[0]));
        assertEquals(List.of("2", "3", "x_y"), List.of(back[1]));
    }

    @Test
    void theUsersFileLivesInTheAppFolder() {
        String old = System.getProperty(UserDirs.OVERRIDE_PROPERTY);
        try {
            System.setProperty(UserDirs.OVERRIDE_PROPERTY, dir.toString());
            assertEquals(dir.resolve("progress.json"), ProgressStore.forUser().file());
        } finally {
            if (old == null) {
                System.clearProperty(UserDirs.OVERRIDE_PROPERTY);
            } else {
                System.setProperty(UserDirs.OVERRIDE_PROPERTY, old);
            }
        }
    }
}
