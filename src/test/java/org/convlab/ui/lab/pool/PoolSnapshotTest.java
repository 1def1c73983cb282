package org.convlab.ui.lab.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.convlab.cli.ConvLabCommand;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `convlab snapshot --page pool …` renders the lab to PNG, in both themes. */
@Tag("ui")
class PoolSnapshotTest {
    @TempDir
    Path dir;

    private static int run(StringWriter err, String... args) {
        CommandLine cl = ConvLabCommand.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private static void assertPicture(Path png, int width, int height) throws Exception {
        assertTrue(Files.size(png) > 10_000, png + " is " + Files.size(png) + " bytes");
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(width, img.getWidth());
        assertEquals(height, img.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < height; y += 3) {
            for (int x = 0; x < width; x += 3) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 50, "a lab, not a blank page: " + colours.size() + " colours");
    }

    @Test
    void rendersTheLabInBothThemesWithParametersAndAStep() throws Exception {
        for (String theme : new String[] {"light", "dark"}) {
            Path png = dir.resolve("pool-" + theme + ".png");
            StringWriter err = new StringWriter();
            int status = run(err, "snapshot", "--page", "pool", "--param", "kind=avg", "--param", "window=3",
                    "--param", "stride=2", "--param", "padding=1", "--param", "channels=2", "--step", "4",
                    "--theme", theme, "--width", "1280", "--height", "720", "--out", png.toString());
            assertEquals(0, status, err.toString());
            assertPicture(png, 1280, 720);
        }
    }

    @Test
    void aBadParameterOrStepIsAnErrorNamingIt() {
        StringWriter err = new StringWriter();
        assertEquals(1, run(err, "snapshot", "--page", "pool", "--param", "kind=min", "--out", dir.resolve("x.png").toString()));
        assertTrue(err.toString().contains("kind"), err.toString());
        StringWriter err2 = new StringWriter();
        assertEquals(1, run(err2, "snapshot", "--page", "pool", "--step", "9", "--out", dir.resolve("y.png").toString()));
        assertTrue(err2.toString().contains("this setup has 9 steps, 0 to 8"), err2.toString());
    }
}
