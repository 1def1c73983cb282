package org.convlab.ui.lesson;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import org.convlab.lesson.exercise.Feedback;
import org.convlab.lesson.progress.ProgressStore;
import org.convlab.storage.ProjectDirs;
import org.convlab.ui.Workbench;
import org.convlab.ui.snapshot.Snapshots;
import org.convlab.ui.theme.Theme;
import org.convlab.ui.widgets.Cell;

/**
 * Not a test: renders the lesson player in the states a person looks at (a step, a grid answer
 * with a wrong cell, a prediction revealed, a numeric answer with a hint, a broken lesson) in
 * both themes, at 1280×720 and 1920×1080, with 16 and 24 px text, to look at before a release.
 * Run after {@code mvn test-compile}:
 * <pre>
 * java --module-path target/lib/javafx --add-modules ALL-MODULE-PATH \
 *   -cp "target/test-classes:target/classes:target/lib/classpath/*" org.convlab.ui.lesson.LessonSnapshotHarness OUT_DIR [SCENARIO…]
 * </pre>
 */
public final class LessonSnapshotHarness {
    private record Scenario(String name, String page, List<Consumer<LessonPlayer>> actions) {
    }

    private LessonSnapshotHarness() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/lesson-snapshots");
        Files.createDirectories(out);
        List<String> only = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
        Path broken = Files.createTempDirectory("convlab-broken");
        LessonFixtures.write(broken, "01-broken", LessonFixtures.BROKEN);
        Snapshots.startHeadless();
        List<Scenario> scenarios = List.of(
                new Scenario("start", "lesson:01-convolution", List.of()),
                new Scenario("step", "lesson:02-filters", List.of(p -> p.model().goTo(2))),
                new Scenario("numeric-hint", "lesson:01-convolution", List.of(p -> numeric(p, "one-output", "99"))),
                new Scenario("grid-wrong", "lesson:02-filters", List.of(p -> gridWithOneWrongCell(p, "edge-grid"))),
                new Scenario("choice", "lesson:01-convolution", List.of(p -> choice(p, "library-name", 1))),
                new Scenario("predict", "lesson:03-padding", List.of(p -> p.model().goTo(3), p -> numeric(p, "predict-padding", "5"))),
                new Scenario("pool", "lesson:07-pooling", List.of(p -> p.model().goTo(1))),
                new Scenario("broken", "lesson:01-broken", List.of()));
        for (Scenario s : scenarios) {
            if (!only.isEmpty() && !only.contains(s.name())) {
                continue;
            }
            for (Theme theme : Theme.values()) {
                for (int[] size : new int[][] {{1280, 720}, {1920, 1080}}) {
                    for (int font : new int[] {16, 24}) {
                        Path lessons = s.name().equals("broken") ? broken : ProjectDirs.lessons();
                        Path file = out.resolve(s.name() + "-" + theme.id() + "-" + size[0] + "-" + font + ".png");
                        render(s, lessons, theme, size[0], size[1], font, file);
                        System.out.println("wrote " + file);
                    }
                }
            }
        }
        System.exit(0);
    }

    private static void render(Scenario s, Path lessons, Theme theme, int w, int h, int font, Path file) throws Exception {
        Path user = Files.createTempDirectory("convlab-user");
        Workbench bench = Snapshots.onFx(() -> Workbench.create(lessons, new ProgressStore(user.resolve("progress.json")), u -> { }));
        bench.lessonsLoaded().get(60, TimeUnit.SECONDS);
        Scene scene = Snapshots.onFx(() -> {
            bench.model().themeProperty().set(theme);
            bench.model().fontSizeProperty().set(font);
            Scene sc = new Scene(bench.shell().view(), w, h);
            bench.shell().attach(sc);
            bench.model().open(s.page());
            Snapshots.capture(sc);
            return sc;
        });
        LessonPlayer player = bench.lesson(s.page()).orElseThrow();
        Snapshots.onFx(() -> {
            player.stage().setRevealStepMillis(0);
            return null;
        });
        for (Consumer<LessonPlayer> a : s.actions()) {
            Snapshots.onFx(() -> {
                a.accept(player);
                Snapshots.capture(scene);
                return null;
            });
            Thread.sleep(300); // animations (a reveal) run on the pulse
        }
        Snapshots.onFx(() -> Snapshots.capture(scene));
        Thread.sleep(100);
        Snapshots.onFx(() -> {
            Snapshots.capture(scene);
            return null;
        });
        Snapshots.writePng(Snapshots.onFx(() -> Snapshots.capture(scene)), file);
        Snapshots.onFx(() -> {
            bench.close();
            return null;
        });
    }

    private static void numeric(LessonPlayer p, String id, String typed) {
        ExerciseView v = p.exercises().get(id);
        TextField field = (TextField) v.view().lookup(".answer-field");
        p.scrollIntoView(v.view());
        field.setText(typed);
        ((Button) v.view().lookup(".check-button")).fire();
    }

    private static void choice(LessonPlayer p, String id, int option) {
        ExerciseView v = p.exercises().get(id);
        p.scrollIntoView(v.view());
        ((javafx.scene.control.RadioButton) v.view().lookup("#option-" + id + "-" + option)).setSelected(true);
        ((Button) v.view().lookup(".check-button")).fire();
    }

    /** Answers blank first to learn the right values (the feedback's traces carry them), then all right but one. */
    private static void gridWithOneWrongCell(LessonPlayer p, String id) {
        ExerciseView v = p.exercises().get(id);
        Feedback blank = v.model().answerGrid(new String[v.model().instance().gridRows()][v.model().instance().gridColumns()]);
        List<Feedback.CellResult> cells = new ArrayList<>(blank.cells());
        for (int i = 0; i < cells.size(); i++) {
            Feedback.CellResult c = cells.get(i);
            float right = (float) c.why().value();
            v.answerGrid().typed(new Cell(c.row(), c.col()), i == cells.size() - 2 ? right + 1 : right);
        }
        p.scrollIntoView(v.view());
        ((Button) v.view().lookup(".check-button")).fire();
    }
}
