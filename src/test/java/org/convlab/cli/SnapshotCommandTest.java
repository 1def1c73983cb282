package org.convlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `convlab snapshot` renders labs in a given state, headless. */
@Tag("ui")
class SnapshotCommandTest {
    @TempDir
    Path dir;

    /** Distinct colours in a sample of the picture: a blank or one-colour picture has very few. */
    private static int colours(BufferedImage img) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                seen.add(img.getRGB(x, y));
            }
        }
        return seen.size();
    }

    @Test
    void rendersTheConv2dLabInAGivenStateInBothThemes() throws Exception {
        for (String theme : List.of("light", "dark")) {
            Path png = dir.resolve("conv2d-" + theme + ".png");
            CliRun r = CliRun.of("snapshot", "--page", "conv2d", "--theme", theme, "--width", "1280", "--height", "720",
                    "--param", "padding=1", "--param", "stride=2", "--param", "kernel=sobel_y",
                    "--param", "input=[[1,2,3,4],[5,6,7,8],[9,10,11,12],[13,14,15,16]]", "--step", "2", "--out", png.toString());
            assertEquals(0, r.status(), r.err());
            assertTrue(Files.size(png) > 10_000, theme);
            BufferedImage img = ImageIO.read(png.toFile());
            assertEquals(1280, img.getWidth());
            assertEquals(720, img.getHeight());
            assertTrue(colours(img) > 50, theme + " picture has " + colours(img) + " colours");
        }
    }

    @Test
    void aBadParameterIsOneLineNamingTheKey() {
        Path png = dir.resolve("bad.png");
        CliRun r = CliRun.of("snapshot", "--page", "conv2d", "--param", "padding=sideways", "--out", png.toString());
        assertEquals(1, r.status());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("snapshot: parameter \"padding\""), r.err());
        assertFalse(Files.exists(png));

        CliRun unknown = CliRun.of("snapshot", "--page", "conv2d", "--param", "strid=2", "--out", png.toString());
        assertTrue(unknown.err().contains("unknown parameter \"strid\"") && unknown.err().contains("did you mean \"stride\""), unknown.err());
        CliRun noEquals = CliRun.of("snapshot", "--page", "conv2d", "--param", "stride", "--out", png.toString());
        assertTrue(noEquals.err().contains("--param must be KEY=VALUE"), noEquals.err());
        CliRun step = CliRun.of("snapshot", "--page", "conv2d", "--step", "99", "--out", png.toString());
        assertTrue(step.err().contains("step 99 does not exist: this setup has 25 steps, 0 to 24"), step.err());
        CliRun notALab = CliRun.of("snapshot", "--page", "home", "--param", "stride=2", "--out", png.toString());
        assertTrue(notALab.err().contains("is not a lab"), notALab.err());
    }

    @Test
    void valuesAreJsonWhenTheyAreJsonAndWordsOtherwise() {
        Map<String, Object> p = SnapshotCommand.parseParams(List.of("stride=2", "padding=same", "bias=0.5", "flip=true",
                "input=[[1,2],[3,4]]", "kernel=\"edge\"", "input_size=7x7"));
        assertEquals(2, p.get("stride"));
        assertEquals("same", p.get("padding"));
        assertEquals(0.5, p.get("bias"));
        assertEquals(true, p.get("flip"));
        assertEquals(List.of(List.of(1, 2), List.of(3, 4)), p.get("input"));
        assertEquals("edge", p.get("kernel"));
        assertEquals("7x7", p.get("input_size"), "a number followed by more text is a word");
    }
}
