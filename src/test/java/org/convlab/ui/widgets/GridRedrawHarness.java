package org.convlab.ui.widgets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.convlab.ui.lab.conv2d.Conv2dLab;
import org.convlab.ui.snapshot.Snapshots;
import org.convlab.ui.theme.Theme;

/**
 * Not a test: measures how long a tensor grid takes to repaint while a 3×3 window steps over a
 * 64×64 input (the 60 fps budget is 16.7 ms a frame), and how long a whole step of the 2D lab
 * takes with such an input. Run after {@code mvn test-compile}:
 * <pre>
 * java --module-path target/lib/javafx --add-modules ALL-MODULE-PATH \
 *   -cp "target/test-classes:target/classes:target/lib/classpath/*" org.convlab.ui.widgets.GridRedrawHarness
 * </pre>
 */
public final class GridRedrawHarness {
    private GridRedrawHarness() {
    }

    public static void main(String[] args) {
        Snapshots.startHeadless();
        Snapshots.onFx(() -> {
            javafx.application.Application.setUserAgentStylesheet(Theme.LIGHT.userAgentStylesheet());
            return null;
        });
        System.out.println(Snapshots.onFx(() -> grid(64, 1, TensorGrid.Mode.AUTO, "64×64 heat map, pad 1, window step")));
        System.out.println(Snapshots.onFx(() -> grid(16, 1, TensorGrid.Mode.AUTO, "16×16 numbers, pad 1, window step")));
        System.out.println(Snapshots.onFx(() -> grid(64, 1, TensorGrid.Mode.NUMBERS, "64×64 forced numbers, window step")));
        System.out.println(lab());
        System.out.println(playing());
        System.exit(0);
    }

    private static String grid(int n, int pad, TensorGrid.Mode mode, String what) {
        SplittableRandom rnd = new SplittableRandom(1);
        float[] v = new float[n * n];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) rnd.nextDouble(-1, 1);
        }
        TensorGrid g = new TensorGrid();
        g.setMode(mode);
        g.setValues(v, n, n);
        g.setPadding(pad, pad, pad, pad);
        StackPane root = new StackPane(g);
        Scene scene = new Scene(root, 1600, 1400);
        scene.getStylesheets().add(Theme.APP_STYLESHEET);
        root.applyCss();
        root.layout();
        g.paintIfDirty();
        long first = g.lastPaintNanos();
        List<Long> times = new ArrayList<>();
        int side = n + 2 * pad - 2;
        for (int oy = 0; oy < side; oy++) {
            for (int ox = 0; ox < side; ox++) {
                List<Cell> window = new ArrayList<>(9);
                for (int ky = 0; ky < 3; ky++) {
                    for (int kx = 0; kx < 3; kx++) {
                        window.add(new Cell(oy - pad + ky, ox - pad + kx));
                    }
                }
                g.setEmphasis(TensorGrid.Emphasis.WINDOW, window);
                g.paintIfDirty();
                times.add(g.lastPaintNanos());
            }
        }
        return String.format(Locale.ROOT, "%-40s first paint %.2f ms; %s", what, first / 1e6, stats(times));
    }

    private static String lab() {
        Conv2dLab lab = Snapshots.onFx(() -> {
            Conv2dLab l = new Conv2dLab();
            l.apply(Map.of("input", "random", "input_size", 64, "padding", 1, "kernel", "gaussian"));
            Scene scene = new Scene((javafx.scene.Parent) l.view(), 1920, 1080);
            scene.getStylesheets().add(Theme.APP_STYLESHEET);
            Snapshots.capture(scene);
            return l;
        });
        List<Long> times = new ArrayList<>();
        int steps = lab.player().count();
        for (int i = 0; i < Math.min(steps, 1500); i++) {
            int step = i;
            long t0 = Snapshots.onFx(() -> {
                long t = System.nanoTime();
                lab.player().jumpTo(step);
                return t;
            });
            // runs after the repaints the step queued
            long t1 = Snapshots.onFx(System::nanoTime);
            times.add(t1 - t0);
        }
        return String.format(Locale.ROOT, "%-40s %s", "conv2d lab, 64×64 input, one step", stats(times));
    }

    /**
     * The lab on a shown stage (the Headless platform renders with the software pipeline),
     * playing at 60 steps a second for 3 s: counts the frames drawn and the longest gap.
     */
    private static String playing() {
        long[] frames = {0, 0, 0}; // count, last time, longest gap
        Conv2dLab lab = Snapshots.onFx(() -> {
            Conv2dLab l = new Conv2dLab();
            l.apply(Map.of("input", "random", "input_size", 64, "padding", 1, "kernel", "gaussian"));
            javafx.stage.Stage stage = new javafx.stage.Stage();
            Scene scene = new Scene((javafx.scene.Parent) l.view(), 1280, 800);
            scene.getStylesheets().add(Theme.APP_STYLESHEET);
            stage.setScene(scene);
            stage.show();
            new javafx.animation.AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (frames[1] > 0) {
                        frames[2] = Math.max(frames[2], now - frames[1]);
                    }
                    frames[1] = now;
                    frames[0]++;
                }
            }.start();
            return l;
        });
        sleep(1000);
        int start = Snapshots.onFx(() -> {
            lab.player().stepMillisProperty().set(1000.0 / 60);
            lab.player().jumpTo(0);
            lab.player().play();
            frames[0] = 0;
            frames[2] = 0;
            return lab.player().index();
        });
        sleep(3000);
        int end = Snapshots.onFx(() -> {
            lab.player().pause();
            return lab.player().index();
        });
        return String.format(Locale.ROOT, "%-40s %d frames in 3 s (%.1f fps), longest gap %.1f ms, %d steps played",
                "conv2d lab playing at 60 steps/s", frames[0], frames[0] / 3.0, frames[2] / 1e6, end - start);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String stats(List<Long> nanos) {
        long[] t = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        double mean = Arrays.stream(t).average().orElse(0) / 1e6;
        return String.format(Locale.ROOT, "n=%d mean %.3f ms, median %.3f ms, p95 %.3f ms, max %.3f ms",
                t.length, mean, t[t.length / 2] / 1e6, t[(int) (t.length * 0.95)] / 1e6, t[t.length - 1] / 1e6);
    }
}
