package org.convlab.ui.widgets;

import javafx.geometry.Point2D;

/**
 * Where the cells of a {@link TensorGrid} lie on its canvas: the top-left corner of the first
 * drawn cell (padding included), the side of a cell and how many rows and columns are drawn.
 *
 * @param padTop  padding rows drawn above the data (row -padTop is the first drawn row)
 * @param padLeft padding columns drawn left of the data
 */
record GridGeometry(double x0, double y0, double cell, int drawnRows, int drawnCols, int padTop, int padLeft,
                    boolean numbers, double legendHeight) {

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
