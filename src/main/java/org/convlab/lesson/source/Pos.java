package org.convlab.lesson.source;

/** A place in a lesson file: 1-based line and column, as editors count them. */
public record Pos(int line, int column) {
    public static final Pos START = new Pos(1, 1);

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
