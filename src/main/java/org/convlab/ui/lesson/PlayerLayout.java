package org.convlab.ui.lesson;

import java.util.List;
import java.util.function.DoubleSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;

/**
 * Where a lesson page puts its text and its lab: side by side (the text about 40% of the width,
 * between 20 and 36 em, the lab the rest; the presenter may drag the divider) when the page is
 * at least {@value #SIDE_BY_SIDE_EM} em wide, else one at a time (1280 px with 24 px text);
 * the text alone when there is no lab to show. The text switch hides the text beside the lab,
 * or chooses between the two when they take turns.
 */
final class PlayerLayout {
    /** Below this width (in em) text and lab take turns instead of standing side by side. */
    static final double SIDE_BY_SIDE_EM = 58;

    private final Node text;
    private final Node lab;
    private final DoubleSupplier em;
    private final SplitPane split = new SplitPane();
    private final StackPane body = new StackPane();
    private final BooleanProperty textShown = new SimpleBooleanProperty(true);
    private boolean narrow;

    /** {@code em} gives the page's font size in pixels. */
    PlayerLayout(Node text, Node lab, DoubleSupplier em) {
        this.text = text;
        this.lab = lab;
        this.em = em;
        SplitPane.setResizableWithParent(text, false);
        split.getStyleClass().add(LessonStyles.SPLIT);
        body.setMinSize(0, 0);
    }

    /** The area text and lab share. */
    StackPane view() {
        return body;
    }

    BooleanProperty textShownProperty() {
        return textShown;
    }

    boolean isNarrow() {
        return narrow;
    }

    /** Shows {@code n} alone (a loading message), until the next {@link #arrange}. */
    void showOnly(Node n) {
        setBody(n);
    }

    /** Lays the page out for its width {@code w} (0: not known yet); {@code withLab} false shows the text alone. */
    void arrange(double w, boolean withLab) {
        double size = em.getAsDouble();
        if (w > 0) {
            boolean wasNarrow = narrow;
            narrow = w < SIDE_BY_SIDE_EM * size;
            if (wasNarrow && !narrow && !textShown.get()) {
                textShown.set(true); // room for both again (the page arranges anew)
                return;
            }
        }
        if (!withLab) {
            setBody(text);
            return;
        }
        if (narrow) {
            split.getItems().clear();
            setBody(textShown.get() ? text : lab);
            return;
        }
        List<Node> items = textShown.get() ? List.of(text, lab) : List.of(lab);
        if (!split.getItems().equals(items)) {
            body.getChildren().remove(text);
            body.getChildren().remove(lab);
            split.getItems().setAll(items);
        }
        setBody(split);
        if (textShown.get() && w > 0) {
            double want = Math.max(20 * size, Math.min(36 * size, 0.4 * w));
            split.setDividerPositions(Math.min(0.7, want / w));
        }
    }

    private void setBody(Node n) {
        if (body.getChildren().size() != 1 || body.getChildren().getFirst() != n) {
            if (n != split) {
                split.getItems().remove(n);
            }
            body.getChildren().setAll(n);
        }
    }
}
