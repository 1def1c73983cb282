package org.convlab.ui.shell;

import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/**
 * One place the sidebar can open: the home page, a lab or a lesson.
 *
 * @param id      stable id, used in node ids ("nav-" + id) and by the snapshot command
 * @param view    builds the page's view; called once, on the FX thread, the first time it is opened
 * @param badge   a short mark shown beside the title in the sidebar and on the home page's card
 *                (a lesson's progress, "3/9"), or null for none
 */
public record Page(String id, String title, Section section, String summary, Supplier<Node> view,
                   ObservableValue<String> badge) {

    /** A page without a badge. */
    public Page(String id, String title, Section section, String summary, Supplier<Node> view) {
        this(id, title, section, summary, view, null);
    }

    public enum Section {
        HOME("Home"), LAB("Labs"), LESSON("Lessons");

        private final String heading;

        Section(String heading) {
            this.heading = heading;
        }

        public String heading() {
            return heading;
        }
    }
}
