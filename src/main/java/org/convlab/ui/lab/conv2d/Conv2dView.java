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
import javafx.scene.layout.VBox;
import org.convlab.explain.ConvSetup;
import org.convlab.explain.ConvTrace;
import org.convlab.ui.lab.LabControls;
import org.convlab.ui.lab.LabStyles;
import org.convlab.ui.lab.TorchCode;
import org.convlab.ui.widgets.ConvArithmetic;
import org.convlab.ui.widgets.EquationView;
import org.convlab.ui.widgets.Icons;
import org.convlab.ui.widgets.OutputSizeView;
import org.convlab.ui.widgets.ProblemBanner;
import org.convlab.ui.widgets.StepPlayerBar;

/**
 * The frame of the 2D convolution lab: controls on the left; the problem banner, a line with
 * the shapes and "Copy as PyTorch", and two tabs (the grids with the arithmetic, the kernel on
 * a photo) in the middle; the step player at the bottom. Node id of the root: conv2d-lab.
 */
final class Conv2dView {
    static final String STYLESHEET = Conv2dView.class.getResource("/org/convlab/ui/lab/conv2d/conv2d.css").toExternalForm();

    private final Conv2dModel model;
    private final LabControls controls;
    private final BorderPane root = new BorderPane();
    private final ProblemBanner banner = new ProblemBanner();
    private final Label summary = new Label();
    private final Label message = new Label();
    private final EquationView equation = new EquationView();
    private final OutputSizeView sizes = new OutputSizeView();
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

    Conv2dGrids grids() {
        return grids;
    }

    EquationView equation() {
        return equation;
    }

    private void createView() {
        root.setId("conv2d-lab");
        root.getStyleClass().addAll(LabStyles.LAB, "conv2d-lab");
        root.getStylesheets().addAll(LabStyles.STYLESHEET, STYLESHEET);

        ScrollPane left = new ScrollPane(new Conv2dControls(model, controls, photos).view());
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
        summary.setId("lab-summary");
        summary.getStyleClass().add(LabStyles.SUMMARY);
        summary.setWrapText(true);
        summary.setMinWidth(0);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        message.setId("lab-message");
        message.getStyleClass().add("muted");
        message.setWrapText(true);
        HBox actions = new HBox(message, copy);
        BorderPane.setAlignment(hide, Pos.CENTER_LEFT);
        BorderPane.setMargin(hide, new javafx.geometry.Insets(0, 10, 0, 0));
        actions.setAlignment(Pos.CENTER_RIGHT);
        actions.getStyleClass().add("control-pair");
        BorderPane header = new BorderPane(summary, null, actions, null, hide);
        header.getStyleClass().add(LabStyles.HEADER);
        BorderPane.setAlignment(summary, Pos.CENTER_LEFT);

        equation.view().setId("arithmetic");
        HBox.setHgrow(equation.view(), Priority.ALWAYS);
        HBox explain = new HBox(equation.view(), sizes.view());
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
        photoTab.selectedProperty().addListener((o, a, b) -> photoView.setShowing(b));
        // the arithmetic stays in view under the grids, however far they scroll
        SplitPane split = new SplitPane(tabs, explainScroll);
        split.setOrientation(Orientation.VERTICAL);
        SplitPane.setResizableWithParent(explainScroll, false);
        // the arithmetic gets about 12 lines of text, at most 45% of the height, until the user drags the divider
        boolean[] dragged = {false};
        split.heightProperty().addListener((o, a, h) -> {
            if (!dragged[0] && h.doubleValue() > 0) {
                double em = summary.getFont().getSize();
                split.setDividerPositions(1 - Math.min(0.45, 12.5 * em / h.doubleValue()));
            }
        });
        split.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_DRAGGED, e -> dragged[0] = true);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.setCenter(new VBox(banner.view(), header, split));

        root.setBottom(playerBar.view());
        controls.add("player", playerBar.view());
    }

    private void init() {
        new Conv2dLinks(model, grids);
        StepPlayerBar.installShortcuts(root, model.player());
        playerBar.setDescriber(i -> model.trace() == null ? "" : ConvArithmetic.name(model.trace().step(i), false));
        model.setupProperty().addListener((o, a, s) -> showSetup());
        model.focus().shownStepProperty().addListener((o, a, s) -> showStep());
        showSetup();
        // the presenter keys work as soon as the lab is on screen
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                Platform.runLater(root::requestFocus);
            }
        });
    }

    private void showSetup() {
        ConvSetup s = model.setup();
        ConvTrace t = model.trace();
        banner.show(s.problems());
        sizes.show(s.outputSizes());
        grids.showSetup();
        int[] in = s.input().shape();
        int[] k = s.kernel().shape();
        String shapes = "x " + in[0] + "×" + in[1] + "×" + in[2] + "  ⊛  w " + k[0] + "×" + k[1] + "×" + k[2] + "×" + k[3];
        if (t != null) {
            int[] o = t.outputShape();
            shapes += "  →  y " + o[0] + "×" + o[1] + "×" + o[2];
        }
        summary.setText(shapes);
        showStep();
    }

    private void showStep() {
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

    private void say(String text) {
        message.setText(text);
    }
}
