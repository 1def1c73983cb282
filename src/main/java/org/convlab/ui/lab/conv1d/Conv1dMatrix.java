package org.convlab.ui.lab.conv1d;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convlab.explain.BandedMatrix;
import org.convlab.explain.ConvSetup;
import org.convlab.explain.ConvTrace;
import org.convlab.explain.DenseComparison;
import org.convlab.ui.lab.Reshape;
import org.convlab.ui.widgets.Cell;
import org.convlab.ui.widgets.ColorScale;
import org.convlab.ui.widgets.Palette;
import org.convlab.ui.widgets.TensorGrid;
import org.convlab.ui.widgets.TensorGrid.Emphasis;

/**
 * The convolution as a matrix product: for the shown filter, the banded weight matrix of each
 * input channel (from {@link BandedMatrix}) times that channel's padded signal, plus the bias,
 * equals the filter's output. The row of the current step, the samples it reads and its output
 * are highlighted; beside it, this layer's parameter count next to a dense layer's of the same
 * size ({@link DenseComparison}). Node ids: matrix-grid-C (C: the channel within the filter's
 * group), matrix-x-C, matrix-bias, matrix-y, param-conv, param-dense.
 */
final class Conv1dMatrix {
    /** Matrix cells are smaller than the strips' (their numbers are short): a 10 × 14 matrix fits beside its vectors. */
    static final double MATRIX_CELL_EM = 1.8;

    private final Conv1dModel model;
    private final VBox root = new VBox();
    private final Label title = new Label();
    private final FlowPane product = new FlowPane();
    private final Label paramConv = new Label();
    private final Label paramDense = new Label();
    private final Label noOutput = new Label("No matrix: the setup has no output (see above).");
    private final List<TensorGrid> matrices = new ArrayList<>();
    private final List<TensorGrid> signals = new ArrayList<>();
    private final TensorGrid bias = column("matrix-bias");
    private final TensorGrid output = column("matrix-y");
    private int filter = -1;
    private boolean builtBias;

    Conv1dMatrix(Conv1dModel model) {
        this.model = model;
        createView();
        init();
    }

    Node view() {
        return root;
    }

    /** The matrix of channel i of the shown filter's group (for tests). */
    TensorGrid matrix(int i) {
        return matrices.get(i);
    }

    TensorGrid signal(int i) {
        return signals.get(i);
    }

    TensorGrid output() {
        return output;
    }

    private void createView() {
        root.getStyleClass().add("conv1d-matrix");
        title.getStyleClass().add("grid-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label how = new Label("Row o of M holds the kernel where output o reads, 0 elsewhere: the same weights on every row, "
                + "shifted by the stride. Output o is row o times the padded signal.");
        how.getStyleClass().add("muted");
        how.setWrapText(true);
        how.setMinHeight(Region.USE_PREF_SIZE);
        product.getStyleClass().add("matrix-product");
        product.setAlignment(Pos.TOP_LEFT);
        product.setRowValignment(javafx.geometry.VPos.TOP);
        paramConv.setId("param-conv");
        paramDense.setId("param-dense");
        for (Label l : List.of(paramConv, paramDense)) {
            l.getStyleClass().add("param-count");
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        Label why = new Label("The convolution shares its weights along the signal and connects each output to a few "
                + "neighbouring samples only; the dense layer gives every pair of input and output a weight of its own.");
        why.getStyleClass().add("muted");
        why.setWrapText(true);
        why.setMinHeight(Region.USE_PREF_SIZE);
        VBox params = new VBox(paramConv, paramDense, why);
        params.getStyleClass().addAll("lab-card", "param-card");
        noOutput.getStyleClass().add("muted");
        root.getChildren().addAll(title, how, product, params);
    }

    private void init() {
        Conv1dFocus f = model.focus();
        // a step of the filter already shown only moves the highlight; another filter needs its matrix
        f.shownStepProperty().addListener((o, a, b) -> {
            if ((b == null ? 0 : b.outChannel()) != filter) {
                showSetup();
            } else {
                refresh();
            }
        });
        f.readersProperty().addListener((o, a, b) -> refresh());
        f.pinnedProperty().addListener((o, a, b) -> refresh());
        model.player().indexProperty().addListener((o, a, b) -> refresh());
    }

    /** Rebuilds the product for the shown filter (the current step's, else filter 0). */
    void showSetup() {
        ConvSetup s = model.setup();
        ConvTrace t = model.trace();
        if (t == null) {
            title.setText("y = M · x");
            product.getChildren().setAll(noOutput);
            matrices.clear();
            signals.clear();
            filter = -1;
            paramConv.setText("");
            paramDense.setText("");
            return;
        }
        ConvTrace.Step step = model.focus().shownStep();
        int f = step == null ? 0 : step.outChannel();
        int perGroup = s.kernel().dim(1);
        int first = (f / (s.kernel().dim(0) / s.groups())) * perGroup;
        int[] p = s.padding();
        int length = s.input().dim(2);
        if (f != filter || matrices.size() != perGroup || builtBias != (s.bias() != null)) {
            rebuild(f, perGroup, first, s.bias() != null);
        }
        for (int i = 0; i < perGroup; i++) {
            float[][] m = BandedMatrix.of(s.slidingKernel(), f, i, length, s.config());
            float[] flat = new float[m.length * (m.length == 0 ? 0 : m[0].length)];
            for (int r = 0; r < m.length; r++) {
                System.arraycopy(m[r], 0, flat, r * m[r].length, m[r].length);
            }
            TensorGrid grid = matrices.get(i);
            grid.setValues(flat, m.length, m.length == 0 ? 0 : m[0].length);
            // the band in the kernel strip's colours; the zeros around it stay quiet
            grid.setScale(ColorScale.forValues(Reshape.row(s.slidingKernel(), f * perGroup + i), Palette.SEQUENTIAL));
            TensorGrid x = signals.get(i);
            x.setValues(Reshape.row(s.input(), first + i), length, 1);
            x.setPadding(p[2], p[3], 0, 0);
        }
        if (s.bias() != null) {
            bias.setValues(new float[] {s.bias()[f]}, 1, 1);
        }
        output.setValues(Reshape.row(t.output(), f), t.outputShape()[2], 1);
        String filterText = s.kernel().dim(0) > 1 ? " of filter " + f : "";
        title.setText("y" + filterText + " = " + (perGroup > 1 ? "Σ over channels  M · x" : "M · x")
                + (s.bias() != null ? " + b" : "") + "   ·   x padded: " + p[2] + " before, " + p[3] + " after"
                + (s.flip() ? "   ·   M holds the flipped kernel" : ""));
        DenseComparison c = DenseComparison.of(s);
        paramConv.setText(Conv1dText.convCount(c));
        paramDense.setText(Conv1dText.denseCount(c));
        refresh();
    }

    private void rebuild(int f, int perGroup, int first, boolean hasBias) {
        filter = f;
        builtBias = hasBias;
        matrices.clear();
        signals.clear();
        product.getChildren().setAll(card("y", output), operator("="));
        for (int i = 0; i < perGroup; i++) {
            if (i > 0) {
                product.getChildren().add(operator("+"));
            }
            TensorGrid m = new TensorGrid();
            m.setId("matrix-grid-" + i);
            m.setQuietZeros(true);
            m.setMinCellEm(MATRIX_CELL_EM);
            m.setOnHover(cell -> model.focus().hoverOutput(cell == null ? null : new Conv1dFocus.Output(filter, cell.row())));
            m.setOnClick(cell -> model.focus().clickOutput(new Conv1dFocus.Output(filter, cell.row())));
            TensorGrid x = column("matrix-x-" + i);
            int channel = first + i;
            x.setOnHover(cell -> model.focus().hoverInput(cell == null ? null : new Conv1dFocus.Sample(channel, cell.row())));
            matrices.add(m);
            signals.add(x);
            String suffix = perGroup > 1 ? " (channel " + channel + ")" : "";
            product.getChildren().addAll(card("M" + suffix, m), operator("·"), card("x" + suffix, x));
        }
        if (hasBias) {
            product.getChildren().addAll(operator("+"), card("b", bias));
        }
        output.setOnHover(cell -> model.focus().hoverOutput(cell == null ? null : new Conv1dFocus.Output(filter, cell.row())));
        output.setOnClick(cell -> model.focus().clickOutput(new Conv1dFocus.Output(filter, cell.row())));
    }

    /** Emphasis from the focus: the shown step's row, samples and output; a hovered sample's readers. */
    void refresh() {
        ConvTrace t = model.trace();
        if (t == null || filter < 0) {
            return;
        }
        ConvTrace.Step s = model.focus().shownStep();
        boolean here = s != null && s.outChannel() == filter;
        int[] p = model.setup().padding();
        List<ConvTrace.Reader> readers = model.focus().readersProperty().get();
        Conv1dFocus.Sample hovered = model.focus().hoveredInputProperty().get();
        for (int i = 0; i < matrices.size(); i++) {
            TensorGrid m = matrices.get(i);
            TensorGrid x = signals.get(i);
            List<Cell> row = new ArrayList<>();
            List<Cell> window = new ArrayList<>();
            if (here) {
                for (int j = 0; j < m.cols(); j++) {
                    row.add(new Cell(s.ox(), j));
                }
                for (ConvTrace.Tap tap : s.taps()) {
                    if (tap.channel() == s.firstChannel() + i) {
                        window.add(new Cell(tap.ix(), 0));
                    }
                }
            }
            m.setEmphasis(Emphasis.WINDOW, row);
            x.setEmphasis(Emphasis.WINDOW, window);
            List<Cell> linked = new ArrayList<>();
            if (hovered != null && hovered.channel() == channelOf(i)) {
                for (ConvTrace.Reader r : readers) {
                    if (r.outChannel() == filter) {
                        linked.add(new Cell(r.ox(), hovered.index() + p[2]));
                    }
                }
            }
            m.setEmphasis(Emphasis.LINKED, linked);
        }
        List<Cell> outs = new ArrayList<>();
        for (ConvTrace.Reader r : readers) {
            if (r.outChannel() == filter) {
                outs.add(new Cell(r.ox(), 0));
            }
        }
        output.setEmphasis(Emphasis.LINKED, outs);
        output.setEmphasis(Emphasis.WINDOW, here ? List.of(new Cell(s.ox(), 0)) : List.of());
        output.setPinned(here && model.focus().isPinned() ? new Cell(s.ox(), 0) : null);
    }

    /** The input channel of the i-th matrix. */
    private int channelOf(int i) {
        ConvSetup s = model.setup();
        int perGroup = s.kernel().dim(1);
        return (filter / Math.max(1, s.kernel().dim(0) / s.groups())) * perGroup + i;
    }

    private static TensorGrid column(String id) {
        TensorGrid g = new TensorGrid();
        g.setId(id);
        g.setShowIndices(true, false);
        g.setNumberLimit(Conv1dStrips.NUMBER_LIMIT);
        return g;
    }

    private static Node operator(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("grid-operator");
        return l;
    }

    private static Node card(String caption, TensorGrid g) {
        Label l = new Label(caption);
        l.getStyleClass().add("grid-caption");
        VBox box = new VBox(l, g);
        box.getStyleClass().add("grid-card");
        box.setAlignment(Pos.TOP_CENTER);
        HBox.setHgrow(box, javafx.scene.layout.Priority.NEVER);
        return box;
    }
}
