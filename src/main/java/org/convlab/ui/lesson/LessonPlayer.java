package org.convlab.ui.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.convlab.lesson.LessonWatcher;
import org.convlab.lesson.ParseResult;
import org.convlab.lesson.exercise.ExerciseInstance;
import org.convlab.lesson.lab.LabState;
import org.convlab.lesson.Segment;
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
    private final BooleanProperty textShown = new SimpleBooleanProperty(true);
    private final SplitPane split = new SplitPane();
    private final StackPane body = new StackPane();
    private final VBox root = new VBox();
    private final Label loading = new Label("Reading the lesson…");
    private boolean narrow;
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
        this.narrative = new NarrativeView(model, rich, new Host(), context.notice(), header);
        this.stepBar = new StepBar(model, rich, textShown);
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
        SplitPane.setResizableWithParent(narrative.view(), false);
        split.getStyleClass().add(LessonStyles.SPLIT);
        body.setMinSize(0, 0);
        VBox.setVgrow(body, Priority.ALWAYS);
        loading.getStyleClass().add(LessonStyles.LOADING);
        body.getChildren().setAll(loading);
        stepBar.view().setVisible(false);
        stepBar.view().managedProperty().bind(stepBar.view().visibleProperty());
        root.getChildren().setAll(stepBar.view(), body);
    }

    private void init() {
        model.resultProperty().addListener((o, a, r) -> show(r));
        model.targetProperty().addListener((o, a, t) -> {
            stage.show(t);
            if (narrow && !loadingResult && t != null) {
                textShown.set(false); // one pane at a time: stepping shows the lab
            }
            if (t != null && t.step() >= 0) {
                narrative.revealStep(t.step());
            }
        });
        model.progressChangesProperty().addListener((o, a, b) -> progressChanged());
        textShown.addListener((o, a, shown) -> {
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

    /** Below this width (in em) text and lab take turns instead of standing side by side. */
    static final double SIDE_BY_SIDE_EM = 58;

    /** True when text and lab take turns (a narrow window, or very large text). */
    public boolean isNarrow() {
        return narrow;
    }

    /** True when the text column is on screen, for tests. */
    boolean narrativeShown() {
        return narrative.view().getScene() != null;
    }

    /** True when the lab is on screen, for tests. */
    boolean stageShown() {
        return stage.view().getScene() != null;
    }

    /** Whether the text column is shown (side by side: beside the lab; narrow: instead of it). */
    public BooleanProperty textShownProperty() {
        return textShown;
    }

    /**
     * Puts text and lab where they belong: side by side (the text about 40% of the width, between
     * 20 and 36 em, the lab the rest) when the page is at least {@value #SIDE_BY_SIDE_EM} em wide,
     * else one at a time; the text alone when the lesson could not be read at all.
     */
    private void arrange() {
        if (model.resultProperty().get() == null) {
            return;
        }
        double em = stepBar.fontProperty().get().getSize();
        double w = root.getWidth();
        if (w > 0) {
            boolean wasNarrow = narrow;
            narrow = w < SIDE_BY_SIDE_EM * em;
            if (wasNarrow && !narrow && !textShown.get()) {
                textShown.set(true); // room for both again (this arranges anew)
                return;
            }
        }
        Node text = narrative.view();
        Node lab = stage.view();
        if (model.lesson() == null || model.lesson().labs().isEmpty()) {
            setBody(text); // nothing to show beside the text
            return;
        }
        if (narrow) {
            split.getItems().clear();
            setBody(textShown.get() ? text : lab);
            return;
        }
        List<Node> items = textShown.get() ? List.of(text, lab) : List.of(lab);
        if (!split.getItems().equals(items)) {
            body.getChildren().remove(text);
            body.getChildren().remove(lab);
            split.getItems().setAll(items);
        }
        setBody(split);
        if (textShown.get() && w > 0) {
            double want = Math.max(20 * em, Math.min(36 * em, 0.4 * w));
            split.setDividerPositions(Math.min(0.7, want / w));
        }
    }

    private void setBody(Node n) {
        if (body.getChildren().size() != 1 || body.getChildren().getFirst() != n) {
            if (n != split) {
                split.getItems().remove(n);
            }
            body.getChildren().setAll(n);
        }
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
            watcher = LessonWatcher.start(file, () -> {
                ParseResult r = context.parser().parse(file);
                Platform.runLater(() -> load(r));
            });
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

    // --- exercises and the lab

    private final class Host implements ExerciseView.Host {
        @Override
        public void showSetup(ExerciseModel exercise) {
            ExerciseInstance i = exercise.instance();
            if (i.lab() != null) {
                model.showFree(target(exercise, i.lab(), "setup", org.convlab.lesson.text.RichText.EMPTY, false));
            }
        }

        @Override
        public void reveal(ExerciseModel exercise) {
            ExerciseInstance i = exercise.instance();
            if (i.reveal() != null) {
                model.showFree(target(exercise, i.reveal(), "the answer", i.revealCaption(), true));
            }
        }

        @Override
        public void bringIntoView(Node from, Node to) {
            Platform.runLater(() -> narrative.bringIntoView(from, to));
        }

        private StageTarget target(ExerciseModel exercise, LabState state, String what,
                                   org.convlab.lesson.text.RichText caption, boolean play) {
            int pageLab = exercise.exercise().pageLab();
            Segment.LabBlock block = pageLab >= 0 ? model.labBlock(pageLab) : null;
            String key = pageLab >= 0 ? StageTarget.labKey(pageLab) : StageTarget.exerciseKey(exercise.exercise().id());
            return new StageTarget(key, state.lab(), state, block == null ? java.util.Set.of() : block.locked(), -1,
                    "Exercise " + (exerciseNumber(exercise) + 1) + " · " + what, caption, play);
        }

        private int exerciseNumber(ExerciseModel exercise) {
            return model.lesson().exercises().indexOf(exercise.exercise());
        }
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
