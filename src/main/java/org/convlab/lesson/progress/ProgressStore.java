package org.convlab.lesson.progress;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.convlab.lesson.Lesson;
import org.convlab.lesson.exercise.Exercise;
import org.convlab.lesson.exercise.Feedback;
import org.convlab.storage.AtomicFiles;
import org.convlab.storage.UserDirs;
import tools.jackson.core.JacksonException;

/**
 * The student's progress on disk ({@code progress.json} in the per-user application folder):
 * loaded once, changed by the methods below, written atomically after every change, so a crash
 * leaves either the old file or the new one. A damaged file is set aside (kept for inspection)
 * with a message, never silently dropped. Thread-safe.
 */
public final class ProgressStore {
    public static final String FILE_NAME = "progress.json";

    private final Path file;
    private final UnaryOperator<OutputStream> streams;
    private Progress progress;

    public ProgressStore(Path file) {
        this(file, UnaryOperator.identity());
    }

    /** For tests: every write goes through {@code streams} (which may fail halfway). */
    ProgressStore(Path file, UnaryOperator<OutputStream> streams) {
        this.file = file;
        this.streams = streams;
    }

    /** The store in the user's application folder (see {@link UserDirs#appDir()}). */
    public static ProgressStore forUser() {
        return new ProgressStore(UserDirs.appDir().resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    /**
     * Reads the file. Returns null when all went well, else a message for the student: the file
     * was damaged (and moved aside, named in the message) or could not be read or written. A new
     * student gets a random id, saved at once so their numbers stay the same next time.
     */
    public synchronized String load() {
        String problem = null;
        try {
            progress = ProgressJson.read(Files.readString(file, StandardCharsets.UTF_8));
            return null;
        } catch (NoSuchFileException e) {
            // first run
        } catch (IOException e) {
            progress = fresh();
            return "Could not read your progress from " + file + " (" + e.getMessage() + "); it is not saved this session.";
        } catch (JacksonException | IllegalArgumentException | java.io.UncheckedIOException e) {
            String why = e instanceof JacksonException je ? je.getOriginalMessage() : e.getMessage();
            try {
                problem = "Your progress file was damaged (" + why + "); it was moved to "
                        + AtomicFiles.setAside(file).getFileName() + " and progress starts afresh.";
            } catch (IOException io) {
                progress = fresh();
                return "Your progress file " + file + " is damaged (" + why + ") and could not be moved aside ("
                        + io.getMessage() + "); progress is not saved this session.";
            }
        }
        progress = fresh();
        try {
            save();
        } catch (IOException e) {
            return (problem == null ? "" : problem + " ") + "Progress cannot be saved to " + file + " (" + e.getMessage() + ").";
        }
        return problem;
    }

    private static Progress fresh() {
        byte[] id = new byte[16];
        new SecureRandom().nextBytes(id);
        return new Progress(HexFormat.of().formatHex(id), Map.of());
    }

    /** The current progress (loads the file first if needed). */
    public synchronized Progress progress() {
        if (progress == null) {
            load();
        }
        return progress;
    }

    public String studentId() {
        return progress().studentId();
    }

    /** The student has seen step {@code step} of lesson {@code lessonId}, and is there now. */
    public synchronized void stepSeen(String lessonId, int step) throws IOException {
        change(progress().with(lessonId, progress().lesson(lessonId).withStep(step)));
    }

    /**
     * Records an answer and its feedback (unreadable answers are not recorded). A right answer
     * solves the exercise; so does any committed prediction. The lesson is marked completed once
     * all its exercises are solved.
     */
    public synchronized ExerciseProgress recordAnswer(Lesson lesson, Exercise exercise, String answer, Feedback feedback)
            throws IOException {
        LessonProgress lp = progress().lesson(lesson.id());
        ExerciseProgress before = lp.exercise(exercise.id());
        if (!feedback.counts()) {
            return before;
        }
        boolean solves = feedback.right() || exercise.kind() == Exercise.Kind.PREDICT;
        String text = answer == null ? "" : answer.length() > 4000 ? answer.substring(0, 4000) : answer;
        ExerciseProgress after = before.after(feedback.right(), solves, text);
        change(progress().with(lesson.id(), lp.withExercise(exercise.id(), after, lesson)));
        return after;
    }

    /** Forgets everything about one lesson (the student id stays, so the numbers stay too). */
    public synchronized void reset(String lessonId) throws IOException {
        change(progress().without(lessonId));
    }

    private void change(Progress next) throws IOException {
        progress = next;
        save();
    }

    private void save() throws IOException {
        byte[] bytes = ProgressJson.write(progress).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> {
            OutputStream o = streams.apply(out);
            o.write(bytes);
            o.flush();
        });
    }
}
