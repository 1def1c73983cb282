package org.convlab.ui.lesson;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convlab.lesson.Lesson;
import org.convlab.lesson.text.Block;
import org.convlab.lesson.text.RichText;
import org.convlab.ui.widgets.Icons;

/**
 * The top of a lesson's text: how long it takes, what the student will be able to do, how far
 * they are, and "Reset progress", which asks to be confirmed in place before it forgets
 * anything.
 */
final class LessonHeader {
    private final RichTextView rich;
    private final Runnable reset;
    private final VBox root = new VBox();
    private final Label minutes = new Label();
    private final VBox objectives = new VBox();
    private final Label progress = new Label();
    private final Button resetButton = new Button("Reset progress");
    private final HBox confirm = new HBox();

    /** {@code reset} forgets the lesson's progress (after the student confirmed). */
    LessonHeader(RichTextView rich, Runnable reset) {
        this.rich = rich;
        this.reset = reset;
        createView();
    }

    Node view() {
        return root;
    }

    private void createView() {
        root.getStyleClass().add(LessonStyles.INTRO);
        root.setId("lesson-header");
        minutes.getStyleClass().add(LessonStyles.INTRO_TITLE);
        minutes.setWrapText(true);
        progress.setId("lesson-progress");
        progress.getStyleClass().add("muted");
        progress.setWrapText(true);
        progress.setMinHeight(Region.USE_PREF_SIZE);
        Icons.on(resetButton, "mdi2b-backup-restore");
        resetButton.setId("reset-progress");
        resetButton.setMinWidth(Region.USE_PREF_SIZE);
        resetButton.setOnAction(e -> askToConfirm(true));
        Label really = new Label("Forget your steps, answers and attempts in this lesson?");
        really.setWrapText(true);
        really.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(really, Priority.ALWAYS);
        Button yes = new Button("Reset");
        yes.setId("reset-confirm");
        yes.getStyleClass().add("danger");
        yes.setOnAction(e -> {
            askToConfirm(false);
            reset.run();
        });
        Button no = new Button("Keep");
        no.setId("reset-cancel");
        no.setOnAction(e -> askToConfirm(false));
        confirm.getChildren().addAll(really, yes, no);
        confirm.getStyleClass().add(LessonStyles.CONFIRM);
        confirm.setAlignment(Pos.CENTER_LEFT);
        confirm.setVisible(false);
        confirm.managedProperty().bind(confirm.visibleProperty());
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(progress, resetButton);
        actions.getStyleClass().add(LessonStyles.ACTIONS);
        actions.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(minutes, objectives, actions, confirm);
    }

    void show(Lesson lesson) {
        minutes.setText("About " + lesson.meta().minutes() + " minutes. Afterwards you can:");
        objectives.getChildren().clear();
        List<RichText> obj = lesson.meta().objectives();
        if (!obj.isEmpty()) {
            List<List<Block>> items = obj.stream().map(RichText::blocks).toList();
            objectives.getChildren().add(rich.render(new RichText(List.of(new Block.BulletList(items)))));
        }
    }

    void showProgress(ProgressMark mark) {
        progress.setText(mark.total() == 0 ? "" : "Progress: " + mark.words() + ".");
    }

    private void askToConfirm(boolean ask) {
        confirm.setVisible(ask);
        resetButton.setDisable(ask);
    }
}
