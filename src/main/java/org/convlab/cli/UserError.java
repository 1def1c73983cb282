package org.convlab.cli;

/** A problem with what the user asked for (a missing file, a bad value), reported as its message alone. */
public final class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
