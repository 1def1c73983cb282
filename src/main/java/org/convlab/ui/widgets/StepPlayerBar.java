package org.convlab.ui.widgets;

import java.util.Locale;
import java.util.function.IntFunction;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * The controls of a {@link StepPlayerModel}: first, back, play/pause, forward, last, a slider
 * to scrub through the steps, the step number and the speed. Node ids: player-first,
 * player-back, player-play, player-forward, player-last, player-slider, player-label,
 * player-speed. The bar also runs the model's clock ({@link StepTimer}) while it plays.
 * {@link #installShortcuts} adds the presenter keys to a lab.
 */
public final class StepPlayerBar {
    public static final String STYLE_CLASS = "step-player";

    private final StepPlayerModel model;
    private final HBox root = new HBox();
    private final Button play = new Button();
    private final Slider slider = new Slider(0, 1, 0);
    private final Label label = new Label();
    private final ComboBox<Double> speed = new ComboBox<>();
    private IntFunction<String> describer = i -> "";
    private boolean updatingSlider;

    public StepPlayerBar(StepPlayerModel model) {
        this.model = model;
        new StepTimer(model);
        createView();
        init();
    }

    public Node view() {
        return root;
    }

    /** Text after "Step n/N" for step i (for example the output cell it computes). */
    public void setDescriber(IntFunction<String> d) {
        describer = d;
        updateLabel();
    }

    private void createView() {
        root.getStyleClass().add(STYLE_CLASS);
        root.getStylesheets().add(CanvasRegion.STYLESHEET);
        root.setAlignment(Pos.CENTER_LEFT);
        play.setId("player-play");
        play.getStyleClass().addAll("accent", "player-button", "button-icon");
        play.setMinWidth(Region.USE_PREF_SIZE);
        play.setTooltip(new Tooltip("Play or pause (Space)"));
        slider.setId("player-slider");
        slider.setBlockIncrement(1);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setFocusTraversable(false);
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.setMaxWidth(Double.MAX_VALUE);
        slider.setMinWidth(0);
        // squeezed below a few thumbs' width the slider is useless and its thumb would sit on the
        // step text, so it steps aside until the bar is wide enough again
        slider.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> slider.getWidth() >= 3 * label.getFont().getSize(), slider.widthProperty(), label.fontProperty()));
        label.setId("player-label");
        label.getStyleClass().add("player-label");
        speed.setId("player-speed");
        speed.getItems().addAll(java.util.Arrays.stream(StepPlayerModel.SPEEDS).boxed().toList());
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double ms) {
                return ms == null ? "" : String.format(Locale.ROOT, "%s/s", NumberFormats.format(1000 / ms, 1));
            }

            @Override
            public Double fromString(String s) {
                return StepPlayerModel.DEFAULT_STEP_MILLIS;
            }
        });
        speed.setTooltip(new Tooltip("Playing speed, in steps per second"));
        // on a narrow bar (a large font) the slider gives way first, then the step text (fitLabel); speed and play keep their words
        speed.setMinWidth(Region.USE_PREF_SIZE);
        play.setMinWidth(Region.USE_PREF_SIZE);
        root.getChildren().addAll(
                button("player-first", "mdi2s-skip-previous", "First step (Home)", model::first),
                button("player-back", "mdi2s-step-backward", "Step back (←)", model::stepBack),
                play,
                button("player-forward", "mdi2s-step-forward", "Step forward (→)", model::stepForward),
                button("player-last", "mdi2s-skip-next", "Last step (End)", model::last),
                slider, label, speed);
    }

    private void init() {
        root.widthProperty().addListener((o, a, w) -> fitLabel());
        label.textProperty().addListener((o, a, t) -> fitLabel());
        label.fontProperty().addListener((o, a, f) -> fitLabel());
        play.setOnAction(e -> model.toggle());
        play.disableProperty().bind(Bindings.equal(0, model.countProperty()));
        model.playingProperty().addListener((o, a, b) -> updatePlayIcon());
        updatePlayIcon();
        model.countProperty().addListener((o, a, b) -> updateSlider());
        model.indexProperty().addListener((o, a, b) -> {
            updateSlider();
            updateLabel();
        });
        slider.valueProperty().addListener((o, a, b) -> {
            if (!updatingSlider && (int) Math.round(b.doubleValue()) != model.index()) {
                model.pause();
                model.jumpTo((int) Math.round(b.doubleValue()));
            }
        });
        speed.setValue(model.stepMillisProperty().get());
        speed.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.stepMillisProperty().set(b);
            }
        });
        updateSlider();
        updateLabel();
    }

    private Button button(String id, String icon, String tip, Runnable action) {
        Button b = new Button();
        b.setId(id);
        b.getStyleClass().addAll("player-button", "button-icon");
        Icons.on(b, icon);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.disableProperty().bind(Bindings.equal(0, model.countProperty()));
        return b;
    }

    private void updatePlayIcon() {
        boolean p = model.isPlaying();
        Icons.on(play, p ? "mdi2p-pause" : "mdi2p-play");
        play.setAccessibleText(p ? "Pause" : "Play");
    }

    private void updateSlider() {
        updatingSlider = true;
        slider.setMax(Math.max(0, model.count() - 1));
        slider.setValue(Math.max(0, model.index()));
        slider.setDisable(model.count() <= 1);
        updatingSlider = false;
        updateLabel();
    }

    private void updateLabel() {
        int i = model.index();
        if (model.count() == 0) {
            label.setText("No steps");
        } else if (i < 0) {
            label.setText("All " + model.count() + " steps · → to start");
        } else {
            String d = describer.apply(i);
            label.setText("Step " + (i + 1) + "/" + model.count() + (d.isEmpty() ? "" : " · " + d));
        }
    }

    /**
     * The step text keeps its whole width while the slider can give way; only on a bar too narrow
     * for everything else does it shrink (down to 6 em: "Step 3/25…"). Left to itself
     * an HBox would shrink both at once.
     */
    private void fitLabel() {
        double others = root.snappedLeftInset() + root.snappedRightInset() + root.getSpacing() * (root.getChildren().size() - 1);
        for (Node n : root.getChildren()) {
            if (n != slider && n != label) {
                others += n.prefWidth(-1);
            }
        }
        double least = 6 * label.getFont().getSize();
        label.setMinWidth(Math.max(least, Math.min(label.prefWidth(-1), root.getWidth() - others)));
    }

    /**
     * Presenter keys for everything inside {@code scope}: Space plays or pauses, ← and → step,
     * Home and End jump, Escape returns to the overview. They do not fire while a text field has
     * the focus, nor Space on a button reached with the keyboard. A button or slider clicked with
     * the mouse hands the focus back to {@code scope}, so the keys keep working after a click,
     * and {@code scope} takes the focus each time it is put on screen (a page shown again, a
     * lesson step), so the keys work at once.
     */
    public static void installShortcuts(Node scope, StepPlayerModel model) {
        scope.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                Platform.runLater(scope::requestFocus);
            }
        });
        scope.setFocusTraversable(true);
        scope.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown() || e.getTarget() instanceof TextInputControl) {
                return;
            }
            boolean handled = true;
            switch (e.getCode()) {
                case SPACE -> {
                    if (e.getTarget() instanceof ButtonBase b && !isInside(b, STYLE_CLASS)) {
                        handled = false;
                    } else {
                        model.toggle();
                    }
                }
                case RIGHT -> model.stepForward();
                case LEFT -> model.stepBack();
                case HOME -> model.first();
                case END -> model.last();
                case ESCAPE -> {
                    handled = model.index() >= 0;
                    model.overview();
                }
                default -> handled = false;
            }
            if (handled) {
                e.consume();
            }
        });
        scope.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            // not a menu button: taking its focus would close the menu it just opened
            if (e.getTarget() instanceof Node n && (owner(n, ButtonBase.class) || owner(n, Slider.class))
                    && !owner(n, MenuButton.class)) {
                javafx.application.Platform.runLater(scope::requestFocus);
            }
        });
        scope.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (!e.isConsumed() && e.getTarget() instanceof Node n && !n.isFocusTraversable()
                    && !owner(n, TextInputControl.class) && !owner(n, ComboBox.class)) {
                scope.requestFocus();
            }
        });
    }

    private static boolean owner(Node n, Class<?> type) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (type.isInstance(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInside(Node n, String styleClass) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p.getStyleClass().contains(styleClass)) {
                return true;
            }
        }
        return false;
    }
}
