package org.convlab.lesson.lab;

/** A kernel tap: filter, input channel (within its group), row, column. 1D kernels have row 0. */
public record KernelCell(int filter, int channel, int row, int col) {
}
