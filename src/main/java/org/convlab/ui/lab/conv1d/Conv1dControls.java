package org.convlab.ui.lab.conv1d;

import static org.convlab.ui.lab.LabForms.grid;
import static org.convlab.ui.lab.LabForms.heading;
import static org.convlab.ui.lab.LabForms.paddingMenu;
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
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.convlab.explain.ConvSetup;
import org.convlab.explain.LabSpecParser;
import org.convlab.explain.PaddingMode;
import org.convlab.explain.Presets;
import org.convlab.ui.lab.LabControls;
import org.convlab.ui.lab.LabForms;
import org.convlab.ui.lab.LabModel;

/**
 * The column of controls of the 1D lab: signal, kernel and the layer's hyper-parameters. Each
 * control tells the model what changed; when the model's setup changes the controls show it
 * (without echoing it back). Control names for {@code Lab.lock}: input, length, channels,
 * kernel, flip, padding, stride, dilation, filters, groups, bias. Node ids: input-preset,
 * random-input, length, channels, kernel-preset, kernel-size, flip, padding-mode, pad-left,
 * pad-right, stride, dilation, filters, groups, bias-on.
 */
final class Conv1dControls {
    private final Conv1dModel model;
    private final LabControls controls;
    private final VBox root = new VBox();
    private final ComboBox<String> inputPreset = presetMenu("input-preset", List.of(Presets.INPUTS_1D));
    private final Spinner<Integer> length = spinner("length", 1, Conv1dModel.MAX_LENGTH);
    private final Spinner<Integer> channels = spinner("channels", 1, LabSpecParser.MAX_CHANNELS);
    private final ComboBox<String> kernelPreset = presetMenu("kernel-preset", Presets.KERNELS_1D.keySet());
    private final Spinner<Integer> kernelSize = spinner("kernel-size", 1, LabSpecParser.MAX_KERNEL);
    private final CheckBox flip = new CheckBox("Flip kernel (true convolution)");
    private final ComboBox<PaddingMode> paddingMode = paddingMenu(PaddingMode.VALID, PaddingMode.SAME, PaddingMode.FULL, PaddingMode.CAUSAL, PaddingMode.EXPLICIT);
    private final Spinner<Integer> padLeft = spinner("pad-left", 0, 16);
    private final Spinner<Integer> padRight = spinner("pad-right", 0, 16);
    private final Spinner<Integer> stride = spinner("stride", 1, 16);
    private final Spinner<Integer> dilation = spinner("dilation", 1, 8);
    private final Spinner<Integer> filters = spinner("filters", 1, LabSpecParser.MAX_FILTERS);
    private final Spinner<Integer> groups = spinner("groups", 1, LabSpecParser.MAX_CHANNELS);
    private final CheckBox bias = new CheckBox("Bias b");
    private final LabForms.Echo echo = new LabForms.Echo();

    Conv1dControls(Conv1dModel model, LabControls controls) {
        this.model = model;
        this.controls = controls;
        createView();
        init();
    }

    Node view() {
        return root;
    }

    private void createView() {
        root.getStyleClass().add("conv1d-controls");
        Button random = randomButton("New random numbers in [−0.5, 0.5]", () -> model.setInputPreset("random"));
        flip.setId("flip");
        flip.setWrapText(true);
        flip.setTooltip(new Tooltip("A true convolution reverses the kernel before sliding it; deep-learning layers do not"));
        paddingMode.setTooltip(new Tooltip("valid: none · same: keeps the length · full: every overlap · "
                + "causal: only before, so no output reads a later sample · explicit: your numbers"));
        padLeft.setTooltip(new Tooltip("Zeros before the signal (changing it makes the padding explicit)"));
        padRight.setTooltip(new Tooltip("Zeros after the signal (changing it makes the padding explicit)"));
        dilation.setTooltip(new Tooltip("Gap between the samples the kernel reads: dilation 2 reads every other sample"));
        bias.setId("bias-on");

        root.getChildren().addAll(
                heading("Signal"),
                grid(row("Preset", inputPreset), row("Length", length), row("Channels", channels)),
                random,
                heading("Kernel"),
                grid(row("Preset", kernelPreset), row("Size", kernelSize)),
                flip,
                heading("Layer"),
                grid(row("Padding", paddingMode), row("Before", padLeft), row("After", padRight),
                        row("Stride", stride), row("Dilation", dilation), row("Filters", filters), row("Groups", groups)),
                bias);
        controls.add("input", inputPreset, random);
        controls.add("length", length);
        controls.add("channels", channels);
        controls.add("kernel", kernelPreset, kernelSize);
        controls.add("flip", flip);
        controls.add("padding", paddingMode, padLeft, padRight);
        controls.add("stride", stride);
        controls.add("dilation", dilation);
        controls.add("filters", filters);
        controls.add("groups", groups);
        controls.add("bias", bias);
    }

    private void init() {
        echo.onChoice(inputPreset, model::setInputPreset);
        echo.onChange(length, model::setLength);
        echo.onChange(channels, model::setChannels);
        echo.onChoice(kernelPreset, model::setKernelPreset);
        echo.onChange(kernelSize, model::setKernelSize);
        flip.selectedProperty().addListener((o, a, b) -> echo.act(() -> model.setFlip(b)));
        paddingMode.valueProperty().addListener((o, a, m) -> echo.act(() -> {
            if (m == PaddingMode.EXPLICIT) {
                model.setPadding(padLeft.getValue(), padRight.getValue());
            } else if (m != null) {
                model.setPaddingMode(m);
            }
        }));
        echo.onChange(padLeft, v -> model.setPadding(v, padRight.getValue()));
        echo.onChange(padRight, v -> model.setPadding(padLeft.getValue(), v));
        echo.onChange(stride, model::setStride);
        echo.onChange(dilation, model::setDilation);
        echo.onChange(filters, model::setFilters);
        echo.onChange(groups, model::setGroups);
        bias.selectedProperty().addListener((o, a, b) -> echo.act(() -> model.setBiasEnabled(b)));
        model.setupProperty().addListener((o, a, s) -> show(s));
        model.inputSourceProperty().addListener((o, a, s) -> showSources());
        model.kernelSourceProperty().addListener((o, a, s) -> showSources());
        show(model.setup());
    }

    /** Shows the setup in the controls without sending it back to the model. */
    private void show(ConvSetup s) {
        echo.muted(() -> {
            int[] p = s.padding();
            set(length, s.input().dim(2));
            set(channels, s.input().dim(0));
            set(kernelSize, s.kernel().dim(3));
            flip.setSelected(s.flip());
            paddingMode.setValue(s.padW());
            set(padLeft, Math.max(0, p[2]));
            set(padRight, Math.max(0, p[3]));
            set(stride, s.strideW());
            set(dilation, s.dilationW());
            set(filters, s.kernel().dim(0));
            set(groups, s.groups());
            bias.setSelected(s.bias() != null);
            showSources();
        });
    }

    private void showSources() {
        echo.muted(() -> {
            String in = model.inputSourceProperty().get();
            showPreset(inputPreset, in, LabModel.EDITED);
            showPreset(kernelPreset, model.kernelSourceProperty().get(), LabModel.EDITED);
        });
    }
}
