package org.convlab.ui.snapshot;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.convlab.storage.AtomicFiles;

/**
 * Renders views to PNG without a display, on JavaFX's own Headless glass platform.
 * Used by the snapshot command and by tests that look at what a person would see.
 */
public final class Snapshots {
    private static volatile boolean started;

    private Snapshots() {
    }

    /**
     * Starts the JavaFX toolkit headless if it is not running yet. Must be called before any
     * other JavaFX use in the process; inside the app or TestFX it does nothing.
     */
    public static synchronized void startHeadless() {
        if (started) {
            return;
        }
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            System.setProperty("java.awt.headless", "true");
        }
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
            Platform.setImplicitExit(false);
            await(ready);
        } catch (IllegalStateException alreadyRunning) {
            // The toolkit was started elsewhere (the app, TestFX): use it.
        }
        started = true;
    }

    /** Runs {@code task} on the FX thread and waits for its result. */
    public static <T> T onFx(Supplier<T> task) {
        if (Platform.isFxApplicationThread()) {
            return task.get();
        }
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(task.get());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        try {
            return f.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering", e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("rendering took more than 60 s", e);
        }
    }

    /** Lays out {@code scene} (already holding its root) and takes a picture of it. Call on the FX thread. */
    public static WritableImage capture(Scene scene) {
        Parent root = scene.getRoot();
        root.applyCss();
        root.layout();
        // A scroll pane caches its viewport as a bitmap, and in a scene without a window that cache
        // is not redrawn when the pane scrolls: snapshots would show it unscrolled.
        root.lookupAll(".viewport").forEach(n -> n.setCache(false));
        return scene.snapshot(null);
    }

    /** Writes an image as PNG, atomically. */
    public static void writePng(WritableImage image, Path file) throws IOException {
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(buffered, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("JavaFX did not start within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting JavaFX", e);
        }
    }
}
