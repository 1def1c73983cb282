package org.convlab.ui.lab.conv2d;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.convlab.engine.Tensor;
import org.convlab.explain.ConvSetup;
import org.convlab.explain.ConvTrace;
import org.convlab.ui.lab.LabControls;
import org.convlab.ui.lab.LabStyles;
import org.convlab.ui.widgets.OutputSizeView;
import org.convlab.ui.widgets.Palette;
import org.convlab.ui.widgets.TensorGrid;

/**
 * The lab's grids, one per input channel, one per filter and channel of the kernel, the bias
 * and one feature map per filter, in a row that wraps: input ⊛ kernel + bias = output. Node
 * ids: input-grid-C, kernel-grid-F-C, bias-grid, output-grid-F. The linking of hover, click
 * and step between them is {@link Conv2dLinks}.
 */
final class Conv2dGrids {
    private final Conv2dModel model;
    private final LabControls controls;
    private final FlowPane root = new FlowPane();
    private final HBox inputs = new HBox();
    private final GridPane kernels = new GridPane();
    private final HBox outputs = new HBox();
    private final Label inputTitle = title();
    private final Label kernelTitle = title();
    private final Label outputTitle = title();
    private final VBox biasBox = new VBox();
    private final TensorGrid bias = new TensorGrid();
    private final OutputSizeView sizes = new OutputSizeView();
    private final Label noOutput = new Label("No output: the setup above cannot be computed.");
    final List<TensorGrid> inputGrids = new ArrayList<>();
    final List<List<TensorGrid>> kernelGrids = new ArrayList<>(); // [filter][channel]
    final List<TensorGrid> outputGrids = new ArrayList<>();

    Conv2dGrids(Conv2dModel model, LabControls controls) {
        this.model = model;
        this.controls = controls;
        createView();
        inputTitle.setId("input-title");
    }

    Node view() {
        return root;
    }

    private void createView() {
        root.getStyleClass().add(Conv2dView.STYLE_GRIDS);
        root.setAlignment(Pos.TOP_LEFT);
        inputs.getStyleClass().add(LabStyles.GRID_ROW);
        outputs.getStyleClass().add(LabStyles.GRID_ROW);
        kernels.getStyleClass().add(LabStyles.KERNEL_GROUP);
        bias.setId("bias-grid");
        bias.setNonNegativePalette(Palette.DIVERGING);
        bias.setShowIndices(false);
        Label biasCaption = caption("bias b");
        biasBox.getChildren().addAll(biasCaption, bias);
        biasBox.getStyleClass().add(LabStyles.GRID_CARD);
        noOutput.getStyleClass().add(LabStyles.MUTED);
        noOutput.setWrapText(true);
        noOutput.setMaxWidth(300);
        // input on the left; kernel above output on the right: the row stays narrow enough for
        // 1280 px with the controls open, and the output stays next to the input it comes from
        HBox kernelRow = new HBox(kernels, biasBox);
        kernelRow.getStyleClass().add(LabStyles.GRID_ROW);
        sizes.setCompact(true);
        VBox right = new VBox(section(kernelTitle, kernelRow), section(outputTitle, sizes.view(), outputs, noOutput));
        right.getStyleClass().add(LabStyles.GRID_COLUMN);
        root.getChildren().addAll(section(inputTitle, inputs), right);
        controls.onLock("input", locked -> inputGrids.forEach(this::editableInput));
        controls.onLock("kernel", locked -> kernelGrids.forEach(row -> row.forEach(this::editableKernel)));
        controls.onLock("bias", locked -> bias.setEditHandler(locked ? null
                : (cell, v) -> { model.setBias(cell.col(), v); return null; }));
    }

    /** Brings the grids in line with the model's setup: counts, values, padding. */
    void showSetup() {
        ConvSetup s = model.setup();
        ConvTrace t = model.trace();
        Tensor in = s.input();
        int[] k = s.kernel().shape();
        int[] p = s.padding();
        inputTitle.setText("Input x  " + in.dim(0) + "×" + in.dim(1) + "×" + in.dim(2));
        kernelTitle.setText("⊛  Kernel w  " + k[0] + "×" + k[1] + "×" + k[2] + "×" + k[3] + (s.groups() > 1 ? ", " + s.groups() + " groups" : ""));
        sizes.show(s.outputSizes());
        resize(inputGrids, in.dim(0), inputs, c -> "channel " + c, "input-grid-");
        for (int c = 0; c < in.dim(0); c++) {
            TensorGrid g = inputGrids.get(c);
            g.setValues(plane(in, c), in.dim(1), in.dim(2));
            g.setPadding(Math.max(0, p[0]), Math.max(0, p[1]), Math.max(0, p[2]), Math.max(0, p[3]));
        }
        resizeKernels(k[0], k[1]);
        for (int f = 0; f < k[0]; f++) {
            for (int c = 0; c < k[1]; c++) {
                kernelGrids.get(f).get(c).setValues(plane(s.kernel(), f * k[1] + c), k[2], k[3]);
            }
        }
        biasBox.setVisible(s.bias() != null);
        biasBox.setManaged(s.bias() != null);
        if (s.bias() != null) {
            bias.setValues(s.bias(), 1, s.bias().length);
        }
        noOutput.setVisible(t == null);
        noOutput.setManaged(t == null);
        if (t == null) {
            outputTitle.setText("=  Output y");
            resize(outputGrids, 0, outputs, f -> "", "output-grid-");
            return;
        }
        int[] o = t.outputShape();
        outputTitle.setText("=  Output y  " + o[0] + "×" + o[1] + "×" + o[2]);
        resize(outputGrids, o[0], outputs, f -> "filter " + f, "output-grid-");
        Tensor out = t.output();
        for (int f = 0; f < o[0]; f++) {
            outputGrids.get(f).setValues(plane(out, f), o[1], o[2]);
        }
    }

    private interface Caption {
        String of(int i);
    }

    private void resize(List<TensorGrid> grids, int n, HBox pane, Caption caption, String idPrefix) {
        if (grids.size() == n) {
            return;
        }
        grids.clear();
        pane.getChildren().clear();
        for (int i = 0; i < n; i++) {
            TensorGrid g = new TensorGrid();
            g.setId(idPrefix + i);
            g.getProperties().put("channel", i);
            if (idPrefix.startsWith("input")) {
                g.setNonNegativePalette(Palette.GRAY);
                editableInput(g);
            }
            grids.add(g);
            pane.getChildren().add(card(n > 1 ? caption.of(i) : "", g));
        }
        if (idPrefix.startsWith("input")) {
            onInputsRebuilt.run();
        } else {
            onOutputsRebuilt.run();
        }
    }

    private void resizeKernels(int filters, int channels) {
        if (kernelGrids.size() == filters && kernelGrids.getFirst().size() == channels) {
            return;
        }
        kernelGrids.clear();
        kernels.getChildren().clear();
        for (int f = 0; f < filters; f++) {
            List<TensorGrid> row = new ArrayList<>();
            for (int c = 0; c < channels; c++) {
                TensorGrid g = new TensorGrid();
                g.setId("kernel-grid-" + f + "-" + c);
                g.setNonNegativePalette(Palette.DIVERGING);
                editableKernel(g);
                row.add(g);
                String cap = (filters > 1 ? "filter " + f : "") + (filters > 1 && channels > 1 ? ", " : "")
                        + (channels > 1 ? "ch " + c : "");
                kernels.add(card(cap, g), c, f);
            }
            kernelGrids.add(row);
        }
        onKernelsRebuilt.run();
    }

    Runnable onInputsRebuilt = () -> { };
    Runnable onOutputsRebuilt = () -> { };
    Runnable onKernelsRebuilt = () -> { };

    private void editableInput(TensorGrid g) {
        int c = (Integer) g.getProperties().get("channel");
        g.setEditHandler(controls.isLocked("input") ? null : (cell, v) -> {
            model.setInputValue(c, cell.row(), cell.col(), v);
            return null;
        });
    }

    private void editableKernel(TensorGrid g) {
        String[] id = g.getId().split("-");
        int f = Integer.parseInt(id[2]);
        int c = Integer.parseInt(id[3]);
        g.setEditHandler(controls.isLocked("kernel") ? null : (cell, v) -> {
            model.setKernelValue(f, c, cell.row(), cell.col(), v);
            return null;
        });
    }

    static float[] plane(Tensor t, int i) {
        int[] s = t.shape();
        int n = s[s.length - 2] * s[s.length - 1];
        float[] out = new float[n];
        System.arraycopy(t.data(), i * n, out, 0, n);
        return out;
    }

    private static Node section(Label title, Node... content) {
        VBox box = new VBox(title);
        box.getChildren().addAll(content);
        box.getStyleClass().add(LabStyles.GRID_SECTION);
        return box;
    }

    private static Node card(String caption, TensorGrid g) {
        VBox box = caption.isEmpty() ? new VBox(g) : new VBox(caption(caption), g);
        box.getStyleClass().add(LabStyles.GRID_CARD);
        return box;
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(LabStyles.GRID_CAPTION);
        return l;
    }

    private static Label title() {
        Label l = new Label();
        l.getStyleClass().add(LabStyles.GRID_TITLE);
        return l;
    }
}
