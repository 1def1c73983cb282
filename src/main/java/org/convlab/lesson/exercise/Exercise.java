package org.convlab.lesson.exercise;

import java.util.Locale;
import java.util.Map;
import org.convlab.lesson.source.Pos;

/**
 * An exercise of a lesson as the author wrote it. Its numbers may be random: call
 * {@link #instantiate(String)} with the student's id to get that student's
 * {@link ExerciseInstance} (same numbers every time for that student), then check answers with
 * {@link ExerciseChecker}.
 */
public final class Exercise {
    /** What the student does. */
    public enum Kind {
        /** Types one number. */
        NUMERIC,
        /** Types a whole output grid (a conv or pool output plane). */
        GRID,
        /** Picks one option. */
        CHOICE,
        /** Commits to a guess (a number or an option), then the lab moves to show the answer. */
        PREDICT;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    final Template template;
    final ExerciseContext context;

    Exercise(Template template, ExerciseContext context) {
        this.template = template;
        this.context = context;
    }

    public String id() {
        return template.id();
    }

    public Kind kind() {
        return template.kind();
    }

    /** Where the ```exercise block starts in the file. */
    public Pos pos() {
        return template.pos();
    }

    /** True when students get different numbers. */
    public boolean randomized() {
        return template.params().random();
    }

    public ParamSpace params() {
        return template.params();
    }

    /** The lab this exercise's setup comes from ("conv2d", …), or null when it needs none. */
    public String lab() {
        return template.lab();
    }

    /** The index of the page's lab block the exercise uses (and a prediction animates), or -1 for its own setup or none. */
    public int pageLab() {
        return template.ownLab() || template.lab() == null ? -1 : template.pageLab();
    }

    /** This student's version: numbers drawn from the student id, lesson id and exercise id. */
    public ExerciseInstance instantiate(String studentId) {
        return instantiate(StudentSeed.of(studentId, context.lessonId(), id()));
    }

    /** The version for one seed. Never throws: problems with these numbers are in {@link ExerciseInstance#problems()}. */
    public ExerciseInstance instantiate(long seed) {
        return with(template.params().draw(seed));
    }

    /** The version with the given parameter values. */
    public ExerciseInstance with(Map<String, Object> values) {
        return new Instantiator(this).build(values);
    }
}
