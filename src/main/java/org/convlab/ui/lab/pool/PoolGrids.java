package org.convlab.ui.lab.pool;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.convlab.engine.Tensor;
import org.convlab.explain.PoolSetup;
import org.convlab.explain.PoolTrace;
import org.convlab.ui.lab.LabControls;
import org.convlab.ui.widgets.ColorScale;
import org.convlab.ui.widgets.TensorGrid;

/**
 * The step-by-step grids: one input grid per channel side by side, then one output grid per
 * channel, in a row that wraps. Input and output share one colour scale, so a pooled value has
 * the colour of the cells it came from. Node ids: input-grid-C, output-grid-C. The linking of
 * hover, click and step between them is {@link PoolLinks}.
 */
final class PoolGrids {
    private final PoolModel model;
    private final FlowPane root = new FlowPane();
    private final HBox inputs = new HBox();
    private final HBox outputs = new HBox();
    private final Label inputTitle = PoolCards.title();
    private final Label outputTitle = PoolCards.title();
    private final Label noOutput = new Label("No output: the setup above cannot be computed.");
    final List<TensorGrid> inputGrids = new ArrayList<>();
    final List<TensorGrid> outputGrids = new ArrayList<>();
    private boolean inputLocked;
    Runnable onInputsRebuilt = () -> { };
    Runnable onOutputsRebuilt = () -> { };

    PoolGrids(PoolModel model, LabControls controls) {
        this.model = model;
        createView();
        controls.onLock("input", locked -> {
            inputLocked = locked;
            inputGrids.forEach(this::editable);
        });
    }

    Node view() {
        return root;
    }

    private void createView() {
        root.getStyleClass().add("pool-grids");
        root.setAlignment(Pos.TOP_LEFT);
        inputs.getStyleClass().add("grid-group-row");
        outputs.getStyleClass().add("grid-group-row");
        noOutput.getStyleClass().add("muted");
        noOutput.setWrapText(true);
        noOutput.setMaxWidth(300);
        root.getChildren().addAll(PoolCards.section(inputTitle, inputs), PoolCards.section(outputTitle, outputs, noOutput));
    }

    /** Brings the grids in line with the model's setup: counts, values, padding, colours. */
    void showSetup() {
        PoolSetup s = model.setup();
        PoolTrace t = model.trace();
        Tensor in = s.input();
        boolean global = s.kind() == PoolTrace.Kind.GLOBAL_AVG;
        ColorScale scale = PoolCards.scale(in);
        inputTitle.setText("Input x  " + in.dim(1) + "×" + in.dim(2));
        if (PoolCards.resize(inputGrids, in.dim(0), inputs, "input-grid-", channelCaption(in.dim(0)))) {
            inputGrids.forEach(this::editable);
            onInputsRebuilt.run();
        }
        for (int c = 0; c < in.dim(0); c++) {
            TensorGrid g = inputGrids.get(c);
            g.setValues(PoolCards.plane(in, c), in.dim(1), in.dim(2));
            g.setPadding(global ? 0 : s.padH(), global ? 0 : s.padH(), global ? 0 : s.padW(), global ? 0 : s.padW());
            g.setPaddingLabel(s.kind() == PoolTrace.Kind.MAX ? PoolArithmetic.MINUS_INFINITY : "0");
            PoolCards.colour(g, scale);
        }
        noOutput.setVisible(t == null);
        noOutput.setManaged(t == null);
        if (t == null) {
            outputTitle.setText("→  Output y");
            PoolCards.resize(outputGrids, 0, outputs, "output-grid-", c -> "");
            onOutputsRebuilt.run();
            return;
        }
        int[] o = t.outputShape();
        outputTitle.setText("→  Output y  " + (global ? "1×1 per channel" : o[1] + "×" + o[2]));
        if (PoolCards.resize(outputGrids, o[0], outputs, "output-grid-", channelCaption(o[0]))) {
            onOutputsRebuilt.run();
        }
        Tensor out = t.output();
        for (int c = 0; c < o[0]; c++) {
            TensorGrid g = outputGrids.get(c);
            g.setValues(PoolCards.plane(out, c), o[1], o[2]);
            g.setShowIndices(!global);
            PoolCards.colour(g, scale);
        }
    }

    /** "channel 2" under each grid, or nothing when there is one channel. */
    private static java.util.function.IntFunction<String> channelCaption(int channels) {
        return c -> channels == 1 ? "" : "channel " + c;
    }

    private void editable(TensorGrid g) {
        int c = (Integer) g.getProperties().get("channel");
        g.setEditHandler(inputLocked ? null : (cell, v) -> {
            model.setInputValue(c, cell.row(), cell.col(), v);
            return null;
        });
    }
}
