package org.convlab.lesson.progress;

/**
 * A student's history with one exercise.
 *
 * @param attempts   answers given (unreadable ones do not count)
 * @param wrong      of which wrong: one more hint is shown per wrong answer
 * @param solved     answered right at least once (a prediction counts once committed)
 * @param lastAnswer the last answer as the student gave it, or ""; a grid as written by {@link #gridText}
 */
public record ExerciseProgress(int attempts, int wrong, boolean solved, String lastAnswer) {
    public static final ExerciseProgress NONE = new ExerciseProgress(0, 0, false, "");

    /** A grid answer as one text for {@code lastAnswer}: cells separated by spaces, rows by "; ". */
    public static String gridText(String[][] cells) {
        StringBuilder sb = new StringBuilder();
        for (String[] row : cells) {
            if (!sb.isEmpty()) {
                sb.append("; ");
            }
            for (int x = 0; x < row.length; x++) {
                String c = row[x] == null || row[x].isBlank() ? "_" : row[x].strip().replace(' ', '_').replace(';', ',');
                sb.append(x == 0 ? "" : " ").append(c);
            }
        }
        return sb.toString();
    }

    /** The cells of a grid answer written by {@link #gridText} ("_" for a blank cell). */
    public static String[][] gridCells(String text) {
        if (text == null || text.isBlank()) {
            return new String[0][];
        }
        String[] rows = text.split(";");
        String[][] out = new String[rows.length][];
        for (int y = 0; y < rows.length; y++) {
            out[y] = rows[y].strip().split(" ");
            for (int x = 0; x < out[y].length; x++) {
                out[y][x] = out[y][x].equals("_") ? "" : out[y][x];
            }
        }
        return out;
    }

    /** After one more answer; {@code solves} when it completes the exercise (right, or any committed prediction). */
    ExerciseProgress after(boolean right, boolean solves, String answer) {
        return new ExerciseProgress(attempts + 1, wrong + (right ? 0 : 1), solved || solves, answer);
    }
}
