package org.convlab.ui.widgets;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The key to a {@link ColorScale}: a colour bar with its lowest value, zero (for signed scales)
 * and its highest value. {@link TensorGrid} paints one under every heat map; as a Region of its
 * own it labels pictures drawn elsewhere (a filtered photo).
 */
public final class Legend extends CanvasRegion {
    public static final String STYLE_CLASS = "color-legend";

    private ColorScale scale = new ColorScale(Palette.SEQUENTIAL, 0, 1);

    public Legend() {
        getStyleClass().add(STYLE_CLASS);
    }

    public void setScale(ColorScale s) {
        scale = s;
        invalidate();
    }

    public ColorScale scale() {
        return scale;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 14 * getFont().getSize();
    }

    @Override
    protected double computePrefHeight(double width) {
        return Math.ceil(2.2 * getFont().getSize());
    }

    @Override
    protected void paint() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        paint(gc, scale, 1, 1, canvas.getWidth() - 2, getFont(), textFill());
    }

    /** Paints a legend with its top-left corner at (x, y), {@code width} wide, about 2 em high. */
    public static void paint(GraphicsContext gc, ColorScale scale, double x, double y, double width, Font font, Color text) {
        double em = font.getSize();
        double bar = Math.round(em * 0.6);
        Stop[] stops = new Stop[17];
        for (int i = 0; i < stops.length; i++) {
            double u = i / (stops.length - 1.0);
            stops[i] = new Stop(u, scale.palette().color(scale.palette().signed() ? 2 * u - 1 : u));
        }
        gc.setFill(new LinearGradient(x, 0, x + width, 0, false, CycleMethod.NO_CYCLE, stops));
        gc.fillRect(x, y, width, bar);
        gc.setStroke(text.deriveColor(0, 1, 1, 0.4));
        gc.setLineWidth(1);
        gc.strokeRect(x + 0.5, y + 0.5, width - 1, bar - 1);
        gc.setFont(Font.font(font.getFamily(), em * 0.8));
        gc.setFill(text);
        gc.setTextBaseline(VPos.TOP);
        double ty = y + bar + em * 0.15;
        gc.setTextAlign(TextAlignment.LEFT);
        gc.fillText(NumberFormats.cell(scale.min()), x, ty);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.fillText(NumberFormats.cell(scale.max()), x + width, ty);
        if (scale.palette().signed()) {
            gc.setTextAlign(TextAlignment.CENTER);
            gc.fillText("0", x + width / 2, ty);
        }
    }
}
