package org.convlab.ui.lesson;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convlab.lesson.source.Problem;
import org.convlab.ui.widgets.Icons;

/**
 * Problems of a lesson file shown where they are: each with {@code folder/lesson.md:line:column}
 * as editors and {@code lesson check} write it, the message, and the hint it carries ("did you
 * mean …?") on a line of its own, then what to do: fix and save, the lesson reloads by itself.
 */
final class ProblemList {
    private ProblemList() {
    }

    /** A box listing {@code problems} under {@code heading}, saying how to fix them. */
    static VBox of(String heading, List<Problem> problems) {
        return of(heading, problems, true);
    }

    /**
     * A box listing {@code problems} under {@code heading} (style class {@link LessonStyles#PROBLEMS});
     * {@code howTo} adds what to do about them (once per page is enough).
     */
    static VBox of(String heading, List<Problem> problems, boolean howTo) {
        Label title = Icons.on(new Label(heading), "mdi2a-alert-circle-outline");
        title.setWrapText(true);
        title.getStyleClass().add(LessonStyles.CARD_TITLE);
        VBox box = new VBox(title);
        box.getStyleClass().add(LessonStyles.PROBLEMS);
        for (Problem p : problems) {
            box.getChildren().add(problem(p));
        }
        if (howTo) {
            Label next = new Label("Fix the file in your editor and save it: the lesson reloads by itself and keeps its step.");
            next.setWrapText(true);
            next.setMinHeight(Region.USE_PREF_SIZE);
            next.getStyleClass().add(LessonStyles.PROBLEM_HINT);
            box.getChildren().add(next);
        }
        return box;
    }

    /** "02-filters/lesson.md:16:1", or the file alone for a problem of the whole file. */
    static String where(Problem p) {
        Path f = p.file();
        Path parent = f == null ? null : f.toAbsolutePath().getParent();
        String name = f == null ? "lesson.md" : (parent != null && parent.getFileName() != null
                ? parent.getFileName() + "/" : "") + f.getFileName();
        return p.line() <= 0 ? name : name + ":" + p.line() + ":" + p.column();
    }

    /** The message split into what is wrong and the hint in parentheses ("did you mean …"), if any. */
    static String[] split(String message) {
        int i = message.indexOf("(did you mean");
        if (i < 0) {
            return new String[] {message, null};
        }
        int end = message.indexOf(')', i);
        String hint = message.substring(i + 1, end < 0 ? message.length() : end).strip();
        String after = end < 0 ? "" : message.substring(end + 1).strip();
        String rest = (message.substring(0, i).strip() + (after.isEmpty() || ";,.:".indexOf(after.charAt(0)) >= 0 ? "" : " ") + after).strip();
        return new String[] {rest, Character.toUpperCase(hint.charAt(0)) + hint.substring(1)};
    }

    private static Node problem(Problem p) {
        Label where = new Label(where(p));
        where.getStyleClass().add(LessonStyles.PROBLEM_WHERE);
        String[] parts = split(p.message());
        Label message = new Label(parts[0]);
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(where, message);
        if (parts[1] != null) {
            Label hint = new Label(parts[1]);
            hint.setWrapText(true);
            hint.setMinHeight(Region.USE_PREF_SIZE);
            hint.getStyleClass().add(LessonStyles.PROBLEM_HINT);
            box.getChildren().add(hint);
        }
        box.getStyleClass().add(LessonStyles.PROBLEM);
        box.setAccessibleText(p.toString());
        return box;
    }
}
