package org.convlab.cli;

import org.convlab.ui.AppLauncher;

/**
 * Entry point. Without arguments it opens the app; with arguments it runs the command line,
 * which never needs a display.
 *
 * <p>This is a plain class on purpose: a main class that extends JavaFX's Application fails on
 * the class path with "JavaFX runtime components are missing".
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            String problem = AppLauncher.launch();
            if (problem != null) {
                System.err.println("convlab: " + problem);
                System.exit(1);
            }
            // Ends the process even if a worker thread is still winding down.
            System.exit(0);
        }
        System.exit(ConvLabCommand.commandLine().execute(args));
    }
}
