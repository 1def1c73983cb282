package org.convlab.ui.widgets;

/**
 * A cell of a grid in the tensor's own coordinates: row 0, column 0 is the tensor's first
 * element, and padding cells drawn around it have negative indices or indices past the end,
 * exactly as {@code ConvTrace.Tap.iy/ix} name them.
 */
public record Cell(int row, int col) {
}
