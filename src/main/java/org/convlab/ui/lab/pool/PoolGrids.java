package org.convlab.ui.lab.pool;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.convlab.engine.Tensor;
import org.convlab.explain.PoolSetup;
import org.convlab.explain.PoolTrace;
import org.convlab.ui.lab.LabControls;
import org.convlab.ui.widgets.ColorScale;
import org.convlab.ui.widgets.TensorGrid;

/**
 * The step-by-step grids: per channel, the input and the output pooled from it side by side
 * (pooling never mixes channels), the channels next to each other as far as the width allows.
 * Input and output share one colour scale, so a pooled value has the colour of the cells it
 * came from. Node ids: input-grid-C, output-grid-C. The linking of hover, click and step
 * between them is {@link PoolLinks}.
 */
final class PoolGrids {
    private final PoolModel model;
    private final FlowPane root = new FlowPane();
    private final List<Label> inputTitles = new ArrayList<>();
    private final List<Label> outputTitles = new ArrayList<>();
    private final List<VBox> outputBoxes = new ArrayList<>();
    private final Label noOutput = new Label("No output: the setup above cannot be computed.");
    final List<TensorGrid> inputGrids = new ArrayList<>();
    final List<TensorGrid> outputGrids = new ArrayList<>();
    private final LabControls controls;
    Runnable onInputsRebuilt = () -> { };
    Runnable onOutputsRebuilt = () -> { };

    PoolGrids(PoolModel model, LabControls controls) {
        this.model = model;
        this.controls = controls;
        root.getStyleClass().add("pool-grids");
        root.setAlignment(Pos.TOP_LEFT);
        noOutput.getStyleClass().add("muted");
        noOutput.setWrapText(true);
        noOutput.setMaxWidth(300);
        controls.onLock("input", locked -> inputGrids.forEach(this::editable));
    }

    Node view() {
        return root;
    }

    /** Brings the grids in line with the model's setup: counts, values, padding, colours. */
    void showSetup() {
        PoolSetup s = model.setup();
        PoolTrace t = model.trace();
        Tensor in = s.input();
        int channels = in.dim(0);
        boolean global = s.kind() == PoolTrace.Kind.GLOBAL_AVG;
        ColorScale scale = PoolCards.scale(in);
        if (inputGrids.size() != channels) {
            rebuild(channels);
            onInputsRebuilt.run();
        }
        for (int c = 0; c < channels; c++) {
            inputTitles.get(c).setText((channels == 1 ? "Input x  " : "x, channel " + c + "  ") + in.dim(1) + "×" + in.dim(2));
            TensorGrid g = inputGrids.get(c);
            g.setValues(PoolCards.plane(in, c), in.dim(1), in.dim(2));
            int ph = global ? 0 : s.padH();
            int pw = global ? 0 : s.padW();
            g.setPadding(ph, ph, pw, pw);
            g.setPaddingLabel(s.kind() == PoolTrace.Kind.MAX ? PoolArithmetic.MINUS_INFINITY : "0");
            PoolCards.colour(g, scale);
        }
        boolean outputsChanged = (t == null) != outputGrids.isEmpty();
        outputGrids.clear();
        for (int c = 0; c < channels; c++) {
            VBox box = outputBoxes.get(c);
            if (t == null) {
                box.getChildren().setAll(c == 0 ? List.of(noOutput) : List.of());
                continue;
            }
            TensorGrid g = (TensorGrid) box.getProperties().get("grid");
            box.getChildren().setAll(outputTitles.get(c), g);
            outputGrids.add(g);
            int[] o = t.outputShape();
            String size = global ? "1×1" : o[1] + "×" + o[2];
            outputTitles.get(c).setText((channels == 1 ? "Output y  " : "y, channel " + c + "  ") + size);
            g.setValues(PoolCards.plane(t.output(), c), o[1], o[2]);
            g.setShowIndices(!global);
            PoolCards.colour(g, scale);
        }
        if (outputsChanged) {
            onOutputsRebuilt.run();
        }
    }

    private void rebuild(int channels) {
        root.getChildren().clear();
        inputGrids.clear();
        outputGrids.clear();
        inputTitles.clear();
        outputTitles.clear();
        outputBoxes.clear();
        for (int c = 0; c < channels; c++) {
            TensorGrid in = grid("input-grid-", c);
            editable(in);
            inputGrids.add(in);
            TensorGrid out = grid("output-grid-", c);
            Label inTitle = PoolCards.title();
            Label outTitle = PoolCards.title();
            inputTitles.add(inTitle);
            outputTitles.add(outTitle);
            VBox outBox = new VBox(outTitle, out);
            outBox.getStyleClass().add("grid-section");
            outBox.getProperties().put("grid", out);
            outputBoxes.add(outBox);
            Label arrow = new Label("→");
            arrow.getStyleClass().add("grid-operator");
            // input → output side by side while they fit the width, else the output goes under
            // its input (still after its arrow), so a channel's pair never splits up
            FlowPane card = new FlowPane(PoolCards.section(inTitle, in), new HBox(arrow, outBox));
            card.getStyleClass().add("pool-channel");
            card.prefWrapLengthProperty().bind(root.widthProperty().subtract(root.getInsets().getLeft() + root.getInsets().getRight() + 1));
            root.getChildren().add(card);
        }
    }

    private static TensorGrid grid(String idPrefix, int c) {
        TensorGrid g = new TensorGrid();
        g.setId(idPrefix + c);
        g.getProperties().put("channel", c);
        return g;
    }

    private void editable(TensorGrid g) {
        int c = (Integer) g.getProperties().get("channel");
        g.setEditHandler(controls.isLocked("input") ? null : (cell, v) -> {
            model.setInputValue(c, cell.row(), cell.col(), v);
            return null;
        });
    }
}
