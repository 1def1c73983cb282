package org.convlab.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.convlab.lesson.source.Limits;

/**
 * Tells the player when a lesson changed on disk, so it can reload while the author edits.
 * It polls the lesson's folder (lesson.md by content, its images by size and time) rather than
 * using a WatchService: editors save by writing a temporary file and renaming it, file systems
 * differ in what they report, and macOS's WatchService polls every few seconds anyway. A change
 * is reported once the folder has looked the same for one more poll, so a file caught halfway
 * through saving is not reloaded; with the default 250 ms that is within half a second.
 *
 * <p>The callback runs on the watcher's own thread: the player hops to its UI thread and keeps
 * the current step (see {@link Lesson#stepAfterReload(int)}).
 */
public final class LessonWatcher implements AutoCloseable {
    public static final Duration DEFAULT_INTERVAL = Duration.ofMillis(250);
    private static final int MAX_FILES = 200;

    private final Path folder;
    private final Runnable onChange;
    private final ScheduledExecutorService timer;
    private String reported;
    private String previous;

    private LessonWatcher(Path folder, Runnable onChange) {
        this.folder = folder;
        this.onChange = onChange;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lesson-watcher " + folder.getFileName());
            t.setDaemon(true);
            return t;
        });
    }

    /** Watches the folder of {@code lessonFile}; {@code onChange} runs after each settled change. */
    public static LessonWatcher start(Path lessonFile, Duration interval, Runnable onChange) {
        Path folder = lessonFile.toAbsolutePath().getParent();
        LessonWatcher w = new LessonWatcher(folder, onChange);
        w.reported = w.fingerprint();
        w.previous = w.reported;
        long ms = Math.max(20, interval.toMillis());
        w.timer.scheduleWithFixedDelay(w::poll, ms, ms, TimeUnit.MILLISECONDS);
        return w;
    }

    public static LessonWatcher start(Path lessonFile, Runnable onChange) {
        return start(lessonFile, DEFAULT_INTERVAL, onChange);
    }

    private void poll() {
        try {
            String now = fingerprint();
            boolean settled = now.equals(previous);
            previous = now;
            if (settled && !now.equals(reported)) {
                reported = now;
                onChange.run();
            }
        } catch (RuntimeException e) {
            // A failing callback or an unreadable folder must not stop the watching.
        }
    }

    /** Names, sizes and times of the folder's files, and a hash of lesson.md's content. */
    private String fingerprint() {
        Map<String, String> parts = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder, 2)) {
            files.filter(Files::isRegularFile).limit(MAX_FILES).forEach(p -> {
                try {
                    String name = folder.relativize(p).toString();
                    parts.put(name, Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis()
                            + (name.equals("lesson.md") ? "#" + hash(p) : ""));
                } catch (IOException e) {
                    parts.put(p.toString(), "unreadable");
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            return "missing";
        }
        return parts.toString();
    }

    /** Content hash: a save within the same second and of the same size still counts. */
    private static String hash(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            byte[] bytes = in.readNBytes(Limits.MAX_FILE_BYTES + 1);
            return Integer.toHexString(Arrays.hashCode(MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    @Override
    public String toString() {
        return "LessonWatcher[" + Objects.toString(folder) + "]";
    }
}
