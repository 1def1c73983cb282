package org.convlab.ui.lab.conv1d;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
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
import org.convlab.ui.widgets.NumberFormats;
import org.convlab.ui.widgets.OutputSizeView;
import org.convlab.ui.widgets.ProblemBanner;
import org.convlab.ui.widgets.StepPlayerBar;

/**
 * The frame of the 1D convolution lab, as the 2D lab's: controls on the left; the problem
 * banner, a line with the view switch (the strips step by step, or the matrix view), the shapes
 * and "Copy as PyTorch", and the chosen view in the middle, with the arithmetic and the output
 * size under it; the step player at the bottom. When the lab is narrow (a large font on a projector) the controls start
 * hidden so the strips keep their room; the button at the top left shows them. Node id of the
 * root: conv1d-lab.
 */
final class Conv1dView {
    static final String STYLESHEET = Conv1dView.class.getResource("/org/convlab/ui/lab/conv1d/conv1d.css").toExternalForm();
    /** Below this width, in em of the lab's font, the controls start hidden. */
    static final double NARROW_EM = 52;

    private final Conv1dModel model;
    private final LabControls controls;
    private final BorderPane root = new BorderPane();
    private final ProblemBanner banner = new ProblemBanner();
    private final Label summary = new Label();
    private final Label message = new Label();
    private final EquationView equation = new EquationView();
    private final OutputSizeView sizes = new OutputSizeView();
    private final ToggleButton showControls = Icons.on(new ToggleButton(), "mdi2t-tune");
    private final Conv1dStrips strips;
    private final Conv1dMatrix matrix;
    private final StepPlayerBar playerBar;
    private final Button copy = new Button("Copy as PyTorch");
    /** The arithmetic and the output size: side by side, or one under the other on a narrow lab. */
    private final StackPane explain = new StackPane();
    private final HBox explainRow = new HBox();
    private final VBox explainColumn = new VBox();
    private final VBox sizesBox = new VBox();
    private final SplitPane split = new SplitPane();
    private boolean controlsToggledByHand;
    private boolean dividerDragged;

    Conv1dView(Conv1dModel model, LabControls controls) {
        this.model = model;
        this.controls = controls;
        this.strips = new Conv1dStrips(model, controls);
        this.matrix = new Conv1dMatrix(model);
        this.playerBar = new StepPlayerBar(model.player());
        createView();
        init();
    }

    Node view() {
        return root;
    }

    EquationView equation() {
        return equation;
    }

    OutputSizeView sizes() {
        return sizes;
    }

    ProblemBanner banner() {
        return banner;
    }

    private void createView() {
        root.setId("conv1d-lab");
        root.getStyleClass().addAll(LabStyles.LAB, "conv1d-lab");
        root.getStylesheets().addAll(LabStyles.STYLESHEET, STYLESHEET);

        ScrollPane left = new ScrollPane(new Conv1dControls(model, controls).view());
        left.setFitToWidth(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        left.getStyleClass().add(LabStyles.CONTROLS_SCROLL);
        root.setLeft(left);
        showControls.setId("toggle-controls");
        showControls.setSelected(true);
        showControls.setTooltip(new Tooltip("Show or hide the controls (more room for the signal)"));
        showControls.getStyleClass().add("button-icon");
        showControls.setMinWidth(Region.USE_PREF_SIZE);
        left.visibleProperty().bind(showControls.selectedProperty());
        left.managedProperty().bind(showControls.selectedProperty());

        Icons.on(copy, "mdi2l-language-python");
        copy.setId("copy-pytorch");
        copy.setTooltip(new Tooltip("Put the torch.nn.Conv1d call and these tensors on the clipboard"));
        copy.setOnAction(e -> copyPyTorch());
        copy.setMinWidth(Region.USE_PREF_SIZE);
        summary.setId("lab-summary");
        summary.getStyleClass().add(LabStyles.SUMMARY);
        summary.setWrapText(true); // between its parts only: each part's spaces are non-breaking
        summary.setMinHeight(Region.USE_PREF_SIZE);
        message.setId("lab-message");
        message.getStyleClass().add("muted");
        message.setWrapText(true);
        message.setMinWidth(0);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        ToggleButton stepsView = new ToggleButton("Step by step");
        stepsView.setId("view-steps");
        stepsView.getStyleClass().add("left-pill");
        ToggleButton matrixView = new ToggleButton("Matrix view");
        matrixView.setId("view-matrix");
        matrixView.getStyleClass().add("right-pill");
        ToggleGroup viewGroup = new ToggleGroup();
        viewGroup.getToggles().addAll(stepsView, matrixView);
        stepsView.setSelected(true);
        // one view is always chosen: clicking the chosen one again keeps it
        viewGroup.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                viewGroup.selectToggle(was);
            }
        });
        for (ToggleButton b : List.of(stepsView, matrixView)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox viewSwitch = new HBox(stepsView, matrixView);
        viewSwitch.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(showControls, viewSwitch, grow, message, copy);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().addAll(LabStyles.HEADER, "conv1d-header");

        equation.view().setId("arithmetic");
        HBox.setHgrow(equation.view(), Priority.ALWAYS);
        sizesBox.getChildren().addAll(sizes.view(), summary);
        sizesBox.getStyleClass().add("conv1d-sizes");
        explainRow.getChildren().setAll(equation.view(), sizesBox);
        explainRow.getStyleClass().add(LabStyles.EXPLAIN);
        explainColumn.getStyleClass().add(LabStyles.EXPLAIN);
        explain.getChildren().setAll(explainRow);
        explain.setAlignment(Pos.TOP_LEFT);
        ScrollPane explainScroll = new ScrollPane(explain);
        explainScroll.setFitToWidth(true);
        explainScroll.getStyleClass().add(LabStyles.EXPLAIN_SCROLL);

        VBox steps = new VBox(strips.view());
        steps.getStyleClass().add(LabStyles.STEPS);
        ScrollPane stepScroll = new ScrollPane(steps);
        stepScroll.setFitToWidth(true);
        stepScroll.setId("steps-view");
        stepScroll.viewportBoundsProperty().addListener((o, a, b) -> strips.visibleWidthProperty().set(b.getWidth()));
        VBox matrixBox = new VBox(matrix.view());
        matrixBox.getStyleClass().add(LabStyles.STEPS);
        ScrollPane matrixScroll = new ScrollPane(matrixBox);
        matrixScroll.setFitToWidth(true);
        matrixScroll.setId("matrix-view");
        // the two views are switched in the header line rather than by tabs: a projector's short
        // screen keeps the line of tab headers for the strips
        stepScroll.visibleProperty().bind(stepsView.selectedProperty());
        matrixScroll.visibleProperty().bind(matrixView.selectedProperty());
        StackPane views = new StackPane(stepScroll, matrixScroll);
        views.getStyleClass().add("conv1d-views");
        // the arithmetic stays in view under the strips, however far they scroll
        split.getItems().setAll(views, explainScroll);
        split.setOrientation(Orientation.VERTICAL);
        SplitPane.setResizableWithParent(explainScroll, false);
        // the arithmetic gets the lines this setup's sums take, at most 40% of the height, until
        // the user drags the divider
        split.heightProperty().addListener((o, a, h) -> fitDivider());
        split.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> dividerDragged = true);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox center = new VBox(banner.view(), header, split);
        BorderPane.setMargin(center, Insets.EMPTY);
        root.setCenter(center);

        root.setBottom(playerBar.view());
        controls.add("player", playerBar.view());
    }

    private void init() {
        new Conv1dLinks(model, strips);
        StepPlayerBar.installShortcuts(root, model.player());
        playerBar.setDescriber(i -> model.trace() == null ? "" : ConvArithmetic.name(model.trace().step(i), true));
        model.setupProperty().addListener((o, a, s) -> showSetup());
        model.focus().shownStepProperty().addListener((o, a, s) -> showStep());
        showControls.setOnAction(e -> controlsToggledByHand = true);
        root.widthProperty().addListener((o, a, w) -> fitWidth());
        summary.fontProperty().addListener((o, a, f) -> {
            fitWidth();
            fitDivider();
        });
        showSetup();
    }

    /**
     * On a narrow lab (a large font on a projector) the controls start hidden, until the user
     * shows them, and "Copy as PyTorch" shrinks to its icon; on a wide one both come back.
     */
    private void fitWidth() {
        double width = root.getWidth();
        if (width <= 0) {
            return;
        }
        boolean narrow = width / summary.getFont().getSize() < NARROW_EM;
        copy.setContentDisplay(narrow ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
        Pane layout = narrow ? explainColumn : explainRow;
        if (equation.view().getParent() != layout) {
            layout.getChildren().setAll(equation.view(), sizesBox);
            explain.getChildren().setAll(layout);
        }
        if (!controlsToggledByHand) {
            showControls.setSelected(!narrow);
        }
    }

    /**
     * Gives the arithmetic the height of the lines a step of this setup shows (heading, window,
     * two per input channel of a group, the sum over channels, the bias, the result, the padding
     * note), at most 40% of the lab.
     */
    private void fitDivider() {
        double h = split.getHeight();
        if (dividerDragged || h <= 0) {
            return;
        }
        ConvSetup s = model.setup();
        int channels = s.kernel().dim(1);
        int[] p = s.padding();
        int lines = 3 + 2 * channels + (channels > 1 ? 1 : 0) + (s.bias() != null ? 1 : 0) + (p[2] + p[3] > 0 ? 1 : 0);
        double em = summary.getFont().getSize();
        split.setDividerPositions(1 - Math.min(0.40, (1.45 * lines + 2.2) * em / h));
    }

    private void showSetup() {
        ConvSetup s = model.setup();
        ConvTrace t = model.trace();
        banner.show(s.problems());
        sizes.show(s.outputSizes());
        strips.showSetup();
        matrix.showSetup();
        summary.setText(Conv1dText.shapes(s, t));
        fitDivider();
        showStep();
    }

    private void showStep() {
        ConvTrace.Step s = model.focus().shownStep();
        if (s != null) {
            ConvSetup setup = model.setup();
            List<EquationView.Line> lines = new ArrayList<>();
            lines.add(new EquationView.Line("", List.of(new EquationView.Part(
                    Conv1dText.window(s, setup.dilationW()), "eq-window")), false));
            lines.addAll(ConvArithmetic.lines(s, true));
            // the value in the heading too: on a short screen it is in view before the lines
            equation.show(ConvArithmetic.heading(s, true) + " = " + NumberFormats.exact(s.value()), lines);
        } else if (model.trace() == null) {
            equation.showHint("Arithmetic", "No output to explain: the setup has a problem (see above).");
        } else {
            equation.showHint("Arithmetic", "Point at an output sample to see its sum, or press → to step through the outputs "
                    + "(Space plays, Home and End jump, Escape shows them all).");
        }
    }

    private void copyPyTorch() {
        String code = TorchCode.conv(model.setup());
        ClipboardContent content = new ClipboardContent();
        content.putString(code);
        Clipboard.getSystemClipboard().setContent(content);
        message.setText("Copied " + code.lines().count() + " lines of PyTorch.");
    }
}
