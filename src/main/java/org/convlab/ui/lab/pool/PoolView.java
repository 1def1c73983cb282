package org.convlab.ui.lab.pool;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.convlab.ui.lab.LabControls;
import org.convlab.ui.lab.LabStyles;
import org.convlab.ui.lab.TorchCode;
import org.convlab.ui.widgets.EquationView;
import org.convlab.ui.widgets.Icons;
import org.convlab.ui.widgets.ProblemBanner;
import org.convlab.ui.widgets.StepPlayerBar;

/**
 * The frame of the pooling lab: controls on the left; the problem banner and two tabs in the
 * middle (step by step, {@link PoolStepTab}; the shift experiment, {@link PoolShiftView}), with
 * the controls toggle and "Copy as PyTorch" in the tabs' row; the step player at the bottom.
 * Node id of the root: pool-lab.
 *
 * <p>Keys: the step player's (Space, ← →, Home, End, Escape) everywhere; while the shift
 * experiment is open, Shift + arrows move its input and 0 puts it back. The experiment's keys
 * are caught by a frame around the lab, before the player's keys see them.
 */
final class PoolView {
    static final String STYLESHEET = PoolView.class.getResource("/org/convlab/ui/lab/pool/pool.css").toExternalForm();
    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");

    private final PoolModel model;
    private final LabControls controls;
    private final StackPane frame = new StackPane();
    private final BorderPane root = new BorderPane();
    private final ProblemBanner banner = new ProblemBanner();
    private final PoolGrids grids;
    private final PoolStepTab stepTab;
    private final PoolShiftView shiftView;
    private final StepPlayerBar playerBar;
    private final Tab shiftTab = new Tab("Shift experiment");
    private final TabPane tabs = new TabPane();
    private final ToggleButton hide = Icons.on(new ToggleButton(), "mdi2t-tune");
    private final Button copy = Icons.on(new Button("Copy as PyTorch"), "mdi2l-language-python");
    private boolean shiftOpened;
    private boolean controlsToggledByUser;

    PoolView(PoolModel model, LabControls controls) {
        this.model = model;
        this.controls = controls;
        this.grids = new PoolGrids(model, controls);
        this.stepTab = new PoolStepTab(model, grids);
        this.shiftView = new PoolShiftView(model);
        this.playerBar = new StepPlayerBar(model.player());
        createView();
        init();
    }

    Node view() {
        return frame;
    }

    EquationView equation() {
        return stepTab.equation();
    }

    PoolShiftView shiftView() {
        return shiftView;
    }

    /** Opens the shift experiment's tab (true) or the step-by-step tab. */
    void showShiftExperiment(boolean show) {
        tabs.getSelectionModel().select(show ? 1 : 0);
    }

    private void createView() {
        frame.getChildren().add(root);
        root.setId("pool-lab");
        root.getStyleClass().addAll(LabStyles.LAB, "pool-lab");
        root.getStylesheets().addAll(LabStyles.STYLESHEET, STYLESHEET);

        ScrollPane left = new ScrollPane(new PoolControls(model, controls).view());
        left.setFitToWidth(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        left.getStyleClass().add(LabStyles.CONTROLS_SCROLL);
        root.setLeft(left);
        hide.setId("toggle-controls");
        hide.setSelected(true);
        hide.setTooltip(new Tooltip("Show or hide the controls (more room for the grids)"));
        hide.getStyleClass().add("button-icon");
        left.visibleProperty().bind(hide.selectedProperty());
        left.managedProperty().bind(hide.selectedProperty());

        copy.setId("copy-pytorch");
        copy.setTooltip(new Tooltip("Put the torch.nn pooling layer and this input on the clipboard"));
        copy.setOnAction(e -> copyPyTorch());
        copy.setMinWidth(Region.USE_PREF_SIZE);
        // The controls toggle and "Copy as PyTorch" sit in the tabs' own row, left and right of the
        // tabs, so the grids get that line's height (it counts on a projector's 720 lines).
        Region gap = new Region();
        gap.setPickOnBounds(false); // clicks fall through to the tabs beneath
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox tabBar = new HBox(hide, gap, copy);
        tabBar.setAlignment(Pos.CENTER_LEFT);
        tabBar.setPickOnBounds(false);
        tabBar.setMaxHeight(Region.USE_PREF_SIZE);
        tabBar.getStyleClass().add("pool-tab-bar");
        StackPane.setAlignment(tabBar, Pos.TOP_CENTER);

        Tab steps = new Tab("Step by step", stepTab.view());
        steps.setId("tab-steps");
        VBox shiftBox = new VBox(shiftView.view());
        shiftBox.getStyleClass().add(LabStyles.STEPS);
        ScrollPane shiftScroll = new ScrollPane(shiftBox);
        shiftScroll.setFitToWidth(true);
        shiftTab.setContent(shiftScroll);
        shiftTab.setId("tab-shift");
        tabs.getTabs().addAll(steps, shiftTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().addAll(LabStyles.TABS, "pool-tabs");
        StackPane tabStack = new StackPane(tabs, tabBar);
        VBox.setVgrow(tabStack, Priority.ALWAYS);
        root.setCenter(new VBox(banner.view(), tabStack));

        root.setBottom(playerBar.view());
        controls.add("player", playerBar.view());
    }

    private void init() {
        new PoolLinks(model, grids);
        StepPlayerBar.installShortcuts(root, model.player());
        frame.addEventFilter(KeyEvent.KEY_PRESSED, this::shiftKeys);
        playerBar.setDescriber(i -> model.trace() == null ? "" : PoolArithmetic.name(model.trace().step(i), model.setup().kind()));
        model.setupProperty().addListener((o, a, s) -> showSetup());
        shiftTab.selectedProperty().addListener((o, a, on) -> {
            if (on) {
                openedShift();
            }
        });
        hide.setOnAction(e -> controlsToggledByUser = true);
        root.widthProperty().addListener((o, a, b) -> fitWidth());
        copy.fontProperty().addListener((o, a, b) -> fitWidth()); // the font-size control
        hide.selectedProperty().addListener((o, a, b) -> fitWidth());
        showSetup();
    }

    private void showSetup() {
        banner.show(model.setup().problems());
        stepTab.showSetup();
    }

    /**
     * On a narrow lab (a large font on a small screen) the controls start hidden, leaving the room
     * to the grids, until the person shows or hides them; "Copy as PyTorch" shrinks to its icon.
     */
    private void fitWidth() {
        double em = copy.getFont().getSize();
        double width = root.getWidth();
        if (width <= 0) {
            return;
        }
        if (!controlsToggledByUser) {
            hide.setSelected(width >= 62 * em);
        }
        stepTab.fitWidth(width - (hide.isSelected() ? 17.5 * em : 0), em);
        boolean compact = width < 50 * em;
        copy.setContentDisplay(compact ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
        tabs.pseudoClassStateChanged(COMPACT, compact);
    }

    /** Shift + arrows move the experiment's input, 0 puts it back; only while the experiment is open. */
    private void shiftKeys(KeyEvent e) {
        if (!shiftTab.isSelected() || e.isShortcutDown() || e.isAltDown() || e.getTarget() instanceof TextInputControl) {
            return;
        }
        int dy = 0;
        int dx = 0;
        switch (e.getCode()) {
            case LEFT -> dx = -1;
            case RIGHT -> dx = 1;
            case UP -> dy = -1;
            case DOWN -> dy = 1;
            case DIGIT0, NUMPAD0 -> {
                model.shift().reset();
                e.consume();
                return;
            }
            default -> {
                return;
            }
        }
        if (e.isShiftDown()) {
            model.shift().move(dy, dx);
            e.consume();
        }
    }

    /** The first time the experiment opens on random numbers, it loads the digit: a shape shows what pooling keeps. */
    private void openedShift() {
        if (!shiftOpened && model.inputSourceProperty().get().equals("random")) {
            model.setInputPreset("digit", Math.max(8, model.setup().input().dim(1)), Math.max(8, model.setup().input().dim(2)));
            shiftView.setNote("Loaded the digit-like blob: random numbers change almost everywhere when they move, "
                    + "a shape shows what pooling keeps. Choose another input on the left.");
        }
        shiftOpened = true;
    }

    private void copyPyTorch() {
        String code = TorchCode.pool(model.setup());
        ClipboardContent content = new ClipboardContent();
        content.putString(code);
        Clipboard.getSystemClipboard().setContent(content);
        stepTab.say("Copied " + code.lines().count() + " lines of PyTorch.");
    }
}
