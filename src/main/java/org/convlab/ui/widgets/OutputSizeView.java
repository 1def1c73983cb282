package org.convlab.ui.widgets;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
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
    private final List<Label> shown = new ArrayList<>();
    private boolean compact;

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

    /**
     * Compact: each axis's name on the same line as its formula ("height ⌊…⌋ + 1 = 3"), two lines
     * fewer, for labs short of height. Applies from the next {@link #show}.
     */
    public void setCompact(boolean compact) {
        this.compact = compact;
    }

    public void show(List<OutputSize> sizes) {
        axes.getChildren().clear();
        shown.clear();
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
            shown.add(l);
            if (compact) {
                HBox row = new HBox(caption, l);
                row.getStyleClass().add("size-row");
                row.setAlignment(Pos.BASELINE_LEFT);
                axes.getChildren().add(row);
            } else {
                axes.getChildren().addAll(caption, l);
            }
        }
    }

    /** The shown formulas, one per axis (for tests). */
    public List<String> texts() {
        return shown.stream().map(Label::getText).toList();
    }
}
