package org.convlab.lesson;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.convlab.lesson.exercise.Exercise;

/**
 * A parsed lesson: its header and its segments in reading order. Immutable; reloading a changed
 * file gives a new Lesson.
 *
 * @param file   the lesson.md it came from
 * @param folder the lesson's folder (its images live there)
 */
public record Lesson(Path file, Path folder, FrontMatter meta, List<Segment> segments) {
    public Lesson {
        segments = List.copyOf(segments);
    }

    public String id() {
        return meta.id();
    }

    public String title() {
        return meta.title();
    }

    public List<Segment.LabBlock> labs() {
        return segments.stream().filter(s -> s instanceof Segment.LabBlock).map(s -> (Segment.LabBlock) s).toList();
    }

    public List<Segment.StepBlock> steps() {
        return segments.stream().filter(s -> s instanceof Segment.StepBlock).map(s -> (Segment.StepBlock) s).toList();
    }

    /** The steps that move lab {@code labNumber}, in order. */
    public List<Segment.StepBlock> stepsOf(int labNumber) {
        return steps().stream().filter(s -> s.labNumber() == labNumber).toList();
    }

    public List<Exercise> exercises() {
        return segments.stream().filter(s -> s instanceof Segment.ExerciseBlock).map(s -> ((Segment.ExerciseBlock) s).exercise()).toList();
    }

    public Optional<Exercise> exercise(String id) {
        return exercises().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /**
     * After a reload: the step to show in place of step {@code number} of the old version (the same
     * number while it exists, else the last step; -1 when there are none).
     */
    public int stepAfterReload(int number) {
        int n = steps().size();
        return n == 0 ? -1 : Math.max(0, Math.min(number, n - 1));
    }
}
