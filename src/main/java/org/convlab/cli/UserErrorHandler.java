package org.convlab.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception from a subcommand into one line on standard error and exit status 1.
 * A {@link UserError} carries a message meant for the user; anything else is a bug, reported
 * with its type so it can be filed, still without a stack trace unless CONVLAB_DEBUG is set.
 */
final class UserErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
        String name = cl.getCommandName();
        if (ex instanceof UserError) {
            cl.getErr().println(name + ": " + ex.getMessage());
        } else {
            cl.getErr().println(name + ": internal error (" + ex.getClass().getSimpleName() + "): " + ex.getMessage());
            if (System.getenv("CONVLAB_DEBUG") != null) {
                ex.printStackTrace(cl.getErr());
            }
        }
        cl.getErr().flush();
        return 1;
    }
}
