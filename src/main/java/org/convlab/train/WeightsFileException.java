package org.convlab.train;

import java.io.IOException;
import java.nio.file.Path;

/** A weights file that cannot be read or does not fit the model; the message names the file and the problem. */
public final class WeightsFileException extends IOException {
    private final transient Path file;

    WeightsFileException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    WeightsFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
