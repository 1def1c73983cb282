package org.convlab.ui.widgets;

import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Paints a {@link TensorGrid}: cells as numbers or as a heat map, padding, emphasis, hover,
 * pin and legend. It keeps only the heat-map image between paints (rebuilt when the values
 * change), so a step that only moves the window costs one image blit and a few rectangles.
 */
final class GridPainter {
    record Colors(Color text, Color muted, Color line, Color cell, Color accent, Color linked, Color pad, Color mark) {
    }

    record Content(float[] values, int rows, int cols, ColorScale scale, int revealed, boolean dimmed,
                   boolean rowIndices, boolean colIndices, boolean quietZeros, String padLabel) {
    }

    /** How far a number cell's colour goes from the plain cell colour toward the palette's. */
    private static final double TINT = 0.7;

    private WritableImage heat;
    private boolean heatStale = true;
    private Color heatPad;
    private int[] pixels = new int[0];

    void valuesChanged() {
        heatStale = true;
    }

    void paint(GraphicsContext gc, GridGeometry g, Font font, Colors c, Content d,
               Map<TensorGrid.Emphasis, List<Cell>> marks, Cell hovered, Cell pinned, Cell cursor) {
        gc.clearRect(0, 0, gc.getCanvas().getWidth(), gc.getCanvas().getHeight());
        gc.setLineDashes();
        double em = font.getSize();
        if (g.numbers()) {
            numbers(gc, g, font, c, d);
        } else {
            heatMap(gc, g, c, d);
        }
        // the tensor's own cells inside a solid frame; padding outside it
        gc.setStroke(c.muted());
        gc.setLineWidth(Math.max(1.5, em * 0.08));
        gc.strokeRect(g.x(0), g.y(0), d.cols() * g.cell(), d.rows() * g.cell());
        if (d.dimmed()) {
            gc.setFill(c.cell().deriveColor(0, 1, 1, 0.6));
            gc.fillRect(g.x0(), g.y0(), g.width(), g.height());
        }
        for (TensorGrid.Emphasis kind : TensorGrid.Emphasis.values()) {
            List<Cell> cells = marks.get(kind);
            if (cells != null && !cells.isEmpty()) {
                emphasis(gc, g, em, c, kind, cells);
            }
        }
        if (hovered != null && g.contains(hovered)) {
            gc.setLineDashes();
            gc.setStroke(c.text());
            gc.setLineWidth(2);
            outline(gc, g, hovered, 2.5, c.cell());
        }
        if (pinned != null && g.contains(pinned)) {
            gc.setLineDashes();
            gc.setStroke(c.text());
            gc.setLineWidth(Math.max(3, em * 0.2));
            outline(gc, g, pinned, gc.getLineWidth() / 2 + 1.5, c.cell());
            double s = Math.max(5, g.cell() * 0.3);
            double x = g.x(pinned.col()) + g.cell();
            double y = g.y(pinned.row());
            gc.setFill(c.text());
            gc.fillPolygon(new double[] {x - s, x, x}, new double[] {y, y, y + s}, 3);
        }
        if (cursor != null && g.contains(cursor)) {
            gc.setStroke(c.accent());
            gc.setLineWidth(1.5);
            gc.setLineDashes(4, 3);
            outline(gc, g, cursor, 3, null);
            gc.setLineDashes();
        }
        if (g.legendHeight() > 0) {
            double top = g.y0() + g.height() + em * 0.5;
            double width = Math.max(g.width(), 10 * em);
            Legend.paint(gc, d.scale(), g.x0(), top, width, font, c.text());
        }
    }

    private void numbers(GraphicsContext gc, GridGeometry g, Font font, Colors c, Content d) {
        double em = font.getSize();
        double cell = g.cell();
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.setFont(Font.font(font.getFamily(), em * 0.72));
        gc.setFill(c.muted());
        if (d.colIndices()) {
            for (int col = 0; col < d.cols(); col++) {
                gc.fillText(Integer.toString(col), g.x(col) + cell / 2, g.y0() - em * 0.65);
            }
        }
        if (d.rowIndices()) {
            gc.setTextAlign(TextAlignment.RIGHT);
            for (int row = 0; row < d.rows(); row++) {
                gc.fillText(Integer.toString(row), g.x0() - em * 0.35, g.y(row) + cell / 2);
            }
            gc.setTextAlign(TextAlignment.CENTER);
        }
        Font plain = font;
        Font bold = Font.font(font.getFamily(), FontWeight.BOLD, em);
        for (int r = -g.padTop(); r < g.drawnRows() - g.padTop(); r++) {
            for (int col = -g.padLeft(); col < g.drawnCols() - g.padLeft(); col++) {
                double x = g.x(col);
                double y = g.y(r);
                boolean pad = r < 0 || col < 0 || r >= d.rows() || col >= d.cols();
                if (pad) {
                    padCell(gc, x, y, cell, c);
                    gc.setFont(plain);
                    gc.setFill(c.muted());
                    gc.fillText(d.padLabel(), x + cell / 2, y + cell / 2);
                    continue;
                }
                int i = r * d.cols() + col;
                if (d.revealed() >= 0 && i >= d.revealed()) {
                    gc.setFill(c.cell());
                    gc.fillRect(x, y, cell, cell);
                    continue;
                }
                float v = d.values()[i];
                if (Float.isNaN(v)) { // no value yet: a blank cell (a fill-in grid's untyped cells)
                    gc.setFill(c.cell());
                    gc.fillRect(x, y, cell, cell);
                    continue;
                }
                if (v == 0 && d.quietZeros()) {
                    gc.setFill(c.cell());
                    gc.fillRect(x, y, cell, cell);
                    gc.setFont(plain);
                    gc.setFill(c.muted());
                    gc.fillText("0", x + cell / 2, y + cell / 2);
                    continue;
                }
                Color fill = c.cell().interpolate(d.scale().color(v), TINT);
                gc.setFill(fill);
                gc.fillRect(x, y, cell, cell);
                gc.setFont(bold);
                gc.setFill(Palette.textOn(fill));
                gc.fillText(NumberFormats.cell(v), x + cell / 2, y + cell / 2);
            }
        }
        gc.setStroke(c.line());
        gc.setLineWidth(1);
        for (int col = 0; col <= g.drawnCols(); col++) {
            double x = snap(g.x0() + col * cell);
            gc.strokeLine(x, g.y0(), x, g.y0() + g.height());
        }
        for (int row = 0; row <= g.drawnRows(); row++) {
            double y = snap(g.y0() + row * cell);
            gc.strokeLine(g.x0(), y, g.x0() + g.width(), y);
        }
    }

    /** A padding cell: the padding colour with diagonal hatching. */
    private static void padCell(GraphicsContext gc, double x, double y, double cell, Colors c) {
        gc.setFill(c.pad());
        gc.fillRect(x, y, cell, cell);
        gc.save();
        gc.beginPath();
        gc.rect(x, y, cell, cell);
        gc.clip();
        gc.setStroke(c.line());
        gc.setLineWidth(1);
        gc.setLineCap(StrokeLineCap.BUTT);
        double step = Math.max(6, cell / 5);
        for (double k = -cell; k < cell; k += step) {
            gc.strokeLine(x + k, y + cell, x + k + cell, y);
        }
        gc.restore();
    }

    private void heatMap(GraphicsContext gc, GridGeometry g, Colors c, Content d) {
        int w = g.drawnCols();
        int h = g.drawnRows();
        if (heat == null || heat.getWidth() != w || heat.getHeight() != h || heatStale || !c.pad().equals(heatPad)) {
            if (pixels.length != w * h) {
                pixels = new int[w * h];
            }
            int pad = argb(c.pad());
            for (int r = 0; r < h; r++) {
                int dr = r - g.padTop();
                for (int col = 0; col < w; col++) {
                    int dc = col - g.padLeft();
                    boolean inside = dr >= 0 && dc >= 0 && dr < d.rows() && dc < d.cols();
                    pixels[r * w + col] = inside ? d.scale().argb(d.values()[dr * d.cols() + dc]) : pad;
                }
            }
            if (heat == null || heat.getWidth() != w || heat.getHeight() != h) {
                heat = new WritableImage(w, h);
            }
            heat.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
            heatStale = false;
            heatPad = c.pad();
        }
        gc.setImageSmoothing(false);
        gc.drawImage(heat, g.x0(), g.y0(), g.width(), g.height());
        if (d.revealed() >= 0 && d.revealed() < d.rows() * d.cols()) {
            int full = d.revealed() / d.cols();
            int part = d.revealed() % d.cols();
            gc.setFill(c.cell());
            if (part > 0) {
                gc.fillRect(g.x(part), g.y(full), (d.cols() - part) * g.cell(), g.cell());
                full++;
            }
            gc.fillRect(g.x(0), g.y(full), d.cols() * g.cell(), (d.rows() - full) * g.cell());
        }
        gc.setStroke(c.line());
        gc.setLineWidth(1);
        gc.strokeRect(g.x0(), g.y0(), g.width(), g.height());
    }

    private static void emphasis(GraphicsContext gc, GridGeometry g, double em, Colors c, TensorGrid.Emphasis kind, List<Cell> cells) {
        if (kind == TensorGrid.Emphasis.SKIPPED) {
            skipped(gc, g, em, c, cells);
            return;
        }
        Color color = switch (kind) {
            case SKIPPED -> c.muted();
            case WINDOW -> c.accent();
            case LINKED, PICKED -> c.linked();
            case LESSON -> c.mark();
        };
        boolean small = g.cell() < 10;
        gc.setLineDashes();
        // butt caps: the default square caps grow each dash by the line's width and close the gaps
        gc.setLineCap(StrokeLineCap.BUTT);
        if (kind == TensorGrid.Emphasis.PICKED) {
            // a heavy ring inside the window's frame (a light fill only where cells are too small for it)
            gc.setFill(color.deriveColor(0, 1, 1, small ? 0.8 : 0.15));
            gc.setStroke(color);
            gc.setLineWidth(Math.max(3, em * 0.22));
            for (Cell cell : cells) {
                if (g.contains(cell)) {
                    gc.fillRect(g.x(cell.col()), g.y(cell.row()), g.cell(), g.cell());
                    if (!small) {
                        outline(gc, g, cell, gc.getLineWidth() / 2 + Math.max(2, em * 0.12), null);
                    }
                }
            }
            return;
        }
        // Numbers keep their contrast: only linked cells and tiny heat-map cells are filled.
        if (kind == TensorGrid.Emphasis.LINKED || (small && kind == TensorGrid.Emphasis.WINDOW)) {
            gc.setFill(color.deriveColor(0, 1, 1, small ? 0.55 : 0.22));
            for (Cell cell : cells) {
                if (g.contains(cell)) {
                    gc.fillRect(g.x(cell.col()), g.y(cell.row()), g.cell(), g.cell());
                }
            }
        }
        gc.setStroke(color);
        gc.setLineWidth(Math.max(2, em * 0.12));
        if (kind == TensorGrid.Emphasis.LESSON) {
            gc.setLineDashes(em * 0.35, em * 0.2);
        }
        if (!small) {
            for (Cell cell : cells) {
                if (g.contains(cell)) {
                    outline(gc, g, cell, gc.getLineWidth() / 2 + 1.5, kind == TensorGrid.Emphasis.LESSON ? null : c.cell());
                }
            }
        }
        // The window's bounding box: solid around a compact window, dashed around one with holes
        // (dilation), so the skipped cells inside read as "inside the window, not used".
        int r0 = Integer.MAX_VALUE;
        int r1 = Integer.MIN_VALUE;
        int c0 = Integer.MAX_VALUE;
        int c1 = Integer.MIN_VALUE;
        for (Cell cell : cells) {
            r0 = Math.min(r0, cell.row());
            r1 = Math.max(r1, cell.row());
            c0 = Math.min(c0, cell.col());
            c1 = Math.max(c1, cell.col());
        }
        boolean compact = (long) (r1 - r0 + 1) * (c1 - c0 + 1) == cells.size();
        if (kind == TensorGrid.Emphasis.WINDOW && cells.size() > 1) {
            if (!compact) {
                gc.setLineDashes(em * 0.3, em * 0.2);
            }
            gc.setLineWidth(Math.max(3, em * 0.22));
            double out = gc.getLineWidth() / 2;
            halo(gc, c.cell(), g.x(c0) - out, g.y(r0) - out, (c1 - c0 + 1) * g.cell() + 2 * out, (r1 - r0 + 1) * g.cell() + 2 * out);
            gc.setLineDashes();
        }
        gc.setLineCap(StrokeLineCap.SQUARE);
    }

    /** A veil of the plain cell colour and one diagonal stroke over each cell. */
    private static void skipped(GraphicsContext gc, GridGeometry g, double em, Colors c, List<Cell> cells) {
        gc.setLineDashes();
        gc.setFill(c.cell().deriveColor(0, 1, 1, 0.72));
        gc.setStroke(c.muted());
        gc.setLineWidth(Math.max(1.5, em * 0.1));
        double inset = g.cell() * 0.18;
        for (Cell cell : cells) {
            if (g.contains(cell)) {
                double x = g.x(cell.col());
                double y = g.y(cell.row());
                gc.fillRect(x, y, g.cell(), g.cell());
                gc.strokeLine(x + inset, y + g.cell() - inset, x + g.cell() - inset, y + inset);
            }
        }
    }

    /** A cell's outline, inset; with a halo (null: none) so it shows on light and dark cells alike. */
    private static void outline(GraphicsContext gc, GridGeometry g, Cell cell, double inset, Color halo) {
        double x = g.x(cell.col()) + inset;
        double y = g.y(cell.row()) + inset;
        double w = g.cell() - 2 * inset;
        if (halo == null) {
            gc.strokeRect(x, y, w, w);
        } else {
            halo(gc, halo, x, y, w, w);
        }
    }

    /** Strokes a rectangle over a wider stroke of {@code halo}, which keeps it visible on any cell colour. */
    private static void halo(GraphicsContext gc, Color halo, double x, double y, double w, double h) {
        double lw = gc.getLineWidth();
        javafx.scene.paint.Paint stroke = gc.getStroke();
        double[] dashes = gc.getLineDashes();
        gc.setLineDashes();
        gc.setStroke(halo);
        gc.setLineWidth(lw + 3);
        gc.strokeRect(x, y, w, h);
        gc.setStroke(stroke);
        gc.setLineWidth(lw);
        gc.setLineDashes(dashes);
        gc.strokeRect(x, y, w, h);
    }

    private static double snap(double v) {
        return Math.floor(v) + 0.5;
    }

    static int argb(Color c) {
        return (int) Math.round(c.getOpacity() * 255) << 24 | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }
}
