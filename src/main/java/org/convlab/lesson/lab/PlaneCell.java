package org.convlab.lesson.lab;

/**
 * A cell of an input or output grid: channel, row, column. 1D labs have row 0. Input cells may
 * lie in the padding (negative, or past the edge by at most the padding).
 */
public record PlaneCell(int channel, int row, int col) {
}
