package org.convlab.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.convlab.storage.Settings;
import org.convlab.ui.snapshot.ShellSnapshot;
import org.convlab.ui.theme.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `convlab snapshot`: renders a page of the app to PNG, headless. */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = {"Render a page of the app to a PNG file without a display.",
            "Example: convlab snapshot --page home --theme dark --width 1280 --height 720 --out home.png"})
public final class SnapshotCommand implements Callable<Integer> {
    @Option(names = "--page", defaultValue = "home", description = "Page to open (default: ${DEFAULT-VALUE}).")
    String page;

    @Option(names = "--theme", defaultValue = "light", description = "light or dark (default: ${DEFAULT-VALUE}).")
    String theme;

    @Option(names = "--font", defaultValue = "16", description = "Font size in pixels (default: ${DEFAULT-VALUE}).")
    double font;

    @Option(names = "--width", defaultValue = "1280", description = "Image width in pixels (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "800", description = "Image height in pixels (default: ${DEFAULT-VALUE}).")
    int height;

    @Option(names = {"-o", "--out"}, required = true, description = "PNG file to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!theme.equals("light") && !theme.equals("dark")) {
            throw new UserError("--theme must be light or dark, not \"" + theme + "\"");
        }
        if (width < 200 || height < 150 || width > 8000 || height > 8000) {
            throw new UserError("--width and --height must be between 200x150 and 8000x8000, not " + width + "x" + height);
        }
        if (font < Settings.MIN_FONT || font > Settings.MAX_FONT) {
            throw new UserError("--font must be between " + Settings.MIN_FONT + " and " + Settings.MAX_FONT);
        }
        try {
            ShellSnapshot.render(new ShellSnapshot.Request(page, Theme.fromId(theme), font, width, height), out);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        System.out.println("wrote " + out);
        return 0;
    }
}
