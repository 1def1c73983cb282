package org.convlab.ui.snapshot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.convlab.ui.Workbench;
import org.convlab.ui.lab.Lab;
import org.convlab.ui.theme.Theme;

/** Renders the whole window, with one page open (a lab in a given state), to a PNG. */
public final class ShellSnapshot {
    private ShellSnapshot() {
    }

    /**
     * What to render.
     *
     * @param params lab parameters as {@code LabSpecParser} reads them (empty: the lab's defaults)
     * @param step   the step to show (−1: the overview), or null to leave it as the parameters say
     */
    public record Request(String pageId, Theme theme, double fontSize, int width, int height,
                          Map<String, Object> params, Integer step) {
        public Request(String pageId, Theme theme, double fontSize, int width, int height) {
            this(pageId, theme, fontSize, width, height, Map.of(), null);
        }
    }

    /**
     * Renders and writes the PNG. Throws IllegalArgumentException for an unknown page, parameters
     * for a page that is not a lab, or a step the lab does not have; a bad parameter throws
     * {@code LabParamException} (an IllegalArgumentException) naming the key.
     */
    public static void render(Request req, Path out) throws IOException {
        Snapshots.startHeadless();
        Scene scene = Snapshots.onFx(() -> {
            Workbench bench = Workbench.create();
            if (!bench.model().open(req.pageId())) {
                throw new IllegalArgumentException("no page \"" + req.pageId() + "\"; pages are: "
                        + String.join(", ", bench.model().pages().stream().map(p -> p.id()).toList()));
            }
            Lab lab = bench.lab(req.pageId()).orElse(null);
            if (lab == null && (!req.params().isEmpty() || req.step() != null)) {
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
            bench.model().themeProperty().set(req.theme());
            bench.model().fontSizeProperty().set(req.fontSize());
            Scene s = new Scene(bench.shell().view(), req.width(), req.height());
            bench.shell().attach(s);
            Snapshots.capture(s); // first layout; canvases paint as they get their size
            return s;
        });
        // a second pass, after the FX events the first one queued (coalesced repaints)
        WritableImage image = Snapshots.onFx(() -> Snapshots.capture(scene));
        Snapshots.writePng(image, out);
    }
}
