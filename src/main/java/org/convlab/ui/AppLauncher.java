package org.convlab.ui;

import javafx.application.Application;

/** Opens the desktop app; kept apart so the command line can start it without touching JavaFX types. */
public final class AppLauncher {
    private AppLauncher() {
    }

    /**
     * Opens the window and returns when it is closed. Returns a message instead of throwing
     * when no window can be opened at all (no display, no GTK), or null when all went well.
     */
    public static String launch() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("linux") && System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            return "There is no display to open the window on (DISPLAY is not set). "
                    + "The command line works without one: ./launcher/convlab --help";
        }
        // Lesson math is drawn with java.awt (jlatexmath) into images: no AWT window is ever opened,
        // and headless AWT keeps it from starting a second GUI toolkit beside JavaFX (macOS dislikes that).
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        try {
            Application.launch(ConvLabApp.class);
            return null;
        } catch (UnsupportedOperationException | IllegalStateException e) {
            String why = String.valueOf(e.getMessage());
            if (why.contains("GTK")) {
                return "JavaFX could not load GTK 3, which it needs to open a window on Linux. "
                        + "Install it (Debian/Ubuntu: sudo apt install libgtk-3-0) and try again.";
            }
            return "The window could not be opened: " + why;
        }
    }
}
