package org.convlab.ui.widgets;

import javafx.geometry.Point2D;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Where the cells of a {@link TensorGrid} lie on its canvas: the top-left corner of the first
 * drawn cell (padding included), the side of a cell and how many rows and columns are drawn.
 *
 * @param padTop  padding rows drawn above the data (row -padTop is the first drawn row)
 * @param padLeft padding columns drawn left of the data
 */
record GridGeometry(double x0, double y0, double cell, int drawnRows, int drawnCols, int padTop, int padLeft,
                    boolean numbers, double legendHeight) {

    /** Smallest side of a number cell, and the largest a heat-map cell grows to, in em. */
    static final double MIN_CELL_EM = 2.1;

    /**
     * The geometry of a grid: number cells fit the widest label (at least {@code minCellEm}),
     * leaving room for row and column indices; heat-map cells share {@code heatSideEm} and leave
     * room for the legend below.
     */
    static GridGeometry of(double em, int drawnRows, int drawnCols, int padTop, int padLeft, boolean numbers,
                           boolean rowIndices, boolean colIndices, double widestLabel, double heatSideEm,
                           double minCellEm, boolean withLegend) {
        double left = 0;
        double top = 0;
        double legend = 0;
        double cell;
        if (numbers) {
            cell = Math.ceil(Math.max(minCellEm * em, widestLabel + 0.7 * em));
            if (rowIndices) {
                left = Math.ceil(1.6 * em);
            }
            if (colIndices) {
                top = Math.ceil(1.3 * em);
            }
        } else {
            cell = Math.max(1, Math.min(MIN_CELL_EM * em, heatSideEm * em / Math.max(1, Math.max(drawnRows, drawnCols))));
            legend = withLegend ? Math.ceil(2.6 * em) : 0;
        }
        return new GridGeometry(left + 1, top + 1, cell, drawnRows, drawnCols, padTop, padLeft, numbers, legend);
    }

    /** The width of the widest value as a cell shows it (bold, at the grid's font size). */
    static double widestLabel(float[] values, Font font) {
        Text probe = new Text();
        probe.setFont(Font.font(font.getFamily(), FontWeight.BOLD, font.getSize()));
        double w = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (float v : values) {
            String label = NumberFormats.cell(v);
            if (!Float.isNaN(v) && seen.add(label)) {
                probe.setText(label);
                w = Math.max(w, probe.getLayoutBounds().getWidth());
            }
        }
        return w;
    }

    double width() {
        return drawnCols * cell;
    }

    double height() {
        return drawnRows * cell;
    }

    /** Left edge of a column in tensor coordinates. */
    double x(int col) {
        return x0 + (col + padLeft) * cell;
    }

    double y(int row) {
        return y0 + (row + padTop) * cell;
    }

    /** The cell under a point, or null outside the cells. */
    Cell cellAt(double px, double py) {
        if (px < x0 || py < y0 || cell <= 0) {
            return null;
        }
        int c = (int) Math.floor((px - x0) / cell);
        int r = (int) Math.floor((py - y0) / cell);
        if (r >= drawnRows || c >= drawnCols) {
            return null;
        }
        return new Cell(r - padTop, c - padLeft);
    }

    Point2D center(Cell c) {
        return new Point2D(x(c.col()) + cell / 2, y(c.row()) + cell / 2);
    }

    boolean contains(Cell c) {
        int r = c.row() + padTop;
        int col = c.col() + padLeft;
        return r >= 0 && col >= 0 && r < drawnRows && col < drawnCols;
    }
}
