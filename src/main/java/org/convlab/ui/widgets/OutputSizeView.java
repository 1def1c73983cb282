package org.convlab.ui.widgets;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convlab.explain.OutputSize;

/**
 * The output-size rule of each axis with this configuration's numbers plugged in, from
 * {@link OutputSize#pluggedIn()}; an axis without output is shown in the danger colour. The full
 * view has a title and the rule in symbols; the compact one (under a grid's title) only the
 * numbers, one line for axes whose numbers are the same, the rule in symbols as a tooltip.
 * Each line's formula is a Label with id "size-" + axis ("size-height", "size-width",
 * "size-height-width" when merged) and style class size-axis or size-axis-invalid.
 */
public final class OutputSizeView {
    public static final String STYLE_CLASS = "output-size";

    private final VBox root = new VBox();
    private final Label title = new Label("Output size");
    private final Label formula = new Label();
    private final VBox axes = new VBox();
    private boolean compact;

    public OutputSizeView() {
        root.getStyleClass().add(STYLE_CLASS);
        root.getStylesheets().add(CanvasRegion.STYLESHEET);
        title.getStyleClass().add("size-title");
        formula.getStyleClass().add("size-formula");
        formula.setWrapText(true);
        formula.setMinHeight(Region.USE_PREF_SIZE);
        axes.getStyleClass().add("size-axes");
        root.getChildren().addAll(title, formula, axes);
    }

    public Node view() {
        return root;
    }

    /** Compact: numbers only, identical axes on one line. */
    public void setCompact(boolean c) {
        compact = c;
        title.setVisible(!c);
        title.setManaged(!c);
        formula.setVisible(!c);
        formula.setManaged(!c);
        root.getStyleClass().remove("compact");
        if (c) {
            root.getStyleClass().add("compact");
        }
    }

    public void show(List<OutputSize> sizes) {
        axes.getChildren().clear();
        if (sizes.isEmpty()) {
            formula.setText("");
            return;
        }
        String rule = "out = " + sizes.getFirst().formula();
        formula.setText(rule);
        boolean same = sizes.stream().map(OutputSize::pluggedIn).distinct().count() == 1;
        if (compact && same && sizes.size() > 1) {
            String names = String.join(", ", sizes.stream().map(OutputSize::axis).toList());
            axes.getChildren().add(line(names, sizes.getFirst(), "size-" + names.replace(", ", "-"), rule));
        } else {
            for (OutputSize s : sizes) {
                axes.getChildren().add(line(s.axis(), s, "size-" + s.axis(), rule));
            }
        }
    }

    /** Caption and formula side by side, or in compact form the caption above the formula. */
    private Node line(String caption, OutputSize s, String id, String rule) {
        Label l = new Label(s.pluggedIn());
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add(s.valid() ? "size-axis" : "size-axis-invalid");
        l.setTooltip(new Tooltip(rule));
        Label c = new Label(caption);
        c.getStyleClass().add("size-caption");
        c.setMinWidth(Region.USE_PREF_SIZE);
        if (compact) {
            c.setText("output " + caption + " =");
            VBox box = new VBox(c, l);
            box.getStyleClass().add("size-line");
            return box;
        }
        HBox box = new HBox(c, l);
        box.getStyleClass().add("size-line");
        return box;
    }

    /** The shown formulas, one per line (for tests). */
    public List<String> texts() {
        return axes.getChildren().stream().map(n -> ((Label) ((javafx.scene.layout.Pane) n).getChildren().get(1)).getText()).toList();
    }
}
