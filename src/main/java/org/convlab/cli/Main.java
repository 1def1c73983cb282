package org.convlab.cli;

import org.convlab.ui.AppLauncher;
import picocli.CommandLine;

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
            AppLauncher.launch();
            return;
        }
        System.exit(ConvLabCommand.commandLine().execute(args));
    }
}
