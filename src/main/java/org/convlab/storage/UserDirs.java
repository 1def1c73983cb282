package org.convlab.storage;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where ConvLab keeps per-user files, following each system's habit:
 * Linux {@code $XDG_CONFIG_HOME/convlab} (else {@code ~/.config/convlab}),
 * macOS {@code ~/Library/Application Support/ConvLab}, Windows {@code %APPDATA%\ConvLab}.
 * The system property {@code convlab.userdir} overrides all of them (tests use it).
 */
public final class UserDirs {
    public static final String OVERRIDE_PROPERTY = "convlab.userdir";

    private UserDirs() {
    }

    public static Path appDir() {
        String override = System.getProperty(OVERRIDE_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("ConvLab");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("ConvLab");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config")).resolve("convlab");
    }
}
