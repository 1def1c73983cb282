package org.convlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonWatcherTest {
    @TempDir
    Path dir;

    @Test
    void reportsASaveWithinASecondAndOnlyThen() throws Exception {
        Path file = dir.resolve("lesson.md");
        Files.writeString(file, "one");
        Semaphore changes = new Semaphore(0);
        try (LessonWatcher _ = LessonWatcher.start(file, Duration.ofMillis(50), changes::release)) {
            assertEquals(false, changes.tryAcquire(300, TimeUnit.MILLISECONDS), "nothing changed yet");
            Files.writeString(file, "two"); // same size, likely the same second: the content hash notices
            assertTrue(changes.tryAcquire(1, TimeUnit.SECONDS), "a save is reported");
            // editors save by writing a temporary file and renaming it over the lesson
            Path tmp = dir.resolve(".lesson.md.swp");
            Files.writeString(tmp, "three, longer");
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            assertTrue(changes.tryAcquire(1, TimeUnit.SECONDS), "a rename over the file is reported");
            Files.write(dir.resolve("figure.png"), new byte[] {1, 2, 3});
            assertTrue(changes.tryAcquire(1, TimeUnit.SECONDS), "a new image is reported");
            assertEquals(false, changes.tryAcquire(300, TimeUnit.MILLISECONDS), "once per change");
        }
    }

    @Test
    void aFailingCallbackDoesNotStopTheWatching() throws Exception {
        Path file = dir.resolve("lesson.md");
        Files.writeString(file, "a");
        Semaphore calls = new Semaphore(0);
        try (LessonWatcher _ = LessonWatcher.start(file, Duration.ofMillis(50), () -> {
            calls.release();
            throw new IllegalStateException("the player had a bad day");
        })) {
            Files.writeString(file, "b");
            assertTrue(calls.tryAcquire(1, TimeUnit.SECONDS));
            Files.writeString(file, "c");
            assertTrue(calls.tryAcquire(1, TimeUnit.SECONDS));
        }
    }
}
