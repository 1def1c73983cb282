package org.convlab.ui.lesson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.convlab.lesson.progress.ProgressStore;
import org.convlab.storage.UserDirs;
import org.convlab.ui.Workbench;
import org.convlab.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Small lessons written into temporary folders, and the app around them, for the player's tests. */
final class LessonFixtures {
    /** A conv2d lab with two steps, and one exercise of each kind with answers worked out by hand. */
    static final String TINY = """
            ---
            format: convlab-lesson/1
            id: tiny
            title: A tiny lesson
            minutes: 5
            objectives:
              - Compute $o = n - k + 1$
            ---

            # Tiny

            The output size is $o = n - k + 1$, and

            $$
            y_{ij} = \\sum_{a,b} w_{ab}\\, x_{i+a,\\,j+b}
            $$

            ```lab conv2d
            input: [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
            kernel: [[1, 0], [0, 1]]
            locked: [padding]
            ```

            ```step
            at: [0, 1]
            highlight: {input: {from: [0, 1], to: [1, 2]}, output: [0, 1]}
            caption: "First caption: $1\\\\cdot 2 + 1\\\\cdot 6 = 8$."
            ```

            ```step
            set: {padding: 1}
            at: [1, 1]
            highlight: {output: [1, 1], kernel: [0, 0]}
            caption: Second caption, with padding.
            ```

            ```exercise
            id: width
            kind: numeric
            prompt: Input 5×5, kernel 3×3, no padding. How wide is the output?
            lab: conv2d
            set: {input_size: 5, kernel: box_blur, padding: 0}
            answer: {output_size: width}
            hints:
              - Count the places where the kernel fits.
            ```

            ```exercise
            id: fill
            kind: grid
            prompt: Fill in the output.
            lab: conv2d
            set: {input: [[1, 2, 3], [4, 5, 6], [7, 8, 9]], kernel: [[1, 0], [0, 1]]}
            ```

            ```exercise
            id: pick
            kind: choice
            prompt: What does a layer compute?
            options:
              - text: Cross-correlation, the kernel as written
                correct: true
              - text: Convolution with the kernel flipped
                why: That is true convolution.
            ```

            ```exercise
            id: guess
            kind: predict
            prompt: Padding becomes 2. Predict the output width.
            answer: {output_size: width}
            reveal:
              set: {padding: 2}
              at: [1, 1]
              caption: Six wide now.
            ```
            """;

    /** Front matter fine, a lab with a misspelt parameter, a step on it, an exercise with a bad kind, text around. */
    static final String BROKEN = """
            ---
            format: convlab-lesson/1
            id: broken
            title: A broken lesson
            minutes: 5
            objectives:
              - Break things
            ---

            # Still readable

            Text before the lab, with $x^2$.

            ```lab conv2d
            input_size: 5
            strde: 2
            ```

            ```step
            at: [0, 0]
            caption: Never shown.
            ```

            ```exercise
            id: q
            kind: numerc
            prompt: What?
            ```

            Text after the blocks.
            """;

    private LessonFixtures() {
    }

    /** Writes {@code text} as {@code folder/NAME/lesson.md}. */
    static Path write(Path folder, String name, String text) throws IOException {
        Path dir = Files.createDirectories(folder.resolve(name));
        Path file = dir.resolve("lesson.md");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** The app's shell on {@code lessons}, progress in the user folder set by {@code convlab.userdir}, in a 1280×800 window. */
    static Workbench show(Stage stage, Path lessons) {
        Workbench bench = Workbench.create(lessons, ProgressStore.forUser(), url -> { });
        Scene scene = new Scene(bench.shell().view(), 1280, 800);
        bench.shell().attach(scene);
        bench.model().themeProperty().set(Theme.LIGHT);
        stage.setScene(scene);
        stage.show();
        return bench;
    }

    /** Waits for the lessons to be listed, opens one by its page id, and waits until it is shown. */
    static LessonPlayer open(FxRobot robot, Workbench bench, String pageId) throws Exception {
        bench.lessonsLoaded().get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#" + org.convlab.ui.shell.Shell.nodeId("nav-", pageId));
        LessonPlayer player = bench.lesson(pageId).orElseThrow();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> player.model().resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        player.stage().setRevealStepMillis(0);
        return player;
    }

    /** Uses {@code dir} as the user folder (progress.json) until {@link #restoreUserDir} is called. */
    static String useUserDir(Path dir) {
        String old = System.getProperty(UserDirs.OVERRIDE_PROPERTY);
        System.setProperty(UserDirs.OVERRIDE_PROPERTY, dir.toString());
        return old;
    }

    /** Deletes a temporary folder and everything in it (quietly: a leftover is no failure). */
    static void delete(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // left for the system's temporary-file cleaning
        }
    }

    static void restoreUserDir(String old) {
        if (old == null) {
            System.clearProperty(UserDirs.OVERRIDE_PROPERTY);
        } else {
            System.setProperty(UserDirs.OVERRIDE_PROPERTY, old);
        }
    }
}
