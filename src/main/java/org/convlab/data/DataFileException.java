package org.convlab.data;

import java.nio.file.Path;

/**
 * A data file that cannot be used: missing, unreadable, truncated, corrupt or of a kind
 * ConvLab does not read. The message starts with the file's name and says what is wrong,
 * so it can be shown to the user as it is.
 *
 * <p>Checked on purpose: every caller that loads a file has to decide what the user sees.
 */
public final class DataFileException extends Exception {
    private final transient Path file;

    public DataFileException(Path file, String problem) {
        super(nameOf(file) + ": " + problem);
        this.file = file;
    }

    public DataFileException(Path file, String problem, Throwable cause) {
        super(nameOf(file) + ": " + problem, cause);
        this.file = file;
    }

    /** The file the problem is about. */
    public Path file() {
        return file;
    }

    private static String nameOf(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
