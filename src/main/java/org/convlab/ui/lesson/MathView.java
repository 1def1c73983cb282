package org.convlab.ui.lesson;

import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Window;

/**
 * A LaTeX formula shown as an image drawn by {@link MathRenderer}, in the colour and at the size
 * the stylesheet gives this label's text: so it follows the theme and the font-size control, and
 * sits on the baseline of the text around it in a TextFlow. It is drawn once the stylesheet has
 * given it its font (at the first layout), and again whenever the font, the text colour or the
 * screen's pixel density change. A display formula wider than its room shrinks to fit. A
 * formula that cannot be drawn shows its source, marked, with the reason as tooltip.
 */
public final class MathView extends Label {
    public static final String STYLE_INLINE = "math-inline";
    public static final String STYLE_DISPLAY = "math-display";
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final String tex;
    private final boolean display;
    private final ImageView image = new ImageView();
    private MathRenderer.Rendered rendered;
    private boolean dirty = true;

    public MathView(String tex, boolean display) {
        this.tex = tex;
        this.display = display;
        getStyleClass().add(display ? STYLE_DISPLAY : STYLE_INLINE);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setGraphic(image);
        image.setSmooth(true);
        setAccessibleText(tex);
        setMinWidth(display ? 0 : USE_PREF_SIZE);
        fontProperty().addListener(o -> invalidateImage());
        textFillProperty().addListener(o -> invalidateImage());
        sceneProperty().addListener((o, a, b) -> invalidateImage());
    }

    /** The LaTeX source. */
    public String tex() {
        return tex;
    }

    /** The image shown (null before the first layout, or when the formula could not be drawn). */
    public ImageView imageView() {
        return image;
    }

    /** Why the formula could not be drawn, or null. */
    public String error() {
        ensureRendered();
        return rendered == null ? null : rendered.error();
    }

    private void invalidateImage() {
        dirty = true;
        requestLayout();
    }

    private void ensureRendered() {
        if (!dirty) {
            return;
        }
        dirty = false;
        Paint fill = getTextFill();
        Color color = fill instanceof Color c ? c : Color.BLACK;
        rendered = MathRenderer.shared().render(tex, display, getFont().getSize(), color, outputScale());
        if (rendered.ok()) {
            image.setImage(rendered.image());
            fitTo(Double.MAX_VALUE);
            setText(null);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            setTooltip(null);
            pseudoClassStateChanged(ERROR, false);
        } else {
            image.setImage(null);
            setText(display ? "$$" + tex + "$$" : "$" + tex + "$");
            setContentDisplay(ContentDisplay.TEXT_ONLY);
            setTooltip(new Tooltip("This formula cannot be shown: " + rendered.error()));
            pseudoClassStateChanged(ERROR, true);
        }
    }

    private double outputScale() {
        Window w = getScene() == null ? null : getScene().getWindow();
        return w == null || Double.isNaN(w.getOutputScaleX()) ? 1 : Math.max(1, w.getOutputScaleX());
    }

    /** Shows the image at its natural size, or narrower (keeping its proportions) when {@code width} is less. */
    private void fitTo(double width) {
        if (rendered == null || !rendered.ok()) {
            return;
        }
        double k = Math.min(1, Math.max(0.05, width / rendered.width()));
        image.setFitWidth(rendered.width() * k);
        image.setFitHeight(rendered.height() * k);
    }

    private double shrink(double width) {
        if (!display || width < 0 || rendered == null || !rendered.ok()) {
            return 1;
        }
        double room = width - snappedLeftInset() - snappedRightInset();
        return Math.min(1, Math.max(0.05, room / rendered.width()));
    }

    @Override
    public Orientation getContentBias() {
        return display ? Orientation.HORIZONTAL : null;
    }

    @Override
    protected double computePrefWidth(double height) {
        ensureRendered();
        if (rendered != null && rendered.ok()) {
            return snappedLeftInset() + rendered.width() + snappedRightInset();
        }
        return super.computePrefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        ensureRendered();
        if (rendered != null && rendered.ok()) {
            return snappedTopInset() + rendered.height() * shrink(width) + snappedBottomInset();
        }
        return super.computePrefHeight(width);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    public double getBaselineOffset() {
        ensureRendered();
        if (rendered != null && rendered.ok()) {
            return snappedTopInset() + rendered.ascent() * shrink(getWidth() > 0 ? getWidth() : -1);
        }
        return super.getBaselineOffset();
    }

    @Override
    protected void layoutChildren() {
        ensureRendered();
        if (rendered != null && rendered.ok()) {
            fitTo(getWidth() - snappedLeftInset() - snappedRightInset());
        }
        super.layoutChildren();
    }
}
