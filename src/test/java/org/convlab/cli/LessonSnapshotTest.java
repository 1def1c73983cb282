package org.convlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.convlab.storage.UserDirs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** `convlab snapshot --lesson ID --step N` renders a lesson at a step, and leaves the user's progress alone. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class) // the toolkit is TestFX's, started before the command looks for one
class LessonSnapshotTest {
    @TempDir
    Path dir;

    private String oldUserDir;

    @Start
    void start(Stage stage) {
        // nothing to show: the command builds its own scene
    }

    @BeforeEach
    void tempUser() {
        oldUserDir = System.getProperty(UserDirs.OVERRIDE_PROPERTY);
        System.setProperty(UserDirs.OVERRIDE_PROPERTY, dir.resolve("user").toString());
    }

    @AfterEach
    void restoreUser() {
        if (oldUserDir == null) {
            System.clearProperty(UserDirs.OVERRIDE_PROPERTY);
        } else {
            System.setProperty(UserDirs.OVERRIDE_PROPERTY, oldUserDir);
        }
    }

    @ParameterizedTest
    @CsvSource({"--lesson, convolution, light, 1280, 720, 16", "--page, lesson:03-padding, dark, 1920, 1080, 24"})
    void aLessonStepRendersToPng(String option, String lesson, String theme, int width, int height, int font) throws Exception {
        Path out = dir.resolve(lesson.replace(':', '-') + "-" + theme + ".png");
        CliRun r = CliRun.of("snapshot", option, lesson, "--step", "1", "--theme", theme, "--font", Integer.toString(font),
                "--width", Integer.toString(width), "--height", Integer.toString(height), "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        BufferedImage img = ImageIO.read(out.toFile());
        assertEquals(width, img.getWidth());
        assertEquals(height, img.getHeight());
        assertTrue(Files.size(out) > 20_000, "a picture with something on it");
        assertFalse(Files.exists(dir.resolve("user").resolve("progress.json")), "the user's progress is not touched");
    }

    @Test
    void anUnknownLessonOrStepSaysWhatThereIs() {
        Path out = dir.resolve("x.png");
        CliRun unknown = CliRun.of("snapshot", "--lesson", "no-such", "--out", out.toString());
        assertEquals(1, unknown.status());
        assertTrue(unknown.err().contains("no lesson \"no-such\"") && unknown.err().contains("lesson:01-convolution"), unknown.err());
        CliRun step = CliRun.of("snapshot", "--lesson", "convolution", "--step", "99", "--out", out.toString());
        assertEquals(1, step.status());
        assertTrue(step.err().contains("step 99 does not exist") && step.err().contains("0 to 4"), step.err());
        CliRun both = CliRun.of("snapshot", "--lesson", "convolution", "--page", "home", "--out", out.toString());
        assertTrue(both.err().contains("either --page or --lesson"), both.err());
        assertFalse(Files.exists(out));
    }
}
