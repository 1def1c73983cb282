package org.convlab.ui.lesson;

import org.convlab.lesson.Lesson;
import org.convlab.lesson.exercise.Exercise;
import org.convlab.lesson.progress.LessonProgress;

/**
 * How far a student is through a lesson, as the sidebar and the home page show it: the steps
 * seen and the exercises solved (a prediction counts once made) out of all of them, "3/9".
 */
public record ProgressMark(int done, int total, boolean complete) {
    public static ProgressMark of(Lesson lesson, LessonProgress p) {
        int steps = lesson.steps().size();
        int done = (int) p.stepsSeen().stream().filter(s -> s >= 0 && s < steps).count();
        for (Exercise e : lesson.exercises()) {
            if (p.exercise(e.id()).solved()) {
                done++;
            }
        }
        int total = steps + lesson.exercises().size();
        return new ProgressMark(done, total, total > 0 && done == total);
    }

    /** "3/9", "✓ 9/9" when all is done, "" for a lesson without steps or exercises. */
    public String text() {
        if (total == 0) {
            return "";
        }
        return (complete ? "✓ " : "") + done + "/" + total;
    }

    /** The same in words: "3 of 9 steps and exercises done". */
    public String words() {
        return total == 0 ? "" : done + " of " + total + " steps and exercises done" + (complete ? ": complete" : "");
    }
}
