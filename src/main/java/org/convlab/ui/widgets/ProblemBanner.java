package org.convlab.ui.widgets;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Says in place why a setup has no result ("output width would be 0: …"), instead of the lab
 * preventing the change; hidden while there is no problem. Node id: "problem-banner"; each
 * message is a Label with style class "problem-text".
 */
public final class ProblemBanner {
    public static final String STYLE_CLASS = "problem-banner";

    private final HBox root = new HBox();
    private final Label icon = new Label();
    private final VBox messages = new VBox();

    public ProblemBanner() {
        root.getStyleClass().add(STYLE_CLASS);
        root.getStylesheets().add(CanvasRegion.STYLESHEET);
        root.setId("problem-banner");
        root.setAlignment(Pos.TOP_LEFT);
        Icons.on(icon, "mdi2a-alert-circle-outline");
        icon.getStyleClass().add("problem-icon");
        HBox.setHgrow(messages, Priority.ALWAYS);
        root.getChildren().addAll(icon, messages);
        show(List.of());
    }

    public Node view() {
        return root;
    }

    public void show(List<String> problems) {
        messages.getChildren().clear();
        for (String p : problems) {
            Label l = new Label(Character.toUpperCase(p.charAt(0)) + p.substring(1));
            l.setWrapText(true);
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // lets the text wrap instead of being cut
            l.getStyleClass().add("problem-text");
            l.setMaxWidth(Double.MAX_VALUE);
            messages.getChildren().add(l);
        }
        root.setVisible(!problems.isEmpty());
        root.setManaged(!problems.isEmpty());
    }

    public List<String> texts() {
        return messages.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }
}
