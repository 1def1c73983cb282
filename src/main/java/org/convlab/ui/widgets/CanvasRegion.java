package org.convlab.ui.widgets;

import java.util.List;
import javafx.application.Platform;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.beans.value.ObservableValue;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * A Region that paints itself on one Canvas, with the colours and font it paints in taken from
 * CSS, so a canvas widget follows the theme and the font-size control like any control does.
 * The font is inherited from the parents ({@code -fx-font-size} on the root scales it); the
 * colours are set in widgets.css from AtlantaFX's {@code -color-*} variables:
 * <pre>
 *   -cl-text-fill     numbers and labels        -cl-muted-fill   indices, padding zeros
 *   -cl-line-color    cell borders               -cl-cell-color   background of an empty cell
 *   -cl-accent-color  current window, step       -cl-linked-color cells linked to a hovered one
 *   -cl-pad-color     padding cells              -cl-mark-color   cells a lesson points at
 * </pre>
 * Changes are painted at most once per pulse: {@link #invalidate()} marks the picture stale and
 * schedules a repaint; layout repaints at once when the size changed.
 */
public abstract class CanvasRegion extends Region {
    public static final String STYLESHEET = CanvasRegion.class.getResource("/org/convlab/ui/widgets/widgets.css").toExternalForm();

    private static final StyleablePropertyFactory<CanvasRegion> CSS = new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    private final StyleableProperty<Font> font = CSS.createStyleableFontProperty(this, "font", "-fx-font", r -> r.font, Font.getDefault(), true);
    private final StyleableProperty<Color> textFill = color("textFill", "-cl-text-fill", Color.BLACK);
    private final StyleableProperty<Color> mutedFill = color("mutedFill", "-cl-muted-fill", Color.GRAY);
    private final StyleableProperty<Color> lineColor = color("lineColor", "-cl-line-color", Color.LIGHTGRAY);
    private final StyleableProperty<Color> cellColor = color("cellColor", "-cl-cell-color", Color.WHITE);
    private final StyleableProperty<Color> accentColor = color("accentColor", "-cl-accent-color", Color.web("#0969da"));
    private final StyleableProperty<Color> linkedColor = color("linkedColor", "-cl-linked-color", Color.web("#8250df"));
    private final StyleableProperty<Color> padColor = color("padColor", "-cl-pad-color", Color.web("#eeeeee"));
    private final StyleableProperty<Color> markColor = color("markColor", "-cl-mark-color", Color.web("#cf222e"));

    protected final Canvas canvas = new Canvas();
    private boolean dirty = true;
    private boolean scheduled;
    private long lastPaintNanos;

    protected CanvasRegion() {
        getStylesheets().add(STYLESHEET);
        getChildren().add(canvas);
        observable(font).addListener((obs, o, n) -> {
            requestLayout();
            invalidate();
        });
    }

    private StyleableProperty<Color> color(String name, String css, Color initial) {
        StyleableProperty<Color> p = CSS.createStyleableColorProperty(this, name, css, r -> switch (name) {
            case "textFill" -> r.textFill;
            case "mutedFill" -> r.mutedFill;
            case "lineColor" -> r.lineColor;
            case "cellColor" -> r.cellColor;
            case "accentColor" -> r.accentColor;
            case "linkedColor" -> r.linkedColor;
            case "padColor" -> r.padColor;
            default -> r.markColor;
        }, initial);
        observable(p).addListener((obs, o, n) -> invalidate());
        return p;
    }

    /** The factory's properties are ObjectProperties; this view of them takes listeners. */
    @SuppressWarnings("unchecked")
    private static <T> ObservableValue<T> observable(StyleableProperty<T> p) {
        return (ObservableValue<T>) p;
    }

    /** Paints the whole picture; the canvas already has the region's size. */
    protected abstract void paint();

    /** Marks the picture stale; it is repainted once, soon, on the FX thread. */
    public final void invalidate() {
        dirty = true;
        if (!scheduled) {
            scheduled = true;
            Platform.runLater(() -> {
                scheduled = false;
                paintIfDirty();
            });
        }
    }

    /** Repaints now if something changed since the last paint. */
    public final void paintIfDirty() {
        if (!dirty || canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            return;
        }
        dirty = false;
        long t0 = System.nanoTime();
        paint();
        lastPaintNanos = System.nanoTime() - t0;
    }

    /** How long the last paint took, in nanoseconds (for the redraw harness). */
    public final long lastPaintNanos() {
        return lastPaintNanos;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            dirty = true;
        }
        paintIfDirty();
    }

    public Font getFont() {
        return font.getValue();
    }

    protected Color textFill() {
        return textFill.getValue();
    }

    protected Color mutedFill() {
        return mutedFill.getValue();
    }

    protected Color lineColor() {
        return lineColor.getValue();
    }

    protected Color cellColor() {
        return cellColor.getValue();
    }

    protected Color accentColor() {
        return accentColor.getValue();
    }

    protected Color linkedColor() {
        return linkedColor.getValue();
    }

    protected Color padColor() {
        return padColor.getValue();
    }

    protected Color markColor() {
        return markColor.getValue();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }
}
