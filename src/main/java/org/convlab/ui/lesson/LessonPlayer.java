package org.convlab.ui.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.convlab.lesson.LessonWatcher;
import org.convlab.lesson.ParseResult;
import org.convlab.ui.lab.Lab;

/**
 * A lesson page: the text column on the left (narrative, step cards, exercises, problems in
 * place) and the stage on the right (the step bar and the current lab), side by side with a
 * divider the presenter can drag or a switch that hides the text. Page Down / Page Up (a
 * presenter's clicker sends those) and Ctrl+→ / Ctrl+← step through the lesson; the lab keeps
 * its own arrow keys. While the page is shown, the lesson file is watched: a save reloads it
 * within about a second, at the same step, with any problems shown in place.
 */
public final class LessonPlayer {
    private final Path file;
    private final LessonContext context;
    private final Consumer<ParseResult> parsed;
    private final LessonPlayerModel model;
    private final RichTextView rich;
    private final LabStage stage = new LabStage();
    private final StepBar stepBar;
    private final LessonHeader header;
    private final NarrativeView narrative;
    private final PlayerLayout layout;
    private final VBox root = new VBox();
    private final Label loading = new Label("Reading the lesson…");
    private boolean loadingResult;
    private final javafx.event.EventHandler<KeyEvent> keys = this::key;
    private javafx.scene.Scene keysOn;
    private LessonWatcher watcher;
    private long loadedStamp;
    private boolean active;
    private boolean closed;

    /**
     * @param parsed told about every parse of the file (the catalog updates the sidebar from it)
     */
    public LessonPlayer(Path file, LessonContext context, Consumer<ParseResult> parsed) {
        this.file = file;
        this.context = context;
        this.parsed = parsed;
        this.model = new LessonPlayerModel(context.store(), context.notice());
        this.rich = new RichTextView(context.openLink());
        this.header = new LessonHeader(rich, this::resetProgress);
        StageHost host = new StageHost(model);
        this.narrative = new NarrativeView(model, rich, host, context.notice(), header);
        host.scrollWith(narrative);
        this.stepBar = new StepBar(model, rich);
        this.layout = new PlayerLayout(narrative.view(), stage.view(), () -> stepBar.fontProperty().get().getSize());
        stepBar.bindTextSwitch(layout.textShownProperty());
        createView();
        init();
    }

    public Node view() {
        return root;
    }

    public LessonPlayerModel model() {
        return model;
    }

    public Path file() {
        return file;
    }

    /** The stage, for tests: which lab is shown, in which state. */
    public LabStage stage() {
        return stage;
    }

    /** The exercise cards by exercise id, for tests. */
    Map<String, ExerciseView> exercises() {
        return narrative.exercises();
    }

    private void createView() {
        root.getStyleClass().add(LessonStyles.PAGE);
        root.getStylesheets().add(LessonStyles.STYLESHEET);
        root.setFocusTraversable(true);
        root.setId("lesson-page");
        stage.view().getStyleClass().add(LessonStyles.STAGE);
        narrative.view().setMinWidth(0);
        VBox.setVgrow(layout.view(), Priority.ALWAYS);
        loading.getStyleClass().add(LessonStyles.LOADING);
        layout.showOnly(loading);
        stepBar.view().setVisible(false);
        stepBar.view().managedProperty().bind(stepBar.view().visibleProperty());
        root.getChildren().setAll(stepBar.view(), layout.view());
    }

    private void init() {
        model.resultProperty().addListener((o, a, r) -> show(r));
        model.targetProperty().addListener((o, a, t) -> {
            stage.show(t);
            if (layout.isNarrow() && !loadingResult && t != null) {
                layout.textShownProperty().set(false); // one pane at a time: stepping shows the lab
            }
            if (t != null && t.step() >= 0) {
                narrative.revealStep(t.step());
            }
        });
        model.progressChangesProperty().addListener((o, a, b) -> progressChanged());
        layout.textShownProperty().addListener((o, a, shown) -> {
            arrange();
            if (shown && model.step() >= 0) {
                Platform.runLater(() -> narrative.revealStep(model.step()));
            }
        });
        root.widthProperty().addListener((o, a, b) -> arrange());
        stepBar.fontProperty().addListener((o, a, b) -> arrange());
        // Stepping keys work wherever the focus is (the sidebar, the header) while this page is shown.
        root.sceneProperty().addListener((o, was, now) -> listenForKeys());
        root.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (!e.isConsumed() && e.getTarget() instanceof Node n && !n.isFocusTraversable()
                    && !(n instanceof TextInputControl) && insideNarrative(n)) {
                root.requestFocus();
            }
        });
    }

    private void arrange() {
        if (model.resultProperty().get() != null) {
            layout.arrange(root.getWidth(), model.lesson() != null && !model.lesson().labs().isEmpty());
        }
    }

    /** True when text and lab take turns (a narrow window, or very large text). */
    public boolean isNarrow() {
        return layout.isNarrow();
    }

    /** Whether the text column is shown (side by side: beside the lab; narrow: instead of it). */
    public BooleanProperty textShownProperty() {
        return layout.textShownProperty();
    }

    /** True when the text column is on screen, for tests. */
    boolean narrativeShown() {
        return narrative.view().getScene() != null;
    }

    /** True when the lab is on screen, for tests. */
    boolean stageShown() {
        return stage.view().getScene() != null;
    }

    private boolean insideNarrative(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == narrative.view()) {
                return true;
            }
        }
        return false;
    }

    private void listenForKeys() {
        javafx.scene.Scene want = active && !closed ? root.getScene() : null;
        if (keysOn != want) {
            if (keysOn != null) {
                keysOn.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (want != null) {
                want.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            keysOn = want;
        }
    }

    private void key(KeyEvent e) {
        boolean inText = e.getTarget() instanceof TextInputControl;
        boolean ctrl = e.isControlDown() || e.isShortcutDown();
        KeyCode k = e.getCode();
        if (k == KeyCode.PAGE_DOWN && !ctrl || ctrl && k == KeyCode.RIGHT && !inText) {
            model.next();
            e.consume();
        } else if (k == KeyCode.PAGE_UP && !ctrl || ctrl && k == KeyCode.LEFT && !inText) {
            model.previous();
            e.consume();
        }
    }

    // --- loading and reloading

    /** Shows a parse of the file (on the FX thread). */
    public void load(ParseResult r) {
        if (closed) {
            return;
        }
        loadedStamp = stamp();
        loadingResult = true;
        try {
            model.load(r);
        } finally {
            loadingResult = false;
        }
        parsed.accept(r);
    }

    private void show(ParseResult r) {
        narrative.render(r);
        header.showProgress(mark());
        stepBar.view().setVisible(r.lesson() != null && !(r.lesson().labs().isEmpty() && r.lesson().steps().isEmpty()));
        stepBar.setTextSwitchShown(r.lesson() != null && !r.lesson().labs().isEmpty());
        arrange();
    }

    /** Parses the file again in the background and shows it. */
    public void reload() {
        context.background().execute(() -> {
            ParseResult r = context.parser().parse(file);
            Platform.runLater(() -> load(r));
        });
    }

    /** The page is shown (watch the file; catch up on changes made meanwhile) or hidden (stop watching). */
    public void setActive(boolean on) {
        if (on == active || closed) {
            return;
        }
        active = on;
        listenForKeys();
        if (on) {
            // a change on disk reloads as the refresh button does: parsed on the one background
            // thread, so two quick saves are read and shown in order
            watcher = LessonWatcher.start(file, this::reload);
            if (model.resultProperty().get() != null && stamp() != loadedStamp) {
                reload();
            }
            Platform.runLater(root::requestFocus);
        } else {
            stopWatching();
        }
    }

    public boolean isWatching() {
        return watcher != null;
    }

    /** Stops watching for good (the page was removed, or the app is closing). */
    public void close() {
        closed = true;
        active = false;
        listenForKeys();
        stopWatching();
    }

    private void stopWatching() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
    }

    private long stamp() {
        try {
            return Files.getLastModifiedTime(file).toMillis() * 31 + Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    // --- progress

    private ProgressMark mark() {
        return model.lesson() == null ? new ProgressMark(0, 0, false)
                : ProgressMark.of(model.lesson(), context.store().progress().lesson(model.lesson().id()));
    }

    private void progressChanged() {
        header.showProgress(mark());
        if (model.resultProperty().get() != null) {
            parsed.accept(model.resultProperty().get());
        }
    }

    private void resetProgress() {
        if (model.lesson() == null) {
            return;
        }
        try {
            context.store().reset(model.lesson().id());
        } catch (IOException e) {
            context.notice().accept("Your progress could not be reset: " + e.getMessage());
        }
        narrative.render(model.resultProperty().get());
        model.goTo(-1);
        model.progressChanged();
    }

    /** Scrolls the text so the current step's card is in view (after the page was first laid out). */
    public void revealCurrentStep() {
        if (model.step() >= 0) {
            narrative.revealStep(model.step());
        }
    }

    /** Scrolls the text so {@code node} is in view (tests click what a student would scroll to). */
    void scrollIntoView(Node node) {
        narrative.reveal(node);
    }

    StepBar stepBar() {
        return stepBar;
    }

    /** The lab shown now, for tests. */
    public Lab currentLab() {
        return stage.current();
    }
}
