package org.convlab.lesson.progress;

/**
 * A student's history with one exercise.
 *
 * @param attempts   answers given (unreadable ones do not count)
 * @param wrong      of which wrong: one more hint is shown per wrong answer
 * @param solved     answered right at least once (a prediction counts once committed)
 * @param lastAnswer the last answer as the student gave it (text; a grid as rows separated by ";"), or ""
 */
public record ExerciseProgress(int attempts, int wrong, boolean solved, String lastAnswer) {
    public static final ExerciseProgress NONE = new ExerciseProgress(0, 0, false, "");

    /** After one more answer; {@code solves} when it completes the exercise (right, or any committed prediction). */
    ExerciseProgress after(boolean right, boolean solves, String answer) {
        return new ExerciseProgress(attempts + 1, wrong + (right ? 0 : 1), solved || solves, answer);
    }
}
