package org.convlab.ui.lesson;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Wide content (grids, tables) in the text column without widening it. */
final class Sideways {
    /** Height of a horizontal scroll bar in the themes, so it never hides the last row. */
    private static final double SCROLL_BAR = 14;

    private Sideways() {
    }

    /**
     * {@code content} in a pane that scrolls sideways when it is wider than the text column, so a
     * long signal never widens the column (grids keep their cell size, readable from afar).
     */
    static ScrollPane of(Node content, boolean fitWidth) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(fitWidth);
        s.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        s.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        s.setMinWidth(0);
        s.getStyleClass().addAll("edge-to-edge", "sideways");
        // as tall as the content wants to be at the width it gets (a flow wraps to it)
        s.prefViewportHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            double w = s.getViewportBounds().getWidth();
            double h = content.prefHeight(fitWidth && w > 0 ? w : -1);
            boolean bar = w > 0 && content.minWidth(-1) > w + 0.5 || !fitWidth && w > 0 && content.prefWidth(-1) > w + 0.5;
            return Math.max(1, h + (bar ? SCROLL_BAR : 0)); // room for the bar under the content
        }, content.layoutBoundsProperty(), s.viewportBoundsProperty()));
        return s;
    }
}
