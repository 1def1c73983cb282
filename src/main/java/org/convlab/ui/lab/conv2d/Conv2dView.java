package org.convlab.ui.lab.conv2d;

import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.convlab.explain.ConvSetup;
import org.convlab.explain.ConvTrace;
import org.convlab.ui.lab.LabControls;
import org.convlab.ui.lab.LabStyles;
import org.convlab.ui.lab.TorchCode;
import org.convlab.ui.widgets.ConvArithmetic;
import org.convlab.ui.widgets.EquationView;
import org.convlab.ui.widgets.Icons;
import org.convlab.ui.widgets.ProblemBanner;
import org.convlab.ui.widgets.StepPlayerBar;
import org.convlab.ui.widgets.StepPlayerModel;

/**
 * The frame of the 2D convolution lab: controls on the left; the problem banner and two tabs
 * (the grids, the kernel on a photo) with the controls toggle and "Copy as PyTorch" in their
 * row, and the arithmetic under them in the middle; the step player at the bottom. Node id of the root: conv2d-lab.
 */
final class Conv2dView {
    static final String STYLESHEET = Conv2dView.class.getResource("/org/convlab/ui/lab/conv2d/conv2d.css").toExternalForm();
    /** Style classes of conv2d.css. */
    static final String STYLE_LAB = "conv2d-lab";
    static final String STYLE_GRIDS = "conv2d-grids";
    static final String STYLE_CONTROLS = "conv2d-controls";
    static final String STYLE_PHOTO = "photo-filter";
    static final String STYLE_PHOTO_STATUS = "photo-status";
    static final String STYLE_PHOTO_PICTURES = "photo-pictures";

    private final Conv2dModel model;
    private final LabControls controls;
    private final BorderPane root = new BorderPane();
    private final ProblemBanner banner = new ProblemBanner();
    private final Label message = new Label();
    private final EquationView equation = new EquationView();
    private final Conv2dPhotos photos = new Conv2dPhotos(this::say);
    private final Conv2dGrids grids;
    private final StepPlayerBar playerBar;
    private final PhotoFilterView photoView;

    Conv2dView(Conv2dModel model, LabControls controls) {
        this.model = model;
        this.controls = controls;
        this.grids = new Conv2dGrids(model, controls);
        this.playerBar = new StepPlayerBar(model.player());
        this.photoView = new PhotoFilterView(model, photos);
        createView();
        init();
    }

    Node view() {
        return root;
    }

    EquationView equation() {
        return equation;
    }

    private void createView() {
        root.setId("conv2d-lab");
        root.getStyleClass().addAll(LabStyles.LAB, STYLE_LAB);
        root.getStylesheets().addAll(LabStyles.STYLESHEET, STYLESHEET);

        Conv2dControls controlColumn = new Conv2dControls(model, controls, photos);
        ScrollPane left = new ScrollPane(controlColumn.view());
        left.setFitToWidth(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        left.getStyleClass().add(LabStyles.CONTROLS_SCROLL);
        root.setLeft(left);
        ToggleButton hide = Icons.on(new ToggleButton(), "mdi2t-tune");
        hide.setId("toggle-controls");
        hide.setSelected(true);
        hide.setTooltip(new Tooltip("Show or hide the controls (more room for the grids)"));
        hide.getStyleClass().add("button-icon");
        left.visibleProperty().bind(hide.selectedProperty());
        left.managedProperty().bind(hide.selectedProperty());

        Button copy = Icons.on(new Button("Copy as PyTorch"), "mdi2l-language-python");
        copy.setId("copy-pytorch");
        copy.setTooltip(new Tooltip("Put the torch.nn.Conv2d call and these tensors on the clipboard"));
        copy.setOnAction(e -> copyPyTorch());
        copy.setMinWidth(Region.USE_PREF_SIZE);
        message.setId("lab-message");
        message.getStyleClass().add(LabStyles.MESSAGE);
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        // the actions sit in the tab row, right of the tabs, to leave the height to the grids
        HBox actions = new HBox(hide, copy);
        actions.setAlignment(Pos.CENTER_RIGHT);
        actions.getStyleClass().add(LabStyles.HEADER);
        actions.setPickOnBounds(false);
        actions.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE); // only as wide as its buttons: the tabs keep the rest
        StackPane.setAlignment(actions, Pos.TOP_RIGHT);

        equation.view().setId("arithmetic");
        HBox.setHgrow(equation.view(), Priority.ALWAYS);
        HBox explain = new HBox(equation.view());
        explain.getStyleClass().add(LabStyles.EXPLAIN);
        ScrollPane explainScroll = new ScrollPane(explain);
        explainScroll.setFitToWidth(true);
        explainScroll.getStyleClass().add(LabStyles.EXPLAIN_SCROLL);

        VBox steps = new VBox(grids.view());
        steps.getStyleClass().add(LabStyles.STEPS);
        ScrollPane stepScroll = new ScrollPane(steps);
        stepScroll.setFitToWidth(true);
        Tab stepTab = new Tab("Step by step", stepScroll);
        stepTab.setId("tab-steps");
        ScrollPane photoScroll = new ScrollPane(photoView.view());
        photoScroll.setFitToWidth(true);
        Tab photoTab = new Tab("On a photo", photoScroll);
        photoTab.setId("tab-photo");
        TabPane tabs = new TabPane(stepTab, photoTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add(LabStyles.TABS);
        // the tab row leaves room for the actions on its right, so a narrow lab never draws them over the tabs
        Runnable reserve = () -> {
            Node header = tabs.lookup(".tab-header-area");
            String style = String.format(java.util.Locale.ROOT, "-fx-padding: 0 %.0fpx 0 0;", actions.getWidth() + 8);
            if (header != null && !style.equals(header.getStyle())) {
                header.setStyle(style);
                // a change made during a layout pass can leave the tab row at a stale height (16 px
                // under 64 px tabs after a font change): lay the tabs out again on the next pulse
                Platform.runLater(tabs::requestLayout);
            }
        };
        actions.widthProperty().addListener((o, a, w) -> reserve.run());
        tabs.skinProperty().addListener((o, a, sk) -> reserve.run());
        // the arithmetic stays in view under the grids, however far they scroll
        SplitPane split = new SplitPane(new StackPane(tabs, actions), explainScroll);
        split.setOrientation(Orientation.VERTICAL);
        SplitPane.setResizableWithParent(explainScroll, false);
        // the arithmetic gets about 8 lines of text, at most 45% of the height, until the user drags the divider
        boolean[] dragged = {false};
        split.heightProperty().addListener((o, a, h) -> {
            if (!dragged[0] && h.doubleValue() > 0) {
                double em = message.getFont().getSize();
                split.setDividerPositions(1 - Math.min(0.45, 8.6 * em / h.doubleValue()));
            }
        });
        split.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_DRAGGED, e -> dragged[0] = true);
        // the photo tab has no arithmetic: it gets the whole height
        photoTab.selectedProperty().addListener((o, a, b) -> {
            photoView.setShowing(b);
            if (b) {
                split.getItems().remove(explainScroll);
            } else if (!split.getItems().contains(explainScroll)) {
                split.getItems().add(explainScroll);
                double em = message.getFont().getSize();
                split.setDividerPositions(1 - Math.min(0.45, 8.6 * em / Math.max(1, split.getHeight())));
            }
        });
        VBox.setVgrow(split, Priority.ALWAYS);
        root.setCenter(new VBox(banner.view(), message, split));
        // on a narrow lab (a big font on a small screen) the controls start folded away
        boolean[] toggled = {false};
        hide.setOnAction(e -> toggled[0] = true);
        root.widthProperty().addListener((o, a, w) -> {
            if (w.doubleValue() > 0) {
                // below 60 em the copy button keeps only its icon
                copy.setContentDisplay(w.doubleValue() >= 60 * message.getFont().getSize()
                        ? javafx.scene.control.ContentDisplay.LEFT : javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            }
            if (!toggled[0] && w.doubleValue() > 0) {
                hide.setSelected(w.doubleValue() >= 60 * message.getFont().getSize());
            }
        });

        root.setBottom(playerBar.view());
        controls.add("player", playerBar.view());
    }

    private void init() {
        new Conv2dLinks(model, grids);
        StepPlayerBar.installShortcuts(root, model.player());
        playerBar.setDescriber(i -> model.trace() == null ? "" : ConvArithmetic.name(model.trace().step(i), false));
        model.setupProperty().addListener((o, a, s) -> showSetup());
        model.focus().shownStepProperty().addListener((o, a, s) -> showStep());
        model.player().playingProperty().addListener((o, a, playing) -> {
            if (!playing && equationPending) {
                showStep();
            }
        });
        showSetup();
    }

    private void showSetup() {
        ConvSetup s = model.setup();
        banner.show(s.problems());
        grids.showSetup();
        showStep();
    }

    /** While playing faster than this, the arithmetic is rewritten at most this often (nobody reads faster). */
    private static final long EQUATION_INTERVAL_NANOS = 100_000_000L;
    private long lastEquation;
    private boolean equationPending;

    private void showStep() {
        StepPlayerModel p = model.player();
        if (p.isPlaying() && p.stepMillisProperty().get() < 100) {
            long now = System.nanoTime();
            if (now - lastEquation < EQUATION_INTERVAL_NANOS) {
                equationPending = true;
                return;
            }
            lastEquation = now;
        }
        equationPending = false;
        ConvTrace.Step s = model.focus().shownStep();
        if (s != null) {
            equation.show(ConvArithmetic.heading(s, false), ConvArithmetic.lines(s, false));
        } else if (model.trace() == null) {
            equation.showHint("Arithmetic", "No output to explain: the setup has a problem (see above).");
        } else {
            equation.showHint("Arithmetic", "Point at an output cell to see its sum, or press → to step through the outputs "
                    + "(Space plays, Home and End jump, Escape shows them all).");
        }
    }

    private void copyPyTorch() {
        String code = TorchCode.conv(model.setup());
        ClipboardContent content = new ClipboardContent();
        content.putString(code);
        Clipboard.getSystemClipboard().setContent(content);
        say("Copied " + code.lines().count() + " lines of PyTorch.");
    }

    /** A message above the tabs (a photo that cannot be read, what was copied); cleared after a while. */
    private void say(String text) {
        message.setText(text);
        javafx.animation.PauseTransition clear = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(6));
        clear.setOnFinished(e -> {
            if (text.equals(message.getText())) {
                message.setText("");
            }
        });
        clear.play();
    }
}
