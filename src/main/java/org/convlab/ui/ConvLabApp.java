package org.convlab.ui;

import java.io.IOException;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.convlab.lesson.progress.ProgressStore;
import org.convlab.storage.ProjectDirs;
import org.convlab.storage.Settings;
import org.convlab.storage.SettingsStore;
import org.convlab.storage.UserDirs;
import org.convlab.ui.lesson.MathRenderer;
import org.convlab.ui.shell.ErrorReporter;
import org.convlab.ui.shell.Shell;
import org.convlab.ui.shell.ShellModel;

/** The desktop app: one window with the shell, settings restored at start and saved at close. */
public final class ConvLabApp extends Application {
    private SettingsStore store;
    private Settings settings;
    private ShellModel model;
    private Stage stage;
    private ErrorReporter errors;
    private Workbench bench;

    @Override
    public void start(Stage primaryStage) {
        errors = new ErrorReporter(UserDirs.appDir().resolve("logs"), true);
        errors.install();
        this.stage = primaryStage;
        store = SettingsStore.forUser();
        SettingsStore.Loaded loaded = store.load();
        settings = loaded.settings();

        MathRenderer.warmUp();
        bench = Workbench.create(ProjectDirs.lessons(), ProgressStore.forUser(), url -> getHostServices().showDocument(url));
        model = bench.model();
        model.applySettings(settings);
        if (loaded.problem() != null) {
            model.addNotice(loaded.problem());
        }
        Shell shell = bench.shell();

        Scene scene = new Scene(shell.view(), settings.windowWidth(), settings.windowHeight());
        shell.attach(scene);
        stage.setScene(scene);
        stage.setTitle("ConvLab");
        placeWindow(stage, settings);
        stage.show();
    }

    /** The shell's model, for tests that drive the running app. */
    ShellModel model() {
        return model;
    }

    ErrorReporter errors() {
        return errors;
    }

    Stage stage() {
        return stage;
    }

    @Override
    public void stop() {
        saveSettings();
        if (bench != null) {
            bench.close();
        }
    }

    private void saveSettings() {
        if (stage == null || model == null) {
            return;
        }
        boolean max = stage.isMaximized();
        Settings s = model.toSettings(settings);
        if (!max && !stage.isFullScreen()) {
            s = s.withWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        } else {
            s = s.withWindow(s.windowX(), s.windowY(), s.windowWidth(), s.windowHeight(), max);
        }
        try {
            store.save(s);
        } catch (IOException e) {
            System.err.println("ConvLab: could not save settings to " + store.file() + ": " + e.getMessage());
        }
    }

    /** Puts the window where it was, unless that place is no longer on any screen. */
    static void placeWindow(Stage stage, Settings s) {
        if (!Double.isNaN(s.windowX())
                && !Screen.getScreensForRectangle(s.windowX(), s.windowY(), Math.min(s.windowWidth(), 100), 40).isEmpty()) {
            stage.setX(s.windowX());
            stage.setY(s.windowY());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(s.maximized());
    }
}
