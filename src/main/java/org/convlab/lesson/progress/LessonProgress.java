package org.convlab.lesson.progress;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.convlab.lesson.Lesson;
import org.convlab.lesson.exercise.Exercise;

/**
 * A student's progress through one lesson.
 *
 * @param stepsSeen   step numbers the student has seen
 * @param currentStep where the student was (-1: not started), to resume there
 * @param exercises   per exercise id
 * @param completed   every exercise was solved (predictions: committed) at some point
 */
public record LessonProgress(Set<Integer> stepsSeen, int currentStep, Map<String, ExerciseProgress> exercises, boolean completed) {
    public static final LessonProgress NONE = new LessonProgress(Set.of(), -1, Map.of(), false);

    public LessonProgress {
        stepsSeen = Collections.unmodifiableSet(new TreeSet<>(stepsSeen));
        exercises = Collections.unmodifiableMap(new LinkedHashMap<>(exercises));
    }

    public ExerciseProgress exercise(String id) {
        return exercises.getOrDefault(id, ExerciseProgress.NONE);
    }

    /** True when every exercise of {@code lesson} is solved (a prediction counts once made). */
    public boolean isComplete(Lesson lesson) {
        for (Exercise e : lesson.exercises()) {
            if (!exercise(e.id()).solved()) {
                return false;
            }
        }
        return true;
    }

    LessonProgress withStep(int step) {
        Set<Integer> seen = new TreeSet<>(stepsSeen);
        seen.add(step);
        return new LessonProgress(seen, step, exercises, completed);
    }

    LessonProgress withExercise(String id, ExerciseProgress p, Lesson lesson) {
        Map<String, ExerciseProgress> ex = new LinkedHashMap<>(exercises);
        ex.put(id, p);
        LessonProgress next = new LessonProgress(stepsSeen, currentStep, ex, completed);
        return next.completed || !next.isComplete(lesson) ? next : new LessonProgress(stepsSeen, currentStep, ex, true);
    }
}
