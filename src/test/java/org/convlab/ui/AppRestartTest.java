package org.convlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.convlab.storage.UserDirs;
import org.convlab.ui.theme.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real app twice: what the user set in the first run is there in the second. */
@Tag("ui")
class AppRestartTest {
    @TempDir
    Path userDir;

    private String previousUserDir;

    @BeforeEach
    void useTempUserDir() throws TimeoutException {
        previousUserDir = System.getProperty(UserDirs.OVERRIDE_PROPERTY);
        System.setProperty(UserDirs.OVERRIDE_PROPERTY, userDir.toString());
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void restoreUserDir() {
        if (previousUserDir == null) {
            System.clearProperty(UserDirs.OVERRIDE_PROPERTY);
        } else {
            System.setProperty(UserDirs.OVERRIDE_PROPERTY, previousUserDir);
        }
    }

    @Test
    void themeFontAndWindowSurviveARestart() throws Exception {
        ConvLabApp first = (ConvLabApp) FxToolkit.setupApplication(ConvLabApp.class);
        FxRobot robot = new FxRobot();
        robot.clickOn("#theme-toggle").clickOn("#font-bigger").clickOn("#font-bigger").clickOn("#font-bigger");
        robot.interact(() -> {
            Stage stage = first.stage();
            stage.setWidth(1111);
            stage.setHeight(777);
        });
        FxToolkit.cleanupApplication(first); // calls stop(), which saves
        robot.interact(() -> first.stage().hide());
        assertTrue(Files.exists(userDir.resolve("settings.json")));

        ConvLabApp second = (ConvLabApp) FxToolkit.setupApplication(ConvLabApp.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Theme.DARK, second.model().themeProperty().get());
        assertEquals(22.0, second.model().fontSizeProperty().get());
        assertEquals(1111.0, second.stage().getWidth(), 1.0);
        assertEquals(777.0, second.stage().getHeight(), 1.0);
        FxToolkit.cleanupApplication(second);
        robot.interact(() -> second.stage().hide());
    }

    @Test
    void aDamagedSettingsFileGivesDefaultsAndANotice() throws Exception {
        Files.writeString(userDir.resolve("settings.json"), "{\"theme\": \"dark\", \"fontSize\": ");
        ConvLabApp app = (ConvLabApp) FxToolkit.setupApplication(ConvLabApp.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Theme.LIGHT, app.model().themeProperty().get());
        String notice = app.model().noticeProperty().get();
        assertTrue(notice.contains("damaged") && notice.contains("settings.json"), notice);
        try (var files = Files.list(userDir)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("settings.json.corrupt-")),
                    "the damaged file is kept aside");
        }
        FxToolkit.cleanupApplication(app);
        new FxRobot().interact(() -> app.stage().hide());
    }

    @Test
    void anUncaughtErrorOnTheFxThreadIsReportedAndTheAppKeepsRunning() throws Exception {
        ConvLabApp app = (ConvLabApp) FxToolkit.setupApplication(ConvLabApp.class);
        FxRobot robot = new FxRobot();
        int before = app.errors().reportedCount();
        Platform.runLater(() -> {
            throw new IllegalStateException("a lab broke");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 1, app.errors().reportedCount());
        assertTrue(Files.readString(app.errors().logFile()).contains("a lab broke"));
        robot.clickOn("#theme-toggle");
        assertEquals(Theme.DARK, app.model().themeProperty().get());
        FxToolkit.cleanupApplication(app);
        robot.interact(() -> {
            app.stage().hide();
            new java.util.ArrayList<>(javafx.stage.Window.getWindows()).forEach(javafx.stage.Window::hide);
        });
    }
}
