package org.convlab.ui.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.convlab.lesson.progress.ProgressStore;
import org.convlab.storage.ProjectDirs;
import org.convlab.storage.UserDirs;
import org.convlab.ui.Workbench;
import org.convlab.ui.lab.Lab;
import org.convlab.ui.lesson.LessonCatalog;
import org.convlab.ui.lesson.LessonPlayer;
import org.convlab.ui.theme.Theme;

/**
 * Renders the whole window, with one page open (a lab in a given state, a lesson at a given
 * step), to a PNG. The user's lesson progress is read (their exercise numbers and answers show)
 * but never changed: the snapshot works on a copy.
 */
public final class ShellSnapshot {
    private ShellSnapshot() {
    }

    /**
     * What to render.
     *
     * @param pageId a page id; "lesson:ID" names a lesson by its id or its folder name
     * @param params lab parameters as {@code LabSpecParser} reads them (empty: the lab's defaults)
     * @param step   for a lab the step to show (−1: the overview); for a lesson its step, from 0
     *               (−1: the start); null to leave it as it is
     */
    public record Request(String pageId, Theme theme, double fontSize, int width, int height,
                          Map<String, Object> params, Integer step) {
        public Request(String pageId, Theme theme, double fontSize, int width, int height) {
            this(pageId, theme, fontSize, width, height, Map.of(), null);
        }
    }

    /**
     * Renders and writes the PNG. Throws IllegalArgumentException for an unknown page or lesson,
     * parameters for a page that is not a lab, or a step the lab or lesson does not have; a bad
     * parameter throws {@code LabParamException} (an IllegalArgumentException) naming the key.
     */
    public static void render(Request req, Path out) throws IOException {
        Snapshots.startHeadless();
        Path scratch = Files.createTempDirectory("convlab-snapshot");
        Workbench bench = null;
        try {
            ProgressStore progress = copyOfUserProgress(scratch);
            bench = Snapshots.onFx(() -> Workbench.create(ProjectDirs.lessons(), progress, url -> { }));
            await(bench);
            Workbench b = bench;
            Scene scene = Snapshots.onFx(() -> {
                String pageId = open(b, req);
                b.model().themeProperty().set(req.theme());
                b.model().fontSizeProperty().set(req.fontSize());
                Scene s = new Scene(b.shell().view(), req.width(), req.height());
                b.shell().attach(s);
                Snapshots.capture(s); // first layout; canvases paint as they get their size
                if (pageId.startsWith(LessonCatalog.PAGE_PREFIX)) {
                    LessonPlayer player = b.lesson(pageId).orElseThrow();
                    if (player.isNarrow() && req.step() != null && req.step() >= 0) {
                        player.textShownProperty().set(false); // text and lab take turns: a step is about the lab
                    }
                    player.revealCurrentStep(); // now that the text is laid out
                }
                return s;
            });
            // a second pass, after the FX events the first one queued (coalesced repaints, text wrapping)
            Snapshots.onFx(() -> Snapshots.capture(scene));
            WritableImage image = Snapshots.onFx(() -> Snapshots.capture(scene));
            Snapshots.writePng(image, out);
        } finally {
            if (bench != null) {
                Workbench b = bench;
                Snapshots.onFx(() -> {
                    b.close();
                    return null;
                });
            }
            deleteQuietly(scratch);
        }
    }

    /** Opens the page asked for and puts it in the state asked for; returns the page id. */
    private static String open(Workbench bench, Request req) {
        String pageId = req.pageId();
        boolean lesson = pageId.startsWith(LessonCatalog.PAGE_PREFIX);
        if (lesson) {
            String name = pageId.substring(LessonCatalog.PAGE_PREFIX.length());
            pageId = bench.lessons().pageIdOf(name).orElseThrow(() -> new IllegalArgumentException("no lesson \"" + name
                    + "\"; lessons are: " + String.join(", ", bench.lessons().pageIds())));
        }
        if (!bench.model().open(pageId)) {
            throw new IllegalArgumentException("no page \"" + req.pageId() + "\"; pages are: "
                    + String.join(", ", bench.model().pages().stream().map(p -> p.id()).toList()));
        }
        Lab lab = bench.lab(pageId).orElse(null);
        LessonPlayer player = lesson ? bench.lesson(pageId).orElse(null) : null;
        if (lab == null && (!req.params().isEmpty() || req.step() != null && player == null)) {
            throw new IllegalArgumentException("page \"" + req.pageId() + "\" is not a lab, so it takes no parameters or step");
        }
        if (lab != null) {
            lab.apply(req.params());
            if (req.step() != null) {
                int n = lab.player().count();
                if (req.step() < -1 || req.step() >= n) {
                    throw new IllegalArgumentException("step " + req.step() + " does not exist: "
                            + (n == 0 ? "this setup has no steps" : "this setup has " + n + " steps, 0 to " + (n - 1))
                            + " (−1 shows them all)");
                }
                lab.player().jumpTo(req.step());
            }
        }
        if (player != null && req.step() != null) {
            int n = player.model().stepCount();
            if (req.step() < -1 || req.step() >= n) {
                throw new IllegalArgumentException("step " + req.step() + " does not exist: "
                        + (n == 0 ? "this lesson has no steps" : "this lesson has " + n + " steps, 0 to " + (n - 1))
                        + " (the app shows step N as " + "\"Step N+1 of " + n + "\"; −1 is the start)");
            }
            player.model().goTo(req.step());
        }
        return pageId;
    }

    private static void await(Workbench bench) throws IOException {
        try {
            bench.lessonsLoaded().get(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the lessons", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("the lessons could not be read: " + e, e);
        }
    }

    /** A store on a copy of the user's progress file (or a new one), so rendering changes nothing of theirs. */
    private static ProgressStore copyOfUserProgress(Path scratch) throws IOException {
        Path mine = UserDirs.appDir().resolve(ProgressStore.FILE_NAME);
        Path copy = scratch.resolve(ProgressStore.FILE_NAME);
        if (Files.isRegularFile(mine)) {
            Files.copy(mine, copy);
        }
        return new ProgressStore(copy);
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // a temporary folder left behind is no reason to fail the snapshot
        }
    }
}
