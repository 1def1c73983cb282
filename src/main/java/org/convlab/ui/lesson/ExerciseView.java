package org.convlab.ui.lesson;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convlab.lesson.exercise.Exercise;
import org.convlab.lesson.exercise.ExerciseInstance;
import org.convlab.lesson.exercise.Feedback;
import org.convlab.lesson.progress.ExerciseProgress;
import org.convlab.lesson.text.RichText;
import org.convlab.ui.widgets.Cell;
import org.convlab.ui.widgets.EquationView;
import org.convlab.ui.widgets.Icons;
import org.convlab.ui.widgets.NumberFormats;

/**
 * An exercise card in the narrative: the prompt, the setup it is about, the answer (a number, a
 * grid, an option; a prediction is committed once and then revealed in the lab), and the
 * feedback: right or wrong with each grid cell marked, the trace of the step that produces a
 * wrong cell, one more of the author's hints per wrong answer, the attempts so far, and how the
 * right value comes about. Node id: "exercise-" + the exercise id; the parts carry style classes
 * ("answer-field", "check-button", "exercise-attempts", "feedback", "exercise-hint", …).
 */
final class ExerciseView {
    /** What an exercise asks of the page around it: its lab. */
    interface Host {
        /** Shows the exercise's setup in the lab (before a prediction). */
        void showSetup(ExerciseModel exercise);

        /** Animates the lab to what a prediction predicted. */
        void reveal(ExerciseModel exercise);

        /**
         * Scrolls the text as little as possible so the student sees from {@code from} (the answer)
         * down to {@code to} (the feedback), or as much of it as fits, from the top.
         */
        void bringIntoView(Node from, Node to);
    }

    private final ExerciseModel model;
    private final ExerciseInstance instance;
    private final RichTextView rich;
    private final Host host;
    private final VBox root = new VBox();
    private final Label attempts = new Label();
    private final Label message = new Label();
    private final VBox note = new VBox();
    private final VBox hints = new VBox();
    private final Button showHow = new Button("Show how it is computed");
    private final EquationView trace = new EquationView();
    private final VBox explanation = new VBox();
    private final VBox feedback = new VBox();
    private final Button replay = new Button("Show the answer in the lab again");
    private final boolean oneD;
    private TextField field;
    private AnswerGrid grid;
    private ToggleGroup options;
    private Button check;
    private Feedback last;
    private Node answerArea;

    ExerciseView(ExerciseModel model, RichTextView rich, Host host) {
        this.model = model;
        this.instance = model.instance();
        this.rich = rich;
        this.host = host;
        this.oneD = instance.lab() != null && instance.lab().spec() != null && instance.lab().spec().conv() != null
                && instance.lab().spec().conv().oneD();
        createView();
        init();
    }

    Node view() {
        return root;
    }

    ExerciseModel model() {
        return model;
    }

    /** The answer grid (grid exercises only), for tests. */
    AnswerGrid answerGrid() {
        return grid;
    }

    /** The explanation lines shown (a wrong cell's trace, a rule), one string per line, for tests. */
    List<String> traceLines() {
        return trace.view().isVisible() ? trace.lineTexts() : List.of();
    }

    String traceHeading() {
        return trace.view().isVisible() ? trace.heading() : "";
    }

    private void createView() {
        Exercise e = model.exercise();
        root.setId("exercise-" + e.id());
        root.getStyleClass().addAll(LessonStyles.SEGMENT, LessonStyles.EXERCISE);
        Label kind = new Label(kindText(e.kind()));
        kind.getStyleClass().add(LessonStyles.EXERCISE_KIND);
        attempts.getStyleClass().add(LessonStyles.ATTEMPTS);
        kind.setMinWidth(Region.USE_PREF_SIZE);
        attempts.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane header = new FlowPane(Icons.on(kind, "mdi2p-pencil-outline"), attempts);
        header.getStyleClass().add(LessonStyles.EXERCISE_HEADER);
        header.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().add(header);
        if (!instance.usable()) {
            root.getChildren().add(ProblemList.of("This exercise cannot be built for your numbers", instance.problems()));
            return;
        }
        root.getChildren().add(rich.render(instance.prompt()));
        if (!model.isPrediction() && (!instance.expectsChoice() || computedOptions())) {
            Node setup = SetupPreview.of(instance.lab(), instance.gridChannel());
            if (setup != null) {
                root.getChildren().add(setup);
            }
        } else if (instance.lab() != null) {
            Button inLab = Icons.on(new Button("Show the setup in the lab"), "mdi2e-eye-outline");
            inLab.getStyleClass().add("setup-in-lab");
            inLab.setOnAction(ev -> host.showSetup(model));
            root.getChildren().add(inLab);
        }
        answerArea = answerArea();
        root.getChildren().add(answerArea);
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.getStyleClass().add(LessonStyles.FEEDBACK);
        message.setVisible(false);
        message.managedProperty().bind(message.visibleProperty());
        note.getStyleClass().add("feedback-note");
        hints.getStyleClass().add("exercise-hints");
        showHow.getStyleClass().add("show-how");
        showHow.setVisible(false);
        showHow.managedProperty().bind(showHow.visibleProperty());
        showHow.setOnAction(ev -> showExplanation(last));
        trace.view().getStyleClass().add(LessonStyles.EXPLANATION);
        trace.view().setVisible(false);
        trace.view().managedProperty().bind(trace.view().visibleProperty());
        explanation.getStyleClass().add("exercise-author-explanation");
        Icons.on(replay, "mdi2r-replay");
        replay.getStyleClass().add("replay");
        replay.setOnAction(ev -> host.reveal(model));
        feedback.getChildren().addAll(message, note, trace.view(), showHow, hints, explanation);
        feedback.getStyleClass().add("exercise-feedback");
        root.getChildren().add(feedback);
    }

    private Node answerArea() {
        String verb = model.isPrediction() ? "Commit my prediction" : "Check";
        check = new Button(verb);
        check.getStyleClass().addAll("check-button", "accent");
        check.setMinWidth(Region.USE_PREF_SIZE);
        if (instance.expectsGrid()) {
            grid = new AnswerGrid(instance.gridRows(), instance.gridColumns());
            grid.setOnWrongCellClicked(this::showCell);
            check.setOnAction(ev -> answered(model.answerGrid(grid.typed())));
            Label how = new Label("Double-click a cell (or select it and press Enter) to type; Tab moves to the next cell.");
            how.setWrapText(true);
            how.setMinHeight(Region.USE_PREF_SIZE);
            how.getStyleClass().add("muted");
            VBox box = new VBox(how, Sideways.of(grid.view(), false), check);
            box.getStyleClass().add(LessonStyles.ANSWER_ROW);
            return box;
        }
        if (instance.expectsChoice()) {
            options = new ToggleGroup();
            VBox box = new VBox();
            box.getStyleClass().add(LessonStyles.ANSWER_ROW);
            List<RichText> opts = instance.options();
            for (int i = 0; i < opts.size(); i++) {
                RadioButton b = new RadioButton();
                b.setUserData(i);
                b.setToggleGroup(options);
                b.setId("option-" + model.exercise().id() + "-" + i);
                b.setAccessibleText(opts.get(i).plainText());
                b.setMinWidth(Region.USE_PREF_SIZE);
                // the option's text beside the button, wrapping in the column; clicking it picks the option
                VBox text = rich.render(opts.get(i));
                text.setOnMouseClicked(ev -> {
                    if (!b.isDisabled()) {
                        b.setSelected(true);
                    }
                });
                HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
                HBox row = new HBox(b, text);
                row.setAlignment(Pos.TOP_LEFT);
                row.getStyleClass().add(LessonStyles.OPTION);
                box.getChildren().add(row);
            }
            check.disableProperty().bind(options.selectedToggleProperty().isNull());
            check.setOnAction(ev -> answered(model.answerChoice((Integer) options.getSelectedToggle().getUserData())));
            box.getChildren().add(check);
            return box;
        }
        field = new TextField();
        field.getStyleClass().add("answer-field");
        field.setPromptText("a number");
        field.setPrefColumnCount(8);
        field.setMinWidth(40);
        field.setOnAction(ev -> check.fire());
        check.setOnAction(ev -> answered(model.answerNumber(field.getText())));
        HBox row = new HBox(field, check);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add(LessonStyles.ANSWER_ROW);
        return row;
    }

    private void init() {
        if (!instance.usable()) {
            return;
        }
        model.progressProperty().addListener((o, a, p) -> showProgress(p));
        showProgress(model.progress());
        restoreLastAnswer();
    }

    private void restoreLastAnswer() {
        ExerciseProgress p = model.progress();
        if (p.attempts() == 0 || p.lastAnswer().isEmpty()) {
            return;
        }
        if (field != null) {
            field.setText(p.lastAnswer());
        } else if (grid != null) {
            grid.restore(p.lastAnswer());
        } else if (options != null) {
            int i = model.optionIndex(p.lastAnswer());
            if (i >= 0) {
                options.selectToggle(options.getToggles().get(i));
            }
        }
        if (model.committed()) {
            showMessage(p.solved() && p.wrong() == 0 ? Feedback.Verdict.RIGHT : Feedback.Verdict.WRONG,
                    "You predicted " + p.lastAnswer() + ".");
        } else if (p.solved()) {
            showMessage(Feedback.Verdict.RIGHT, "Solved.");
        }
    }

    private void answered(Feedback f) {
        last = f;
        showMessage(f.verdict(), f.message());
        note.getChildren().setAll(f.note().isEmpty() ? List.of() : List.of(rich.render(f.note())));
        if (!f.counts()) {
            host.bringIntoView(answerArea, message);
            return;
        }
        if (grid != null) {
            grid.mark(f.cells());
            List<Feedback.CellResult> wrong = f.wrongCells();
            if (wrong.isEmpty()) {
                trace.view().setVisible(false);
            } else {
                showCell(new Cell(wrong.getFirst().row(), wrong.getFirst().col()));
            }
        } else if (f.right() || model.hintsExhausted() || model.isPrediction()) {
            showExplanation(f);
        } else {
            trace.view().setVisible(false);
        }
        showHow.setVisible(grid == null && !f.right() && f.explanation() != null && !trace.view().isVisible());
        if (model.isPrediction()) {
            host.reveal(model);
        }
        host.bringIntoView(answerArea, trace.view().isVisible() ? trace.view() : message);
    }

    /** The trace of one wrong cell of the last grid answer. */
    private void showCell(Cell cell) {
        if (last == null) {
            return;
        }
        for (Feedback.CellResult r : last.wrongCells()) {
            if (r.row() == cell.row() && r.col() == cell.col() && r.why() != null) {
                ExplanationLines.Text t = ExplanationLines.of(r.why(), oneD);
                String given = r.given() == null ? "nothing readable" : NumberFormats.exact(r.given());
                String more = last.wrongCells().size() > 1 ? "  (click another ✗ cell for its sum)" : "";
                trace.show("Cell (" + r.row() + ", " + r.col() + "): you wrote " + given + ", it is "
                        + NumberFormats.exact(r.why().value()) + ". " + t.heading() + more, t.lines());
                trace.view().setVisible(true);
                grid.grid().setPinned(cell);
                return;
            }
        }
    }

    private void showExplanation(Feedback f) {
        if (f != null && f.explanation() != null) {
            ExplanationLines.Text t = ExplanationLines.of(f.explanation(), oneD);
            trace.show(t.heading(), t.lines());
            trace.view().setVisible(true);
        }
        showHow.setVisible(false);
    }

    private void showProgress(ExerciseProgress p) {
        String text = p.attempts() == 0 ? "" : (model.isPrediction() ? "Predicted" : "Attempts: " + p.attempts());
        if (p.solved() && !model.isPrediction()) {
            text += " · solved ✓";
        }
        attempts.setText(text);
        hints.getChildren().clear();
        List<RichText> earned = model.hints();
        for (int i = 0; i < earned.size(); i++) {
            Label title = Icons.on(new Label("Hint " + (i + 1)), "mdi2l-lightbulb-on-outline");
            title.getStyleClass().add("hint-title");
            VBox h = new VBox(title, rich.render(earned.get(i)));
            h.getStyleClass().add(LessonStyles.HINT);
            hints.getChildren().add(h);
        }
        boolean done = p.solved();
        explanation.getChildren().setAll(done && !instance.explanation().isEmpty() ? List.of(rich.render(instance.explanation())) : List.of());
        if (model.committed()) {
            check.disableProperty().unbind();
            check.setDisable(true);
            check.setText("Prediction committed");
            if (field != null) {
                field.setEditable(false);
            }
            if (options != null) {
                options.getToggles().forEach(t -> ((RadioButton) t).setDisable(true));
            }
            if (!feedback.getChildren().contains(replay)) {
                feedback.getChildren().addFirst(replay);
            }
        }
    }

    private void showMessage(Feedback.Verdict v, String text) {
        message.setText(text);
        message.getStyleClass().removeAll(LessonStyles.FEEDBACK_RIGHT, LessonStyles.FEEDBACK_WRONG, LessonStyles.FEEDBACK_UNREADABLE);
        message.getStyleClass().add(switch (v) {
            case RIGHT -> LessonStyles.FEEDBACK_RIGHT;
            case WRONG -> LessonStyles.FEEDBACK_WRONG;
            case UNREADABLE -> LessonStyles.FEEDBACK_UNREADABLE;
        });
        Icons.on(message, switch (v) {
            case RIGHT -> "mdi2c-check-circle-outline";
            case WRONG -> "mdi2c-close-circle-outline";
            case UNREADABLE -> "mdi2h-help-circle-outline";
        });
        message.setVisible(true);
    }

    /**
     * True when the options are numbers the engine computed from the setup (then the setup is
     * shown); an author's written options are about ideas, and the lab's state would only distract.
     */
    private boolean computedOptions() {
        return instance.options().stream().allMatch(o -> o.plainText().strip().matches("[-−]?\\d+([.,]\\d+)?(/\\d+)?"));
    }

    private static String kindText(Exercise.Kind k) {
        return switch (k) {
            case NUMERIC -> "Exercise · a number";
            case GRID -> "Exercise · fill in the output";
            case CHOICE -> "Exercise · pick one";
            case PREDICT -> "Predict, then watch";
        };
    }
}
