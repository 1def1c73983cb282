package org.convlab.ui.lab.pool;

import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.css.PseudoClass;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.convlab.explain.PoolSetup;
import org.convlab.explain.PoolTrace;
import org.convlab.ui.lab.LabControls;
import org.convlab.ui.lab.LabStyles;
import org.convlab.ui.lab.TorchCode;
import org.convlab.ui.widgets.Cell;
import org.convlab.ui.widgets.EquationView;
import org.convlab.ui.widgets.Icons;
import org.convlab.ui.widgets.OutputSizeView;
import org.convlab.ui.widgets.ProblemBanner;
import org.convlab.ui.widgets.StepPlayerBar;
import org.convlab.ui.widgets.StepTimer;
import org.convlab.ui.widgets.TensorGrid;

/**
 * The frame of the pooling lab: controls on the left; the problem banner and two tabs in the
 * middle (the shapes, grids, arithmetic and output size step by step; the shift experiment),
 * the controls toggle and "Copy as PyTorch" in the tabs' row; the step player at the bottom.
 * Node id of the root: pool-lab.
 *
 * <p>Keys: the step player's (Space, ← →, Home, End, Escape) everywhere; while the shift
 * experiment is open, Shift + arrows move its input and 0 puts it back. The experiment's keys
 * are caught by a frame around the lab, before the player's keys see them.
 */
final class PoolView {
    static final String STYLESHEET = PoolView.class.getResource("/org/convlab/ui/lab/pool/pool.css").toExternalForm();

    private final PoolModel model;
    private final LabControls controls;
    private final StackPane frame = new StackPane();
    private final BorderPane root = new BorderPane();
    private final ProblemBanner banner = new ProblemBanner();
    private final Label summary = new Label();
    private final Label message = new Label();
    private final EquationView equation = new EquationView();
    private final OutputSizeView sizes = new OutputSizeView();
    private final PoolGrids grids;
    private final PoolShiftView shiftView;
    private final StepPlayerBar playerBar;
    private final StepTimer timer;
    private final Tab shiftTab = new Tab("Shift experiment");
    private final TabPane tabs = new TabPane();
    private final ScrollPane stepScroll = new ScrollPane();
    private final ScrollPane explainScroll = new ScrollPane();
    private final HBox explainWide = new HBox();
    private final VBox explainStacked = new VBox();
    private final SplitPane split = new SplitPane();
    private boolean dividerDragged;
    private double explainHeight;
    private final ToggleButton hide = Icons.on(new ToggleButton(), "mdi2t-tune");
    private final Button copy = Icons.on(new Button("Copy as PyTorch"), "mdi2l-language-python");
    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");
    private boolean shiftOpened;
    private boolean controlsToggledByUser;

    PoolView(PoolModel model, LabControls controls) {
        this.model = model;
        this.controls = controls;
        this.grids = new PoolGrids(model, controls);
        this.shiftView = new PoolShiftView(model);
        this.playerBar = new StepPlayerBar(model.player());
        this.timer = new StepTimer(model.player()); // plays: ticks the player every frame while it plays
        createView();
        init();
    }

    Node view() {
        return frame;
    }

    EquationView equation() {
        return equation;
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
        summary.setId("lab-summary");
        summary.getStyleClass().add(LabStyles.SUMMARY);
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        message.setId("lab-message");
        message.getStyleClass().add("muted");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
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

        equation.view().setId("arithmetic");
        sizes.setCompact(true);
        HBox.setHgrow(equation.view(), Priority.ALWAYS);
        explainWide.getStyleClass().add(LabStyles.EXPLAIN);
        explainStacked.getStyleClass().addAll(LabStyles.EXPLAIN, "pool-explain-stacked");
        explainWide.getChildren().setAll(equation.view(), sizes.view());
        explainScroll.setContent(explainWide);
        explainScroll.setFitToWidth(true);
        explainScroll.getStyleClass().add(LabStyles.EXPLAIN_SCROLL);

        HBox shapes = new HBox(summary, message);
        shapes.getStyleClass().add("pool-shapes");
        HBox.setHgrow(message, Priority.ALWAYS);
        VBox steps = new VBox(shapes, grids.view());
        steps.getStyleClass().add(LabStyles.STEPS);
        stepScroll.setContent(steps);
        stepScroll.setFitToWidth(true);
        // the arithmetic stays in view under the grids, however far they scroll
        split.getItems().setAll(stepScroll, explainScroll);
        split.setOrientation(Orientation.VERTICAL);
        SplitPane.setResizableWithParent(explainScroll, false);
        split.heightProperty().addListener((o, a, h) -> fitExplain(false));
        split.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> dividerDragged = true);
        Tab stepTab = new Tab("Step by step", split);
        stepTab.setId("tab-steps");

        VBox shiftBox = new VBox(shiftView.view());
        shiftBox.getStyleClass().add(LabStyles.STEPS);
        ScrollPane shiftScroll = new ScrollPane(shiftBox);
        shiftScroll.setFitToWidth(true);
        shiftTab.setContent(shiftScroll);
        shiftTab.setId("tab-shift");
        tabs.getTabs().addAll(stepTab, shiftTab);
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
        model.focus().shownStepProperty().addListener((o, a, s) -> showStep());
        // a step whose window lies outside the view (a big input, a big font) scrolls it into view
        model.player().indexProperty().addListener((o, a, i) -> Platform.runLater(this::scrollToStep));
        shiftTab.selectedProperty().addListener((o, a, on) -> {
            if (on) {
                openedShift();
            }
        });
        hide.setOnAction(e -> controlsToggledByUser = true);
        root.widthProperty().addListener((o, a, b) -> fitWidth());
        summary.fontProperty().addListener((o, a, b) -> fitWidth());
        showSetup();
        // the presenter keys work as soon as the lab is on screen
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                Platform.runLater(root::requestFocus);
            }
        });
    }

    /**
     * On a narrow lab (a large font on a small screen) the controls start hidden, leaving the room
     * to the grids, until the person shows them; "Copy as PyTorch" shrinks to its icon.
     */
    private void fitWidth() {
        double em = summary.getFont().getSize();
        double width = root.getWidth();
        if (width <= 0) {
            return;
        }
        if (!controlsToggledByUser) {
            hide.setSelected(width >= 62 * em);
        }
        boolean stacked = width < (hide.isSelected() ? 62 : 45) * em;
        Pane want = stacked ? explainStacked : explainWide;
        if (explainScroll.getContent() != want) {
            (stacked ? explainWide : explainStacked).getChildren().clear();
            want.getChildren().setAll(equation.view(), sizes.view());
            explainScroll.setContent(want);
            Platform.runLater(() -> fitExplain(true));
        }
        boolean compact = width < 50 * em;
        copy.setContentDisplay(compact ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
        tabs.pseudoClassStateChanged(COMPACT, compact);
    }

    /**
     * Gives the arithmetic under the grids the height its lines need (at most half), so the sum is
     * never cut off; it grows while stepping and shrinks only when the setup changes, so the
     * grids do not jump at every step. Once the person drags the divider, it stays where they put it.
     */
    private void fitExplain(boolean setupChanged) {
        double h = split.getHeight();
        Node content = explainScroll.getContent();
        if (dividerDragged || h <= 0 || content == null) {
            return;
        }
        double width = explainScroll.getViewportBounds().getWidth();
        // stacked (a narrow lab), the output size under the arithmetic is a scroll away
        Node measured = content == explainStacked ? equation.view() : content;
        Region box = (Region) content;
        double need = measured.prefHeight(width > 0 ? width - box.snappedLeftInset() - box.snappedRightInset() : -1)
                + box.snappedTopInset() + box.snappedBottomInset() + explainScroll.snappedTopInset()
                + explainScroll.snappedBottomInset() + 2;
        explainHeight = setupChanged ? need : Math.max(explainHeight, need);
        split.setDividerPositions(1 - Math.min(0.5, explainHeight / h));
    }

    /** Scrolls the step-by-step grids so the current step's window (and, if it fits too, its output) is in view. */
    private void scrollToStep() {
        PoolTrace.Step s = model.focus().shownStep();
        Node content = stepScroll.getContent();
        if (s == null || s.channel() >= grids.inputGrids.size() || content == null) {
            return;
        }
        Bounds window = cellBounds(grids.inputGrids.get(s.channel()), PoolLinks.window(s), content);
        Bounds both = window;
        if (s.channel() < grids.outputGrids.size()) {
            Bounds out = cellBounds(grids.outputGrids.get(s.channel()), java.util.List.of(new Cell(s.oy(), s.ox())), content);
            both = new BoundingBox(Math.min(window.getMinX(), out.getMinX()), Math.min(window.getMinY(), out.getMinY()),
                    Math.max(window.getMaxX(), out.getMaxX()) - Math.min(window.getMinX(), out.getMinX()),
                    Math.max(window.getMaxY(), out.getMaxY()) - Math.min(window.getMinY(), out.getMinY()));
        }
        Bounds view = stepScroll.getViewportBounds();
        Bounds target = both.getHeight() <= view.getHeight() && both.getWidth() <= view.getWidth() ? both : window;
        double extraY = content.getLayoutBounds().getHeight() - view.getHeight();
        if (extraY > 0) {
            double top = stepScroll.getVvalue() * extraY;
            double margin = summary.getFont().getSize();
            if (target.getMinY() < top) {
                stepScroll.setVvalue(Math.max(0, (target.getMinY() - margin) / extraY));
            } else if (target.getMaxY() > top + view.getHeight()) {
                stepScroll.setVvalue(Math.min(1, (target.getMaxY() + margin - view.getHeight()) / extraY));
            }
        }
        double extraX = content.getLayoutBounds().getWidth() - view.getWidth();
        if (extraX > 0) {
            double left = stepScroll.getHvalue() * extraX;
            if (target.getMinX() < left) {
                stepScroll.setHvalue(Math.max(0, target.getMinX() / extraX));
            } else if (target.getMaxX() > left + view.getWidth()) {
                stepScroll.setHvalue(Math.min(1, (target.getMaxX() - view.getWidth()) / extraX));
            }
        }
    }

    /** The box around some cells of a grid, in the coordinates of {@code content}. */
    private static Bounds cellBounds(TensorGrid g, java.util.List<Cell> cells, Node content) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        Point2D first = g.cellCenter(cells.getFirst());
        double half = (g.cellCenter(new Cell(cells.getFirst().row() + 1, cells.getFirst().col())).getY() - first.getY()) / 2;
        for (Cell c : cells) {
            Point2D p = g.cellCenter(c);
            minX = Math.min(minX, p.getX() - half);
            minY = Math.min(minY, p.getY() - half);
            maxX = Math.max(maxX, p.getX() + half);
            maxY = Math.max(maxY, p.getY() + half);
        }
        return content.sceneToLocal(g.localToScene(new BoundingBox(minX, minY, maxX - minX, maxY - minY)));
    }

    /** Shift + arrows move the experiment's input, 0 puts it back; only while the experiment is open. */
    private void shiftKeys(KeyEvent e) {
        if (!shiftTab.isSelected() || e.isShortcutDown() || e.isAltDown() || e.getTarget() instanceof TextInputControl) {
            return;
        }
        boolean handled = true;
        switch (e.getCode()) {
            case LEFT -> handled = e.isShiftDown() && move(0, -1);
            case RIGHT -> handled = e.isShiftDown() && move(0, 1);
            case UP -> handled = e.isShiftDown() && move(-1, 0);
            case DOWN -> handled = e.isShiftDown() && move(1, 0);
            case DIGIT0, NUMPAD0 -> model.shift().reset();
            default -> handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private boolean move(int dy, int dx) {
        model.shift().move(dy, dx);
        return true;
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

    private void showSetup() {
        PoolSetup s = model.setup();
        PoolTrace t = model.trace();
        banner.show(s.problems());
        sizes.show(s.outputSizes());
        grids.showSetup();
        int[] in = s.input().shape();
        String shapes = "x " + in[0] + "×" + in[1] + "×" + in[2] + "  →  " + PoolCards.operation(s);
        if (t != null) {
            int[] o = t.outputShape();
            shapes += "  →  y " + o[0] + "×" + o[1] + "×" + o[2];
        }
        summary.setText(shapes);
        showArithmetic();
        Platform.runLater(() -> fitExplain(true));
    }

    private void showStep() {
        showArithmetic();
        Platform.runLater(() -> fitExplain(false));
    }

    private void showArithmetic() {
        PoolTrace.Step s = model.focus().shownStep();
        PoolSetup setup = model.setup();
        if (s != null) {
            PoolTrace t = model.trace();
            equation.show(PoolArithmetic.heading(s, setup.kind(), t.config().kernelH(), t.config().kernelW()),
                    PoolArithmetic.lines(s, setup.kind()));
        } else if (model.trace() == null) {
            equation.showHint("Arithmetic", "No output to explain: the setup has a problem (see above).");
        } else {
            String avg = setup.kind() == PoolTrace.Kind.AVG && (setup.padH() > 0 || setup.padW() > 0)
                    ? " Padding counts as 0 and still counts in the divisor (count_include_pad=True, as in PyTorch)." : "";
            equation.showHint("Arithmetic", "Point at an output cell to see how it was made, or press → to step through the outputs "
                    + "(Space plays, Home and End jump, Escape shows them all)." + avg);
        }
    }

    private void copyPyTorch() {
        String code = TorchCode.pool(model.setup());
        ClipboardContent content = new ClipboardContent();
        content.putString(code);
        Clipboard.getSystemClipboard().setContent(content);
        say("Copied " + code.lines().count() + " lines of PyTorch.");
    }

    void say(String text) {
        message.setText(text);
    }
}
