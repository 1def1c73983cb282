package org.convlab.lesson.source;

import java.nio.file.Path;

/**
 * One thing wrong with a lesson file, where it is and what to do about it. {@link #toString()}
 * gives the {@code file:line:column: message} form that editors and {@code lesson check} use.
 */
public record Problem(Path file, int line, int column, String message) {
    public Pos pos() {
        return new Pos(line, column);
    }

    /** "file:line:column: message"; "file: message" for a problem of the whole file (line 0). */
    @Override
    public String toString() {
        return line <= 0 ? file + ": " + message : file + ":" + line + ":" + column + ": " + message;
    }
}
