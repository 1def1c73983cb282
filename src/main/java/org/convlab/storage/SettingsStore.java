package org.convlab.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes {@link Settings} as a small JSON file. Writes are atomic. A file that cannot
 * be read falls back to defaults, is set aside rather than overwritten, and the reason comes
 * back in {@link Loaded#problem()} for the app to show.
 */
public final class SettingsStore {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    /** Settings in the user's folder. */
    public static SettingsStore forUser() {
        return new SettingsStore(UserDirs.appDir().resolve("settings.json"));
    }

    public Path file() {
        return file;
    }

    /** The loaded settings, and a message for the user when the file was unusable (else null). */
    public record Loaded(Settings settings, String problem) {
    }

    public Loaded load() {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            return new Loaded(Settings.defaults(), null);
        } catch (IOException e) {
            return new Loaded(Settings.defaults(), "Could not read settings from " + file + " (" + e.getMessage() + "); using defaults.");
        }
        try {
            return new Loaded(parse(text), null);
        } catch (JacksonException | IllegalArgumentException e) {
            String why = e instanceof JacksonException je ? je.getOriginalMessage() : e.getMessage();
            String where;
            try {
                where = "it was moved to " + AtomicFiles.setAside(file).getFileName();
            } catch (IOException io) {
                where = "it could not be moved aside (" + io.getMessage() + ")";
            }
            return new Loaded(Settings.defaults(),
                    "The settings file " + file + " is damaged (" + why + "); " + where + " and defaults are used.");
        }
    }

    public void save(Settings s) throws IOException {
        ObjectNode node = JSON.createObjectNode();
        node.put("format", 1);
        node.put("theme", s.theme());
        node.put("fontSize", s.fontSize());
        ObjectNode window = node.putObject("window");
        if (!Double.isNaN(s.windowX())) {
            window.put("x", s.windowX());
            window.put("y", s.windowY());
        }
        window.put("width", s.windowWidth());
        window.put("height", s.windowHeight());
        window.put("maximized", s.maximized());
        AtomicFiles.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n");
    }

    private static Settings parse(String text) {
        JsonNode root = JSON.readTree(text);
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        Settings d = Settings.defaults();
        String theme = root.path("theme").asString(d.theme());
        double font = root.path("fontSize").asDouble(d.fontSize());
        if (!(font >= Settings.MIN_FONT && font <= Settings.MAX_FONT)) {
            throw new IllegalArgumentException("fontSize " + font + " is outside " + Settings.MIN_FONT + ".." + Settings.MAX_FONT);
        }
        JsonNode w = root.path("window");
        double x = w.has("x") ? w.get("x").asDouble() : Double.NaN;
        double y = w.has("y") ? w.get("y").asDouble() : Double.NaN;
        double width = w.path("width").asDouble(d.windowWidth());
        double height = w.path("height").asDouble(d.windowHeight());
        if (!(width >= 200 && height >= 150 && width <= 100_000 && height <= 100_000)) {
            throw new IllegalArgumentException("window size " + width + "x" + height + " is not usable");
        }
        return new Settings(theme, font, x, y, width, height, w.path("maximized").asBoolean(false));
    }
}
