package org.convlab.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.convlab.lesson.LessonParser;
import org.convlab.lesson.progress.ProgressStore;
import org.convlab.storage.ProjectDirs;
import org.convlab.ui.lab.Lab;
import org.convlab.ui.lab.LabPage;
import org.convlab.ui.lesson.LessonCatalog;
import org.convlab.ui.lesson.LessonPlayer;
import org.convlab.ui.shell.HomePage;
import org.convlab.ui.shell.Shell;
import org.convlab.ui.shell.ShellModel;

/**
 * The shell with every page of this build: what the app window, snapshots and tests all show.
 * Labs come from {@link Pages}; lessons from the lessons folder, one page each, read in the
 * background ({@link #lessonsLoaded()}), with the student's progress.
 */
public final class Workbench implements AutoCloseable {
    private final ShellModel model;
    private final Shell shell;
    private final List<LabPage> labs;
    private final LessonCatalog lessons;

    private Workbench(ShellModel model, Shell shell, List<LabPage> labs, LessonCatalog lessons) {
        this.model = model;
        this.shell = shell;
        this.labs = labs;
        this.lessons = lessons;
    }

    /** The project's lessons with the user's progress, links not opened. Call on the FX thread. */
    public static Workbench create() {
        return create(ProjectDirs.lessons(), ProgressStore.forUser(), url -> { });
    }

    /**
     * Builds the model and shell with the home page open; lessons are those in {@code lessonsDir}
     * and progress goes to {@code progress} (loaded here; a damaged file becomes a notice).
     * {@code openLink} opens a lesson's link in the browser. Call on the FX thread.
     */
    public static Workbench create(Path lessonsDir, ProgressStore progress, Consumer<String> openLink) {
        ShellModel model = new ShellModel();
        model.pages().add(HomePage.page(model));
        List<LabPage> labs = Pages.labs();
        labs.forEach(l -> model.pages().add(l.page()));
        String problem = progress.load();
        if (problem != null) {
            model.addNotice(problem);
        }
        LessonCatalog lessons = new LessonCatalog(lessonsDir, model, progress, new LessonParser(ProjectDirs.assets()), openLink);
        lessons.scan();
        Shell shell = new Shell(model);
        model.open(HomePage.ID);
        return new Workbench(model, shell, labs, lessons);
    }

    public ShellModel model() {
        return model;
    }

    public Shell shell() {
        return shell;
    }

    public LessonCatalog lessons() {
        return lessons;
    }

    /** Completes when the lessons found at start are read and listed (the sidebar shows their titles). */
    public java.util.concurrent.CompletableFuture<Void> lessonsLoaded() {
        return lessons.loaded();
    }

    /** The lab instance behind a lab page (made if its page was never opened); empty for other ids. */
    public Optional<Lab> lab(String id) {
        return labs.stream().filter(l -> l.id().equals(id)).findFirst().map(LabPage::lab);
    }

    /** The player behind a lesson page (made if it was never opened); empty for other ids. */
    public Optional<LessonPlayer> lesson(String pageId) {
        return lessons.player(pageId);
    }

    /** Stops the lesson watchers and background work (the app is closing). */
    @Override
    public void close() {
        lessons.close();
    }
}
