package org.convlab.ui.lab.conv1d;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convlab.engine.Tensor;
import org.convlab.explain.ConvSetup;
import org.convlab.explain.ConvTrace;
import org.convlab.ui.lab.LabControls;
import org.convlab.ui.lab.Reshape;
import org.convlab.ui.widgets.TensorGrid;

/**
 * The step-by-step picture of the 1D lab: one strip per input channel (padding drawn as hatched
 * zeros at the ends), the kernel that slides (one strip per filter and channel, flipped for a
 * true convolution) with the bias and what the flip does, and one output strip per filter,
 * stacked x, w, y, every strip with the same cell width so positions line up. Node ids:
 * input-grid-C, kernel-grid-F-C, bias-grid, output-grid-F, flip-statement. The linking of hover, click and step between the
 * strips is {@link Conv1dLinks}.
 */
final class Conv1dStrips {
    /** Strips up to this many samples (padding included) show numbers; longer ones a heat map. */
    static final int NUMBER_LIMIT = 40;

    private final Conv1dModel model;
    private final LabControls controls;
    private final VBox root = new VBox();
    private final Label inputTitle = title();
    private final Label kernelTitle = title();
    private final Label outputTitle = title();
    private final Label flipStatement = new Label();
    private final DoubleProperty visibleWidth = new SimpleDoubleProperty(Double.MAX_VALUE);
    private final Label noOutput = new Label("No output: the setup above cannot be computed.");
    private final TensorGrid bias = strip("bias-grid");
    final List<TensorGrid> inputGrids = new ArrayList<>();
    final List<List<TensorGrid>> kernelGrids = new ArrayList<>(); // [filter][channel]
    final List<TensorGrid> outputGrids = new ArrayList<>();
    private int builtChannels = -1;
    private int builtFilters = -1;
    private int builtKernelChannels = -1;
    private int builtOutputs = -1;
    private boolean builtBias;
    Runnable onRebuilt = () -> { };

    Conv1dStrips(Conv1dModel model, LabControls controls) {
        this.model = model;
        this.controls = controls;
        createView(controls);
    }

    Node view() {
        return root;
    }

    TensorGrid biasGrid() {
        return bias;
    }

    /** The width of the strips' view (their scroll pane's viewport), so text beside them wraps within it. */
    DoubleProperty visibleWidthProperty() {
        return visibleWidth;
    }

    private void createView(LabControls controls) {
        root.getStyleClass().add("conv1d-strips");
        flipStatement.setId("flip-statement");
        flipStatement.getStyleClass().add("flip-statement");
        flipStatement.setWrapText(true);
        flipStatement.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        noOutput.getStyleClass().add("muted");
        noOutput.setWrapText(true);
        bias.setShowIndices(false);
        controls.onLock("input", locked -> inputGrids.forEach(this::editableInput));
        controls.onLock("kernel", locked -> kernelGrids.forEach(row -> row.forEach(this::editableKernel)));
        controls.onLock("bias", locked -> bias.setEditHandler(locked ? null : (cell, v) -> {
            model.setBias(cell.col(), v);
            return null;
        }));
    }

    /** Brings the strips in line with the model's setup: counts, values, padding, texts. */
    void showSetup() {
        ConvSetup s = model.setup();
        ConvTrace t = model.trace();
        Tensor in = s.input();
        int[] k = s.kernel().shape();
        int outputs = t == null ? 0 : t.outputShape()[0];
        boolean hasBias = s.bias() != null;
        if (in.dim(0) != builtChannels || k[0] != builtFilters || k[1] != builtKernelChannels
                || outputs != builtOutputs || hasBias != builtBias) {
            rebuild(in.dim(0), k[0], k[1], outputs, hasBias);
        }
        int[] p = s.padding();
        for (int c = 0; c < in.dim(0); c++) {
            TensorGrid g = inputGrids.get(c);
            g.setValues(Reshape.row(in, c), 1, in.dim(2));
            g.setPadding(0, 0, Math.max(0, p[2]), Math.max(0, p[3]));
        }
        Tensor sliding = s.slidingKernel();
        for (int f = 0; f < k[0]; f++) {
            for (int c = 0; c < k[1]; c++) {
                kernelGrids.get(f).get(c).setValues(Reshape.row(sliding, f * k[1] + c), 1, k[3]);
            }
        }
        if (hasBias) {
            bias.setValues(s.bias(), 1, s.bias().length);
        }
        if (t != null) {
            Tensor out = t.output();
            for (int f = 0; f < outputs; f++) {
                outputGrids.get(f).setValues(Reshape.row(out, f), 1, t.outputShape()[2]);
            }
        }
        alignCells();
        inputTitle.setText("Input x  ·  length " + in.dim(2) + (in.dim(0) > 1 ? ", " + in.dim(0) + " channels" : "")
                + Conv1dText.padding(s));
        kernelTitle.setText("⊛  Kernel w  ·  size " + k[3] + (s.dilationW() > 1 ? ", dilation " + s.dilationW() : "")
                + (s.groups() > 1 ? ", " + s.groups() + " groups" : "") + (s.flip() ? ", flipped" : ""));
        outputTitle.setText("=  Output y" + (t == null ? "" : "  ·  length " + t.outputShape()[2]
                + (s.strideW() > 1 ? ", stride " + s.strideW() : "")));
        flipStatement.setText(Conv1dText.flipStatement(s));
        flipStatement.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("flipped"), s.flip());
    }

    private void rebuild(int channels, int filters, int kernelChannels, int outputs, boolean hasBias) {
        builtChannels = channels;
        builtFilters = filters;
        builtKernelChannels = kernelChannels;
        builtOutputs = outputs;
        builtBias = hasBias;
        inputGrids.clear();
        kernelGrids.clear();
        outputGrids.clear();
        VBox inputs = section(inputTitle);
        for (int c = 0; c < channels; c++) {
            TensorGrid g = strip("input-grid-" + c);
            g.getProperties().put("channel", c);
            editableInput(g);
            inputGrids.add(g);
            inputs.getChildren().add(channels > 1 ? card("channel " + c, g) : g);
        }
        VBox kernelLines = new VBox();
        kernelLines.getStyleClass().add("kernel-lines");
        for (int f = 0; f < filters; f++) {
            List<TensorGrid> strips = new ArrayList<>();
            HBox line = new HBox();
            line.getStyleClass().add("kernel-line");
            line.setAlignment(Pos.BOTTOM_LEFT);
            for (int c = 0; c < kernelChannels; c++) {
                TensorGrid g = strip("kernel-grid-" + f + "-" + c);
                g.getProperties().put("filter", f);
                g.getProperties().put("channel", c);
                editableKernel(g);
                strips.add(g);
                String caption = (filters > 1 ? "filter " + f : "") + (filters > 1 && kernelChannels > 1 ? ", " : "")
                        + (kernelChannels > 1 ? "channel " + c : "");
                line.getChildren().add(caption.isEmpty() ? g : card(caption, g));
            }
            if (f == 0 && hasBias) {
                line.getChildren().add(card(filters > 1 ? "bias b, one per filter" : "bias b", bias));
            }
            kernelGrids.add(strips);
            kernelLines.getChildren().add(line);
        }
        // the statement beside the kernel: a short strip leaves the room, and the strips below stay in view
        HBox kernelRow = new HBox(kernelLines, flipStatement);
        kernelRow.getStyleClass().add("kernel-row");
        kernelRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(flipStatement, Priority.SOMETIMES);
        // as wide as its words, wrapping within what is in view: when the strips are wider than
        // the view, the row is too, and the statement would run on past the right edge
        flipStatement.maxWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            double em = flipStatement.getFont().getSize();
            double inView = visibleWidth.get() - kernelLines.getWidth() - 2.5 * em; // the row's gap and the margins
            return Math.min(flipStatement.prefWidth(-1), Math.max(12 * em, inView));
        }, visibleWidth, kernelLines.widthProperty(), flipStatement.textProperty(), flipStatement.fontProperty()));
        kernelLines.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox kernels = section(kernelTitle);
        kernels.getChildren().add(kernelRow);
        VBox outs = section(outputTitle);
        for (int f = 0; f < outputs; f++) {
            TensorGrid g = strip("output-grid-" + f);
            g.getProperties().put("channel", f);
            outputGrids.add(g);
            outs.getChildren().add(outputs > 1 ? card("filter " + f, g) : g);
        }
        if (outputs == 0) {
            outs.getChildren().add(noOutput);
        }
        root.getChildren().setAll(inputs, kernels, outs);
        onRebuilt.run();
    }

    /** Gives every strip the same cell width, so positions line up from strip to strip. */
    private void alignCells() {
        List<TensorGrid> all = new ArrayList<>(inputGrids);
        kernelGrids.forEach(all::addAll);
        all.addAll(outputGrids);
        if (builtBias) {
            all.add(bias);
        }
        double widest = 0;
        for (TensorGrid g : all) {
            g.setMinCellEm(0);
            widest = Math.max(widest, g.naturalCellEm());
        }
        for (TensorGrid g : all) {
            g.setMinCellEm(widest);
        }
    }


    private void editableInput(TensorGrid g) {
        int c = (Integer) g.getProperties().get("channel");
        g.setEditHandler(controls.isLocked("input") ? null : (cell, v) -> {
            model.setInputValue(c, cell.col(), v);
            return null;
        });
    }

    /** The strip shows the kernel that slides; an edit goes to the same tap of the kernel as written. */
    private void editableKernel(TensorGrid g) {
        int f = (Integer) g.getProperties().get("filter");
        int c = (Integer) g.getProperties().get("channel");
        g.setEditHandler(controls.isLocked("kernel") ? null : (cell, v) -> {
            int k = g.cols();
            model.setKernelValue(f, c, model.setup().flip() ? k - 1 - cell.col() : cell.col(), v);
            return null;
        });
    }

    static TensorGrid strip(String id) {
        TensorGrid g = new TensorGrid();
        g.setId(id);
        g.setShowIndices(false, true);
        g.setNumberLimit(NUMBER_LIMIT);
        g.setHeatMapSide(NUMBER_LIMIT);
        return g;
    }

    private static Label title() {
        Label l = new Label();
        l.getStyleClass().add("grid-title");
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static VBox section(Label title) {
        VBox box = new VBox(title);
        box.getStyleClass().add("grid-section");
        return box;
    }

    private static Node card(String caption, TensorGrid g) {
        Label l = new Label(caption);
        l.getStyleClass().add("grid-caption");
        VBox box = new VBox(l, g);
        box.getStyleClass().add("grid-card");
        return box;
    }
}
