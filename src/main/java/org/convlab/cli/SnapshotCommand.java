package org.convlab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.convlab.storage.Settings;
import org.convlab.ui.lesson.LessonCatalog;
import org.convlab.ui.snapshot.ShellSnapshot;
import org.convlab.ui.theme.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** `convlab snapshot`: renders a page of the app, or a lab in a given state, to PNG, headless. */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = {"Render a page of the app, a lab in a given state, or a lesson at a given step, to a PNG file without a display.",
            "Example: convlab snapshot --page home --theme dark --width 1280 --height 720 --out home.png",
            "A lab:   convlab snapshot --page conv2d --param padding=1 --param stride=2 --param kernel=sobel_x "
                + "--param 'input=[[1,2,3],[4,5,6],[7,8,9]]' --step 3 --out conv.png",
            "A lesson: convlab snapshot --lesson padding --step 2 --theme dark --font 24 --out padding.png "
                + "(or --page lesson:padding; a lesson is named by its id or its folder, 03-padding)",
            "Parameters are the lab's lesson keys (lessons/README.md); a value is read as JSON when it is JSON "
                + "(numbers, lists, true/false, \"quoted\"), else as a word (same, sobel_x)."})
public final class SnapshotCommand implements Callable<Integer> {
    @Option(names = "--page", description = "Page to open: home, a lab (conv2d), or lesson:ID (default: home).")
    String page;

    @Option(names = "--lesson", paramLabel = "ID", description = "A lesson to open, by its id or folder name: the same as --page lesson:ID.")
    String lesson;

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

    @Option(names = "--param", paramLabel = "KEY=VALUE",
            description = "A lab parameter, repeatable: --param padding=1 --param 'kernel=[[1,0],[0,-1]]'.")
    List<String> params = new ArrayList<>();

    @Option(names = "--step", description = "A lab's step to show, from 0 (-1: all outputs, no step); "
            + "a lesson's step, from 0 (the app shows it as step N+1; -1: the start).")
    Integer step;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS) // "7x7" is a word, not 7
            .build();

    /** KEY=VALUE pairs as a map, each value parsed as JSON when it is JSON, else kept as a string. */
    static Map<String, Object> parseParams(List<String> raw) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String p : raw) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new UserError("--param must be KEY=VALUE, got \"" + p + "\"");
            }
            String key = p.substring(0, eq).strip();
            if (out.containsKey(key)) {
                throw new UserError("--param " + key + " is given twice");
            }
            out.put(key, value(p.substring(eq + 1).strip()));
        }
        return out;
    }

    private static Object value(String text) {
        try {
            return JSON.readValue(text, Object.class);
        } catch (JacksonException notJson) {
            return text;
        }
    }

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
        if (lesson != null && page != null) {
            throw new UserError("give either --page or --lesson, not both");
        }
        String pageId = lesson != null ? LessonCatalog.PAGE_PREFIX + lesson : page != null ? page : "home";
        try {
            ShellSnapshot.render(new ShellSnapshot.Request(pageId, Theme.fromId(theme), font, width, height,
                    parseParams(params), step), out);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        System.out.println("wrote " + out);
        return 0;
    }
}
