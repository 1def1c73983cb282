package org.convlab.lesson.source;

/** A place in a lesson file: 1-based line and column, as editors count them. */
public record Pos(int line, int column) {
    public static final Pos START = new Pos(1, 1);

    /** This position moved down by {@code lines} lines (a block's text starts below its fence). */
    public Pos down(int lines) {
        return new Pos(line + lines, column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
