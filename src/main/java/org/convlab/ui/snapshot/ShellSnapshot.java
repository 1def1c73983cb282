package org.convlab.ui.snapshot;

import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.convlab.ui.Workbench;
import org.convlab.ui.theme.Theme;

/** Renders the whole window, with one page open, to a PNG. */
public final class ShellSnapshot {
    private ShellSnapshot() {
    }

    /** What to render. */
    public record Request(String pageId, Theme theme, double fontSize, int width, int height) {
    }

    /** Renders and writes the PNG; throws IllegalArgumentException for an unknown page. */
    public static void render(Request req, Path out) throws IOException {
        Snapshots.startHeadless();
        WritableImage image = Snapshots.onFx(() -> {
            Workbench bench = Workbench.create();
            if (!bench.model().open(req.pageId())) {
                throw new IllegalArgumentException("no page \"" + req.pageId() + "\"; pages are: "
                        + String.join(", ", bench.model().pages().stream().map(p -> p.id()).toList()));
            }
            bench.model().themeProperty().set(req.theme());
            bench.model().fontSizeProperty().set(req.fontSize());
            Scene scene = new Scene(bench.shell().view(), req.width(), req.height());
            bench.shell().attach(scene);
            return Snapshots.capture(scene);
        });
        Snapshots.writePng(image, out);
    }
}
