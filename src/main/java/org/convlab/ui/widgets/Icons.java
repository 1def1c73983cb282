package org.convlab.ui.widgets;

import javafx.beans.binding.Bindings;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.kordamp.ikonli.javafx.FontIcon;

/** Ikonli icons that grow with the text of the control that shows them. */
public final class Icons {
    private static final double BASE = 16; // the theme's icon size, in px, at a 16 px font

    private Icons() {
    }

    /**
     * An icon scaled to {@code owner}'s font (1.3 em). It is scaled inside a Group rather than
     * sized with an em {@code -fx-icon-size}, which stops a real window from painting (see Shell).
     */
    public static Node scaled(String icon, Labeled owner) {
        FontIcon fi = new FontIcon(icon);
        fi.scaleXProperty().bind(Bindings.createDoubleBinding(() -> owner.getFont().getSize() * 1.3 / BASE, owner.fontProperty()));
        fi.scaleYProperty().bind(fi.scaleXProperty());
        return new Group(fi);
    }

    /** Puts a scaled icon on a button or label and returns it. */
    public static <T extends Labeled> T on(T owner, String icon) {
        owner.setGraphic(scaled(icon, owner));
        return owner;
    }
}
