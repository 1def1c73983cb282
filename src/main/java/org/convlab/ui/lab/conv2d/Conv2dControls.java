package org.convlab.ui.lab.conv2d;

import static org.convlab.ui.lab.LabForms.buttons;
import static org.convlab.ui.lab.LabForms.grid;
import static org.convlab.ui.lab.LabForms.heading;
import static org.convlab.ui.lab.LabForms.paddingMenu;
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
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.convlab.explain.ConvSetup;
import org.convlab.explain.LabSpecParser;
import org.convlab.explain.PaddingMode;
import org.convlab.explain.Presets;
import org.convlab.ui.lab.LabControls;
import org.convlab.ui.lab.LabForms;
import org.convlab.ui.lab.LabModel;
import org.convlab.ui.lab.LabStyles;

/**
 * The column of controls: input, kernel and the layer's hyper-parameters. Each control tells the model what changed; when the model's setup changes the
 * controls show it (without echoing it back). Control names for {@code Lab.lock}: input,
 * input_size, channels, kernel, flip, padding, stride, dilation, filters, groups, bias.
 */
final class Conv2dControls {
    private final Conv2dModel model;
    private final LabControls controls;
    private final Conv2dPhotos photos;
    private final VBox root = new VBox();
    private final ComboBox<String> inputPreset = presetMenu("input-preset", List.of(Presets.INPUTS_2D));
    private final Spinner<Integer> inputRows = spinner("input-rows", 1, Conv2dModel.MAX_INPUT);
    private final Spinner<Integer> inputCols = spinner("input-cols", 1, Conv2dModel.MAX_INPUT);
    private final Spinner<Integer> channels = spinner("channels", 1, LabSpecParser.MAX_CHANNELS);
    private final ComboBox<String> kernelPreset = presetMenu("kernel-preset", Presets.KERNELS_2D.keySet());
    private final Spinner<Integer> kernelRows = spinner("kernel-rows", 1, LabSpecParser.MAX_KERNEL);
    private final Spinner<Integer> kernelCols = spinner("kernel-cols", 1, LabSpecParser.MAX_KERNEL);
    private final CheckBox flip = new CheckBox("Flip (true convolution)");
    private final ComboBox<PaddingMode> paddingMode = paddingMenu(PaddingMode.VALID, PaddingMode.SAME, PaddingMode.FULL, PaddingMode.EXPLICIT);
    private final Spinner<Integer> padAll = spinner("pad-all", 0, 16);
    private final CheckBox perSide = new CheckBox("Per side");
    private final Spinner<Integer> padTop = spinner("pad-top", 0, 16);
    private final Spinner<Integer> padBottom = spinner("pad-bottom", 0, 16);
    private final Spinner<Integer> padLeft = spinner("pad-left", 0, 16);
    private final Spinner<Integer> padRight = spinner("pad-right", 0, 16);
    private final Spinner<Integer> strideH = spinner("stride-h", 1, 16);
    private final Spinner<Integer> strideW = spinner("stride-w", 1, 16);
    private final Spinner<Integer> dilationH = spinner("dilation-h", 1, 8);
    private final Spinner<Integer> dilationW = spinner("dilation-w", 1, 8);
    private final Spinner<Integer> filters = spinner("filters", 1, LabSpecParser.MAX_FILTERS);
    private final Spinner<Integer> groups = spinner("groups", 1, LabSpecParser.MAX_CHANNELS);
    private final Button depthwise = new Button("Depthwise");
    private final CheckBox bias = new CheckBox("Bias b");
    private final GridPane sides = new GridPane();
    private final LabForms.Echo echo = new LabForms.Echo();

    Conv2dControls(Conv2dModel model, LabControls controls, Conv2dPhotos photos) {
        this.model = model;
        this.controls = controls;
        this.photos = photos;
        createView();
        init();
    }

    Node view() {
        return root;
    }

    private void createView() {
        root.getStyleClass().add(Conv2dView.STYLE_CONTROLS);
        Button random = randomButton("New random numbers in [−1, 1]", () -> model.setInputPreset("random"));
        flip.setId("flip");
        flip.setTooltip(new Tooltip("A true convolution turns the kernel by 180° before sliding it; deep-learning layers do not"));
        padAll.setTooltip(new Tooltip("The same padding on every side"));
        perSide.setId("pad-per-side");
        sides.getStyleClass().add(LabStyles.CONTROL_GRID);
        sides.addRow(0, new Label("top"), padTop, new Label("bottom"), padBottom);
        sides.addRow(1, new Label("left"), padLeft, new Label("right"), padRight);
        sides.visibleProperty().bind(perSide.selectedProperty());
        sides.managedProperty().bind(perSide.selectedProperty());
        depthwise.setId("depthwise");
        depthwise.setTooltip(new Tooltip("One filter per input channel, each seeing only its own channel (groups = channels)"));
        bias.setId("bias-on");
        Node photo = photos.menu(this::loadPhoto);

        root.getChildren().addAll(
                heading("Input"),
                grid(row("Preset", inputPreset), row("Size", pair(inputRows, inputCols)), row("Channels", channels)),
                buttons(random, photo),
                heading("Kernel"),
                grid(row("Preset", kernelPreset), row("Size", pair(kernelRows, kernelCols))),
                flip,
                heading("Layer"),
                grid(row("Padding", paddingMode), row("", pair(padAll, perSide))),
                sides,
                grid(row("Stride", pair(strideH, strideW)), row("Dilation", pair(dilationH, dilationW)),
                        row("Filters", filters), row("Groups", groups), row("", depthwise)),
                bias);
        controls.add("input", inputPreset, random, photo);
        controls.add("input_size", inputRows, inputCols);
        controls.add("channels", channels);
        controls.add("kernel", kernelPreset, kernelRows, kernelCols);
        controls.add("flip", flip);
        controls.add("padding", paddingMode, padAll, perSide, sides);
        controls.add("stride", strideH, strideW);
        controls.add("dilation", dilationH, dilationW);
        controls.add("filters", filters);
        controls.add("groups", groups, depthwise);
        controls.add("bias", bias);
    }

    private void init() {
        echo.onChoice(inputPreset, model::setInputPreset);
        echo.onChange(inputRows, v -> resizeInput(v, inputCols.getValue()));
        echo.onChange(inputCols, v -> resizeInput(inputRows.getValue(), v));
        echo.onChange(channels, v -> {
            if (model.inputSourceProperty().get().startsWith(Conv2dPhotos.SOURCE_PREFIX)) {
                loadPhoto(model.inputSourceProperty().get().substring(Conv2dPhotos.SOURCE_PREFIX.length()), v);
            } else {
                model.setChannels(v);
            }
        });
        echo.onChoice(kernelPreset, model::setKernelPreset);
        echo.onChange(kernelRows, v -> model.setKernelSize(v, kernelCols.getValue()));
        echo.onChange(kernelCols, v -> model.setKernelSize(kernelRows.getValue(), v));
        flip.selectedProperty().addListener((o, a, b) -> echo.act(() -> model.setFlip(b)));
        paddingMode.valueProperty().addListener((o, a, m) -> echo.act(() -> {
            if (m == PaddingMode.EXPLICIT) {
                int p = padAll.getValue();
                model.setPadding(p, p, p, p);
            } else if (m != null) {
                model.setPaddingMode(m);
            }
        }));
        echo.onChange(padAll, v -> model.setPadding(v, v, v, v));
        for (Spinner<Integer> s : List.of(padTop, padBottom, padLeft, padRight)) {
            echo.onChange(s, v -> model.setPadding(padTop.getValue(), padBottom.getValue(), padLeft.getValue(), padRight.getValue()));
        }
        echo.onChange(strideH, v -> model.setStride(v, strideW.getValue()));
        echo.onChange(strideW, v -> model.setStride(strideH.getValue(), v));
        echo.onChange(dilationH, v -> model.setDilation(v, dilationW.getValue()));
        echo.onChange(dilationW, v -> model.setDilation(dilationH.getValue(), v));
        echo.onChange(filters, model::setFilters);
        echo.onChange(groups, model::setGroups);
        depthwise.setOnAction(e -> model.makeDepthwise());
        bias.selectedProperty().addListener((o, a, b) -> echo.act(() -> model.setBiasEnabled(b)));
        model.setupProperty().addListener((o, a, s) -> show(s));
        model.inputSourceProperty().addListener((o, a, s) -> showSources());
        model.kernelSourceProperty().addListener((o, a, s) -> showSources());
        show(model.setup());
    }

    /** Shows the setup in the controls without sending it back to the model. */
    private void show(ConvSetup s) {
        echo.muted(() -> {
            int[] k = s.kernel().shape();
            int[] p = s.padding();
            set(inputRows, s.input().dim(1));
            set(inputCols, s.input().dim(2));
            set(channels, s.input().dim(0));
            set(kernelRows, k[2]);
            set(kernelCols, k[3]);
            flip.setSelected(s.flip());
            PaddingMode mode = s.padH() == s.padW() ? s.padW() : PaddingMode.EXPLICIT;
            paddingMode.setValue(mode == PaddingMode.CAUSAL ? PaddingMode.EXPLICIT : mode);
            set(padAll, Math.max(0, Math.max(Math.max(p[0], p[1]), Math.max(p[2], p[3]))));
            set(padTop, Math.max(0, p[0]));
            set(padBottom, Math.max(0, p[1]));
            set(padLeft, Math.max(0, p[2]));
            set(padRight, Math.max(0, p[3]));
            if (p[0] != p[1] || p[1] != p[2] || p[2] != p[3]) {
                perSide.setSelected(true);
            }
            set(strideH, s.strideH());
            set(strideW, s.strideW());
            set(dilationH, s.dilationH());
            set(dilationW, s.dilationW());
            set(filters, k[0]);
            set(groups, s.groups());
            bias.setSelected(s.bias() != null);
            showSources();
        });
    }

    private void showSources() {
        echo.muted(() -> {
            String in = model.inputSourceProperty().get();
            showPreset(inputPreset, in, in.startsWith(Conv2dPhotos.SOURCE_PREFIX) ? in : LabModel.EDITED);
            showPreset(kernelPreset, model.kernelSourceProperty().get(), LabModel.EDITED);
        });
    }

    private void resizeInput(int h, int w) {
        String src = model.inputSourceProperty().get();
        if (src.startsWith(Conv2dPhotos.SOURCE_PREFIX)) {
            photos.load(src.substring(Conv2dPhotos.SOURCE_PREFIX.length()), h, w, model.setup().input().dim(0) == 3)
                    .ifPresent(t -> model.setInput(t, src));
        } else {
            model.setInputSize(h, w);
        }
    }

    private void loadPhoto(String name) {
        loadPhoto(name, name.endsWith(Conv2dPhotos.RGB_SUFFIX) ? 3 : 1);
    }

    private void loadPhoto(String name, int channelCount) {
        String base = name.endsWith(Conv2dPhotos.RGB_SUFFIX) ? name.substring(0, name.length() - Conv2dPhotos.RGB_SUFFIX.length()) : name;
        int h = Math.max(24, model.setup().input().dim(1));
        int w = Math.max(24, model.setup().input().dim(2));
        photos.load(base, h, w, channelCount == 3).ifPresent(t -> model.setInput(t, Conv2dPhotos.SOURCE_PREFIX + base));
    }
}
