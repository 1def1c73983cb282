package org.convlab.ui.lesson;

import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.convlab.ui.widgets.Icons;

/**
 * Above the lab: which step this is, its caption (with math), the previous and next buttons
 * (Page Up / Page Down, Ctrl+← / Ctrl+→), and the switch that hides the text column to give the
 * lab the whole width when presenting. Node ids: "step-title", "step-caption", "step-previous",
 * "step-next", "toggle-text".
 */
final class StepBar {
    private final LessonPlayerModel model;
    private final RichTextView rich;
    private final VBox root = new VBox();
    private final Label title = new Label();
    private final StackPane caption = new StackPane();
    private final Button previous = new Button("Previous");
    private final Button next = new Button("Next");
    private final ToggleButton text = new ToggleButton("Text");

    StepBar(LessonPlayerModel model, RichTextView rich) {
        this.model = model;
        this.rich = rich;
        createView();
        model.targetProperty().addListener((o, a, t) -> show(t));
        model.stepProperty().addListener((o, a, b) -> updateButtons());
        model.resultProperty().addListener((o, a, b) -> updateButtons());
        show(model.targetProperty().get());
    }

    Node view() {
        return root;
    }

    /** The bar's font: its size is the page's em. */
    javafx.beans.property.ReadOnlyObjectProperty<javafx.scene.text.Font> fontProperty() {
        return title.fontProperty();
    }

    private void createView() {
        root.getStyleClass().add(LessonStyles.STEP_BAR);
        title.setId("step-title");
        title.getStyleClass().add(LessonStyles.STEP_TITLE);
        title.setMinWidth(Region.USE_PREF_SIZE);
        caption.setId("step-caption");
        caption.getStyleClass().add(LessonStyles.STEP_CAPTION);
        caption.setAlignment(Pos.TOP_LEFT);
        Icons.on(previous, "mdi2c-chevron-left");
        Icons.on(next, "mdi2c-chevron-right");
        next.setContentDisplay(ContentDisplay.RIGHT);
        previous.setId("step-previous");
        next.setId("step-next");
        next.getStyleClass().add("accent");
        previous.setTooltip(new Tooltip("Previous step (Page Up or Ctrl+←)"));
        next.setTooltip(new Tooltip("Next step (Page Down or Ctrl+→)"));
        previous.setOnAction(e -> model.previous());
        next.setOnAction(e -> model.next());
        previous.setMinWidth(Region.USE_PREF_SIZE);
        next.setMinWidth(Region.USE_PREF_SIZE);
        Icons.on(text, "mdi2t-text-box-outline");
        text.setId("toggle-text");
        text.setTooltip(new Tooltip("Show or hide the lesson's text (the lab takes the whole width)"));
        text.setMinWidth(Region.USE_PREF_SIZE);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox row = new HBox(previous, next, title, grow, text);
        row.getStyleClass().add("step-bar-row");
        row.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(row, caption);
    }

    private void show(StageTarget t) {
        title.setText(t == null ? "" : t.title());
        if (t == null || t.caption().isEmpty()) {
            caption.getChildren().clear();
            caption.setVisible(false);
            caption.setManaged(false);
        } else {
            caption.getChildren().setAll(rich.render(t.caption()));
            caption.setVisible(true);
            caption.setManaged(true);
        }
        updateButtons();
    }

    private void updateButtons() {
        int n = model.stepCount();
        boolean atStart = model.step() < 0 && model.onStep();
        previous.setDisable(model.lesson() == null || atStart);
        next.setDisable(model.step() + 1 >= n);
    }

    /** The text switch shows and sets whether the text is shown. */
    void bindTextSwitch(BooleanProperty textShown) {
        text.selectedProperty().bindBidirectional(textShown);
    }

    /** Offers the text switch only when there is a lab to give the room to. */
    void setTextSwitchShown(boolean shown) {
        text.setVisible(shown);
        text.setManaged(shown);
    }

    /** The caption's text, for tests. */
    String captionText() {
        StageTarget t = model.targetProperty().get();
        return t == null ? "" : t.caption().plainText();
    }
}
