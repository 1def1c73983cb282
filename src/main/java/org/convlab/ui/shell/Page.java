package org.convlab.ui.shell;

import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * One place the sidebar can open: the home page, a lab or a lesson.
 *
 * @param id      stable id, used in node ids ("nav-" + id) and by the snapshot command
 * @param view    builds the page's view; called once, on the FX thread, the first time it is opened
 */
public record Page(String id, String title, Section section, String summary, Supplier<Node> view) {

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
