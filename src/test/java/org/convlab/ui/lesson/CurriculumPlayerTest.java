package org.convlab.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.convlab.lesson.Segment;
import org.convlab.storage.ProjectDirs;
import org.convlab.ui.Workbench;
import org.convlab.ui.lab.Lab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every lesson of the curriculum opens without problems and can be stepped through from the
 * first step to the last with Page Down, each step putting its lab exactly in the step's state;
 * every formula in it can be drawn; and no error escapes to the FX thread's handler.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CurriculumPlayerTest {
    private Workbench bench;
    private String oldUserDir;
    private Path userDir;
    private final List<Throwable> escaped = new ArrayList<>();
    private Thread.UncaughtExceptionHandler oldHandler;

    @Start
    void start(Stage stage) throws Exception {
        userDir = Files.createTempDirectory("convlab-user");
        oldUserDir = LessonFixtures.useUserDir(userDir);
        oldHandler = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> escaped.add(e));
        bench = LessonFixtures.show(stage, ProjectDirs.lessons());
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> {
            bench.close();
            Thread.currentThread().setUncaughtExceptionHandler(oldHandler);
        });
        LessonFixtures.restoreUserDir(oldUserDir);
        LessonFixtures.delete(userDir);
    }

    @Test
    void everyLessonStepsThroughAllItsStepsWithoutErrors(FxRobot robot) throws Exception {
        bench.lessonsLoaded().get(60, TimeUnit.SECONDS);
        List<String> pages = bench.lessons().pageIds();
        assertEquals(7, pages.size(), pages.toString());
        for (String page : pages) {
            LessonPlayer player = LessonFixtures.open(robot, bench, page);
            assertTrue(player.model().resultProperty().get().problems().isEmpty(), page + ": "
                    + player.model().resultProperty().get().problems());
            int steps = player.model().stepCount();
            assertTrue(steps > 0, page);
            for (int n = 0; n < steps; n++) {
                robot.type(KeyCode.PAGE_DOWN);
                assertEquals(n, player.model().step(), page);
                Segment.StepBlock step = player.model().lesson().steps().get(n);
                Lab lab = player.currentLab();
                if (lab != null) { // a lab this build lacks says so in place
                    assertEquals(step.state().lab(), lab.id(), page + " step " + n);
                    assertEquals(step.state().traceStep(), lab.player().index(), page + " step " + n);
                } else {
                    assertTrue(robot.lookup(".no-lab").tryQuery().isPresent(), page + " step " + n);
                }
                assertEquals(step.caption().plainText(), player.stepBar().captionText());
            }
            for (MathView m : robot.from(player.view()).lookup(".math-inline").queryAllAs(MathView.class)) {
                assertNull(m.error(), page + ": $" + m.tex() + "$");
                assertNotNull(m.imageView().getImage(), page + ": $" + m.tex() + "$");
            }
            for (MathView m : robot.from(player.view()).lookup(".math-display").queryAllAs(MathView.class)) {
                assertNull(m.error(), page + ": $$" + m.tex() + "$$");
            }
            assertTrue(player.exercises().values().stream().allMatch(e -> e.model().instance().usable()), page);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(escaped.isEmpty(), "errors on the FX thread: " + escaped);
    }
}
