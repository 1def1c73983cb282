package org.convlab.ui.lab.pool;

import java.util.List;
import javafx.application.Platform;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convlab.explain.PoolSetup;
import org.convlab.explain.PoolTrace;
import org.convlab.ui.lab.LabStyles;
import org.convlab.ui.widgets.Cell;
import org.convlab.ui.widgets.EquationView;
import org.convlab.ui.widgets.OutputSizeView;
import org.convlab.ui.widgets.TensorGrid;

/**
 * The step-by-step tab: the shapes in one line, the grids, and under them the arithmetic of the
 * shown step and the output size, which stay in view however far the grids scroll. It sizes
 * itself for a projector: the arithmetic gets the height its lines need, the output size moves
 * under the arithmetic on a narrow lab, and stepping scrolls the current window into view.
 * Node ids: lab-summary, lab-message, arithmetic.
 */
final class PoolStepTab {
    private final PoolModel model;
    private final PoolGrids grids;
    private final Label summary = new Label();
    private final Label message = new Label();
    private final EquationView equation = new EquationView();
    private final OutputSizeView sizes = new OutputSizeView();
    private final ScrollPane gridScroll = new ScrollPane();
    private final ScrollPane explainScroll = new ScrollPane();
    private final HBox explainWide = new HBox();
    private final VBox explainStacked = new VBox();
    private final SplitPane split = new SplitPane();
    private boolean dividerDragged;
    private double explainHeight;

    PoolStepTab(PoolModel model, PoolGrids grids) {
        this.model = model;
        this.grids = grids;
        createView();
        init();
    }

    Node view() {
        return split;
    }

    EquationView equation() {
        return equation;
    }

    /** A short message beside the shapes ("Copied 12 lines of PyTorch."). */
    void say(String text) {
        message.setText(text);
    }

    private void createView() {
        summary.setId("lab-summary");
        summary.getStyleClass().add(LabStyles.SUMMARY);
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        message.setId("lab-message");
        message.getStyleClass().add("muted");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        HBox shapes = new HBox(summary, message);
        shapes.getStyleClass().add("pool-shapes");
        HBox.setHgrow(message, Priority.ALWAYS);
        VBox steps = new VBox(shapes, grids.view());
        steps.getStyleClass().add(LabStyles.STEPS);
        gridScroll.setContent(steps);
        gridScroll.setFitToWidth(true);

        equation.view().setId("arithmetic");
        sizes.setCompact(true);
        HBox.setHgrow(equation.view(), Priority.ALWAYS);
        explainWide.getStyleClass().add(LabStyles.EXPLAIN);
        explainStacked.getStyleClass().add(LabStyles.EXPLAIN);
        explainWide.getChildren().setAll(equation.view(), sizes.view());
        explainScroll.setContent(explainWide);
        explainScroll.setFitToWidth(true);
        explainScroll.getStyleClass().add(LabStyles.EXPLAIN_SCROLL);

        split.getItems().setAll(gridScroll, explainScroll);
        split.setOrientation(Orientation.VERTICAL);
        SplitPane.setResizableWithParent(explainScroll, false);
    }

    private void init() {
        split.heightProperty().addListener((o, a, h) -> fitExplain(false));
        split.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> dividerDragged = true);
        model.focus().shownStepProperty().addListener((o, a, s) -> {
            showArithmetic();
            Platform.runLater(() -> fitExplain(false));
        });
        // a step whose window lies outside the view (a big input, a big font) scrolls it into view
        model.player().indexProperty().addListener((o, a, i) -> Platform.runLater(this::scrollToStep));
    }

    /** Shows a new setup: shapes, output size, grids, arithmetic. */
    void showSetup() {
        PoolSetup s = model.setup();
        PoolTrace t = model.trace();
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

    /** Puts the output size beside the arithmetic, or under it when the tab is narrower than {@code em} 45. */
    void fitWidth(double width, double em) {
        boolean stacked = width < 45 * em;
        Pane want = stacked ? explainStacked : explainWide;
        if (explainScroll.getContent() != want) {
            (stacked ? explainWide : explainStacked).getChildren().clear();
            want.getChildren().setAll(equation.view(), sizes.view());
            explainScroll.setContent(want);
            Platform.runLater(() -> fitExplain(true));
        }
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

    /** Scrolls the grids so the current step's window (and, if it fits too, its output) is in view. */
    private void scrollToStep() {
        PoolTrace.Step s = model.focus().shownStep();
        Node content = gridScroll.getContent();
        if (s == null || s.channel() >= grids.inputGrids.size()) {
            return;
        }
        Bounds window = cellBounds(grids.inputGrids.get(s.channel()), PoolLinks.window(s), content);
        Bounds both = window;
        if (s.channel() < grids.outputGrids.size()) {
            Bounds out = cellBounds(grids.outputGrids.get(s.channel()), List.of(new Cell(s.oy(), s.ox())), content);
            double x0 = Math.min(window.getMinX(), out.getMinX());
            double y0 = Math.min(window.getMinY(), out.getMinY());
            both = new BoundingBox(x0, y0, Math.max(window.getMaxX(), out.getMaxX()) - x0, Math.max(window.getMaxY(), out.getMaxY()) - y0);
        }
        Bounds view = gridScroll.getViewportBounds();
        Bounds target = both.getHeight() <= view.getHeight() && both.getWidth() <= view.getWidth() ? both : window;
        double margin = summary.getFont().getSize();
        double extraY = content.getLayoutBounds().getHeight() - view.getHeight();
        if (extraY > 0) {
            double top = gridScroll.getVvalue() * extraY;
            if (target.getMinY() < top) {
                gridScroll.setVvalue(Math.max(0, (target.getMinY() - margin) / extraY));
            } else if (target.getMaxY() > top + view.getHeight()) {
                gridScroll.setVvalue(Math.min(1, (target.getMaxY() + margin - view.getHeight()) / extraY));
            }
        }
        double extraX = content.getLayoutBounds().getWidth() - view.getWidth();
        if (extraX > 0) {
            double left = gridScroll.getHvalue() * extraX;
            if (target.getMinX() < left) {
                gridScroll.setHvalue(Math.max(0, target.getMinX() / extraX));
            } else if (target.getMaxX() > left + view.getWidth()) {
                gridScroll.setHvalue(Math.min(1, (target.getMaxX() - view.getWidth()) / extraX));
            }
        }
    }

    /** The box around some cells of a grid, in the coordinates of {@code content}. */
    private static Bounds cellBounds(TensorGrid g, List<Cell> cells, Node content) {
        Cell first = cells.getFirst();
        double half = (g.cellCenter(new Cell(first.row() + 1, first.col())).getY() - g.cellCenter(first).getY()) / 2;
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Cell c : cells) {
            Point2D p = g.cellCenter(c);
            minX = Math.min(minX, p.getX() - half);
            minY = Math.min(minY, p.getY() - half);
            maxX = Math.max(maxX, p.getX() + half);
            maxY = Math.max(maxY, p.getY() + half);
        }
        return content.sceneToLocal(g.localToScene(new BoundingBox(minX, minY, maxX - minX, maxY - minY)));
    }
}
