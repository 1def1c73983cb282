package org.convlab.ui.lab.conv1d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.convlab.cli.ConvLabCommand;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * `convlab snapshot --page conv1d …` renders the lab in a given state to a PNG in both themes:
 * the command succeeds, and the file is a picture of the asked size with something on it.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class) // the toolkit is TestFX's, started before the command looks for one
class Conv1dSnapshotTest {
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        // nothing to show: the command builds its own scene
    }

    @ParameterizedTest
    @CsvSource({"light, 1280, 720, 16", "dark, 1920, 1080, 24"})
    void theLabRendersToPngInBothThemes(String theme, int width, int height, int font) throws Exception {
        Path out = dir.resolve("conv1d-" + theme + ".png");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldErr = System.err;
        int status;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            status = ConvLabCommand.commandLine().execute("snapshot", "--page", "conv1d",
                    "--param", "padding=causal", "--param", "stride=2", "--param", "bias=0.5", "--param", "kernel=[1,2,3]",
                    "--param", "flip=true", "--step", "2", "--theme", theme, "--font", Integer.toString(font),
                    "--width", Integer.toString(width), "--height", Integer.toString(height), "--out", out.toString());
        } finally {
            System.setErr(oldErr);
        }
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.size(out) > 10_000, "a PNG of some size");
        BufferedImage img = ImageIO.read(out.toFile());
        assertEquals(width, img.getWidth());
        assertEquals(height, img.getHeight());
        Set<Integer> colors = new HashSet<>();
        long luminance = 0;
        for (int y = 0; y < height; y += 4) {
            for (int x = 0; x < width; x += 4) {
                int rgb = img.getRGB(x, y);
                colors.add(rgb);
                luminance += ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
            }
        }
        assertTrue(colors.size() > 100, "not blank: " + colors.size() + " colours");
        double mean = luminance / (3.0 * (height / 4.0) * (width / 4.0));
        assertTrue(theme.equals("dark") ? mean < 110 : mean > 150, theme + " theme, mean brightness " + mean);
    }

    @ParameterizedTest
    @CsvSource({"padding=sideways, padding", "stride=0, stride"})
    void aBadParameterIsAnErrorThatNamesIt(String param, String key) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldErr = System.err;
        int status;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            status = ConvLabCommand.commandLine().execute("snapshot", "--page", "conv1d", "--param", param,
                    "--out", dir.resolve("bad.png").toString());
        } finally {
            System.setErr(oldErr);
        }
        assertTrue(status != 0);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("\"" + key + "\""), err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.notExists(dir.resolve("bad.png")));
    }
}
