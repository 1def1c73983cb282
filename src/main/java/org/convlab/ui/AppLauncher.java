package org.convlab.ui;

import javafx.application.Application;

/** Opens the desktop app; kept apart so the command line can start it without touching JavaFX types. */
public final class AppLauncher {
    private AppLauncher() {
    }

    public static void launch() {
        Application.launch(ConvLabApp.class);
    }
}
