package org.convlab.ui.widgets;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convlab.explain.OutputSize;

/**
 * The output-size rule of each axis with this configuration's numbers plugged in, from
 * {@link OutputSize#pluggedIn()}; an axis without output is shown in the danger colour. Node ids:
 * "size-" + axis ("size-height", "size-width").
 */
public final class OutputSizeView {
    public static final String STYLE_CLASS = "output-size";

    private final VBox root = new VBox();
    private final Label formula = new Label();
    private final VBox axes = new VBox();

    public OutputSizeView() {
        root.getStyleClass().add(STYLE_CLASS);
        root.getStylesheets().add(CanvasRegion.STYLESHEET);
        Label title = new Label("Output size");
        title.getStyleClass().add("section-title");
        formula.getStyleClass().add("size-formula");
        formula.setWrapText(true);
        formula.setMinHeight(Region.USE_PREF_SIZE);
        axes.getStyleClass().add("size-axes");
        root.getChildren().addAll(title, formula, axes);
    }

    public Node view() {
        return root;
    }

    public void show(List<OutputSize> sizes) {
        axes.getChildren().clear();
        if (sizes.isEmpty()) {
            formula.setText("");
            return;
        }
        formula.setText("out = " + sizes.getFirst().formula());
        for (OutputSize s : sizes) {
            Label caption = new Label(s.axis());
            caption.getStyleClass().add("size-caption");
            Label l = new Label(s.pluggedIn());
            l.setId("size-" + s.axis());
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.getStyleClass().add(s.valid() ? "size-axis" : "size-axis-invalid");
            axes.getChildren().addAll(caption, l);
        }
    }

    /** The shown formulas, one per axis (for tests). */
    public List<String> texts() {
        return axes.getChildren().stream().filter(n -> n.getId() != null).map(n -> ((Label) n).getText()).toList();
    }
}
