package org.convlab.ui.lab.pool;

import static org.convlab.ui.lab.LabForms.addRows;
import static org.convlab.ui.lab.LabForms.heading;
import static org.convlab.ui.lab.LabForms.pair;
import static org.convlab.ui.lab.LabForms.presetMenu;
import static org.convlab.ui.lab.LabForms.randomButton;
import static org.convlab.ui.lab.LabForms.row;
import static org.convlab.ui.lab.LabForms.set;
import static org.convlab.ui.lab.LabForms.showPreset;
import static org.convlab.ui.lab.LabForms.spinner;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import atlantafx.base.theme.Styles;
import org.convlab.explain.LabSpecParser;
import org.convlab.explain.PoolSetup;
import org.convlab.explain.PoolTrace;
import org.convlab.explain.Presets;
import org.convlab.ui.lab.LabControls;
import org.convlab.ui.lab.LabForms;
import org.convlab.ui.lab.LabModel;

/**
 * The column of controls: which pooling, its window, stride and padding, and the input. Each
 * control tells the model what changed; when the model's setup changes the controls show it
 * (without echoing it back). Control names for {@code Lab.lock}: kind, window, stride,
 * padding, input, input_size, channels.
 */
final class PoolControls {
    private final PoolModel model;
    private final LabControls controls;
    private final VBox root = new VBox();
    private final ToggleGroup kind = new ToggleGroup();
    private final ToggleButton max = kindButton("kind-max", "Max", PoolTrace.Kind.MAX,
            "Max pooling: each output is the largest value in its window");
    private final ToggleButton avg = kindButton("kind-avg", "Average", PoolTrace.Kind.AVG,
            "Average pooling: each output is the mean of its window, padding counted as 0");
    private final ToggleButton global = kindButton("kind-global", "Global", PoolTrace.Kind.GLOBAL_AVG,
            "Global average pooling: one value per channel, the mean of the whole channel");
    private final Spinner<Integer> windowH = spinner("window-h", 1, LabSpecParser.MAX_KERNEL);
    private final Spinner<Integer> windowW = spinner("window-w", 1, LabSpecParser.MAX_KERNEL);
    private final Spinner<Integer> strideH = spinner("stride-h", 1, 16);
    private final Spinner<Integer> strideW = spinner("stride-w", 1, 16);
    private final CheckBox strideFollows = new CheckBox("Stride = window");
    private final Spinner<Integer> padH = spinner("pad-h", 0, LabSpecParser.MAX_KERNEL);
    private final Spinner<Integer> padW = spinner("pad-w", 0, LabSpecParser.MAX_KERNEL);
    private final Label globalNote = new Label("Global average pooling averages each whole channel: it has no window, stride or padding.");
    private final GridPane windowGrid = new GridPane();
    private final ComboBox<String> inputPreset = presetMenu("input-preset", List.of(Presets.INPUTS_2D));
    private final Spinner<Integer> inputRows = spinner("input-rows", 1, PoolModel.MAX_INPUT);
    private final Spinner<Integer> inputCols = spinner("input-cols", 1, PoolModel.MAX_INPUT);
    private final Spinner<Integer> channels = spinner("channels", 1, LabSpecParser.MAX_CHANNELS);
    private final LabForms.Echo echo = new LabForms.Echo();

    PoolControls(PoolModel model, LabControls controls) {
        this.model = model;
        this.controls = controls;
        createView();
        init();
    }

    Node view() {
        return root;
    }

    private void createView() {
        root.getStyleClass().add("pool-controls");
        max.getStyleClass().add(Styles.LEFT_PILL);
        avg.getStyleClass().add(Styles.CENTER_PILL);
        global.getStyleClass().add(Styles.RIGHT_PILL);
        HBox kinds = new HBox(max, avg, global);
        kinds.setId("kind");
        strideFollows.setId("stride-follows");
        strideFollows.setTooltip(new Tooltip("PyTorch's default: without a stride, the window moves by its own size"));
        padH.setTooltip(new Tooltip("Rows of padding above and below"));
        padW.setTooltip(new Tooltip("Columns of padding left and right"));
        windowGrid.getStyleClass().add("control-grid");
        addRows(windowGrid, row("Window", pair(windowH, windowW)), row("Stride", pair(strideH, strideW)),
                row("", strideFollows), row("Padding", pair(padH, padW)));
        Label axes = new Label("height × width");
        axes.getStyleClass().add("muted");
        windowGrid.add(axes, 1, 4);
        globalNote.setWrapText(true);
        globalNote.setMinHeight(Label.USE_PREF_SIZE);
        globalNote.getStyleClass().add("muted");
        globalNote.setId("global-note");

        Button random = randomButton("New random numbers in [−1, 1]", () -> model.setInputPreset("random"));
        GridPane inputGrid = new GridPane();
        inputGrid.getStyleClass().add("control-grid");
        addRows(inputGrid, row("Preset", inputPreset), row("Size", pair(inputRows, inputCols)), row("Channels", channels));

        root.getChildren().addAll(heading("Pooling"), kinds, windowGrid, globalNote, heading("Input"), inputGrid, random);
        controls.add("kind", max, avg, global);
        controls.add("window", windowH, windowW);
        controls.add("stride", strideH, strideW, strideFollows);
        controls.add("padding", padH, padW);
        controls.add("input", inputPreset, random);
        controls.add("input_size", inputRows, inputCols);
        controls.add("channels", channels);
    }

    private void init() {
        kind.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true); // one kind is always chosen
            } else {
                echo.act(() -> model.setKind((PoolTrace.Kind) b.getUserData()));
            }
        });
        echo.onChange(windowH, v -> window(v, windowW.getValue()));
        echo.onChange(windowW, v -> window(windowH.getValue(), v));
        echo.onChange(strideH, v -> model.setStride(v, strideW.getValue()));
        echo.onChange(strideW, v -> model.setStride(strideH.getValue(), v));
        strideFollows.selectedProperty().addListener((o, a, on) -> echo.act(() -> {
            if (on) {
                model.setStride(windowH.getValue(), windowW.getValue());
            }
        }));
        echo.onChange(padH, v -> model.setPadding(v, padW.getValue()));
        echo.onChange(padW, v -> model.setPadding(padH.getValue(), v));
        echo.onChoice(inputPreset, model::setInputPreset);
        echo.onChange(inputRows, v -> model.setInputSize(v, inputCols.getValue()));
        echo.onChange(inputCols, v -> model.setInputSize(inputRows.getValue(), v));
        echo.onChange(channels, model::setChannels);
        model.setupProperty().addListener((o, a, s) -> show(s, a));
        model.inputSourceProperty().addListener((o, a, s) -> showSource());
        show(model.setup(), null);
    }

    private void window(int h, int w) {
        if (strideFollows.isSelected()) {
            model.setWindowAndStride(h, w);
        } else {
            model.setWindow(h, w);
        }
    }

    /** Shows the setup in the controls without sending it back to the model. */
    private void show(PoolSetup s, PoolSetup before) {
        echo.muted(() -> {
            for (var t : kind.getToggles()) {
                t.setSelected(t.getUserData() == s.kind());
            }
            set(windowH, s.kernelH());
            set(windowW, s.kernelW());
            set(strideH, s.strideH());
            set(strideW, s.strideW());
            set(padH, s.padH());
            set(padW, s.padW());
            // The stride follows the window until it is set apart from it (or the box is unticked);
            // it follows again when it becomes equal to the window (a lesson's defaults, say).
            boolean same = follows(s);
            if (!same || before == null || !follows(before)) {
                strideFollows.setSelected(same);
            }
            boolean isGlobal = s.kind() == PoolTrace.Kind.GLOBAL_AVG;
            windowGrid.setDisable(isGlobal);
            globalNote.setVisible(isGlobal);
            globalNote.setManaged(isGlobal);
            set(inputRows, s.input().dim(1));
            set(inputCols, s.input().dim(2));
            set(channels, s.input().dim(0));
            showSource();
        });
    }

    private void showSource() {
        echo.muted(() -> {
            String in = model.inputSourceProperty().get();
            showPreset(inputPreset, in, LabModel.EDITED);
        });
    }

    private static boolean follows(PoolSetup s) {
        return s.strideH() == s.kernelH() && s.strideW() == s.kernelW();
    }

    private ToggleButton kindButton(String id, String text, PoolTrace.Kind k, String tip) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setUserData(k);
        b.setToggleGroup(kind);
        b.setTooltip(new Tooltip(tip));
        return b;
    }
}
