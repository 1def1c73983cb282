package org.convlab.ui.lab.conv1d;

import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.convlab.engine.Tensor;
import org.convlab.explain.ConvSetup;
import org.convlab.explain.ConvTrace;
import org.convlab.explain.LabSpec;
import org.convlab.explain.LabSpecParser;
import org.convlab.explain.PaddingMode;
import org.convlab.explain.Presets;
import org.convlab.ui.widgets.StepPlayerModel;

/**
 * The 1D convolution lab's state, without nodes: the setup (an immutable {@link ConvSetup} of a
 * signal [C, 1, L] and a kernel [F, C/groups, 1, k]), its trace when it is valid, the player,
 * and what the mouse points at ({@link Conv1dFocus}). Every change makes a new setup and asks
 * {@code explain} for a new trace; nothing here does arithmetic on the numbers.
 */
public final class Conv1dModel {
    /** Longest signal the lab's controls offer (lessons may go to LabSpecParser.MAX_SIDE). */
    public static final int MAX_LENGTH = 64;
    /** The preset a new lab starts with (LabSpecParser's defaults). */
    static final String DEFAULT_INPUT = "template_match";
    static final String DEFAULT_KERNEL = "template";

    private final ReadOnlyObjectWrapper<ConvSetup> setup = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ConvTrace> trace = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper inputSource = new ReadOnlyStringWrapper(DEFAULT_INPUT);
    private final ReadOnlyStringWrapper kernelSource = new ReadOnlyStringWrapper(DEFAULT_KERNEL);
    private final StepPlayerModel player = new StepPlayerModel();
    private final Conv1dFocus focus = new Conv1dFocus(this);
    private long seed = 1;

    public Conv1dModel() {
        apply(LabSpecParser.defaults(LabSpec.CONV1D), Map.of());
    }

    // --- properties

    public ReadOnlyObjectProperty<ConvSetup> setupProperty() {
        return setup.getReadOnlyProperty();
    }

    /** The trace of a valid setup; null while the setup is invalid. */
    public ReadOnlyObjectProperty<ConvTrace> traceProperty() {
        return trace.getReadOnlyProperty();
    }

    /** Where the signal came from: a preset id, "random" or "edited". */
    public ReadOnlyStringProperty inputSourceProperty() {
        return inputSource.getReadOnlyProperty();
    }

    /** The kernel preset id, or "edited". */
    public ReadOnlyStringProperty kernelSourceProperty() {
        return kernelSource.getReadOnlyProperty();
    }

    public ConvSetup setup() {
        return setup.get();
    }

    public ConvTrace trace() {
        return trace.get();
    }

    public StepPlayerModel player() {
        return player;
    }

    public Conv1dFocus focus() {
        return focus;
    }

    // --- commands

    /** Takes a parsed lab state; {@code params} are the raw values, to remember presets by name. */
    public void apply(LabSpec spec, Map<String, ?> params) {
        Object in = params.get("input");
        inputSource.set(in == null ? DEFAULT_INPUT : in instanceof String s ? s : "edited");
        Object k = params.get("kernel");
        kernelSource.set(k == null ? DEFAULT_KERNEL : k instanceof String s ? s : "edited");
        seed = params.get("seed") instanceof Number n ? n.longValue() : 1;
        change(spec.conv());
        player.jumpTo(spec.step());
    }

    /** Valid, same, full or causal: the padding follows the kernel size and dilation. */
    public void setPaddingMode(PaddingMode mode) {
        ConvSetup s = setup();
        change(s.withPadding(PaddingMode.VALID, mode, s.explicitPad()));
    }

    /** Explicit padding before (left) and after (right) the signal. */
    public void setPadding(int left, int right) {
        change(setup().withPadding(PaddingMode.VALID, PaddingMode.EXPLICIT, new int[] {0, 0, left, right}));
    }

    public void setStride(int stride) {
        change(setup().withStride(1, stride));
    }

    public void setDilation(int dilation) {
        change(setup().withDilation(1, dilation));
    }

    public void setFlip(boolean flip) {
        change(setup().withFlip(flip));
    }

    /** Groups; each filter takes C/groups channels when groups divides C. */
    public void setGroups(int groups) {
        ConvSetup s = setup().withGroups(groups);
        change(s.withKernel(Signals.withChannels(s.kernel(), kernelChannels(s.input().dim(0), groups, s.kernel()))));
    }

    /** Number of filters; new filters copy the last one and get bias 0. */
    public void setFilters(int filters) {
        ConvSetup s = setup();
        float[] bias = s.bias() == null ? null : Signals.resize(s.bias(), filters);
        change(s.withKernel(Signals.withFilters(s.kernel(), filters)).withBias(bias));
    }

    public void setBiasEnabled(boolean on) {
        ConvSetup s = setup();
        if (on != (s.bias() != null)) {
            change(s.withBias(on ? new float[s.kernel().dim(0)] : null));
        }
    }

    public void setBias(int filter, float value) {
        float[] b = setup().bias().clone();
        b[filter] = value;
        change(setup().withBias(b));
    }

    public void setKernelPreset(String id) {
        ConvSetup s = setup();
        Tensor p = Presets.kernel1d(id);
        change(s.withKernel(Signals.repeat(p.data(), s.kernel().dim(0), s.kernel().dim(1))));
        kernelSource.set(id);
    }

    public void setKernelSize(int k) {
        change(setup().withKernel(Signals.resizeKernel(setup().kernel(), k)));
        kernelSource.set("edited");
    }

    /** Changes tap {@code t} of the kernel as written (before any flip). */
    public void setKernelValue(int filter, int channel, int t, float v) {
        Tensor k = setup().kernel().copy();
        k.set(v, filter, channel, 0, t);
        change(setup().withKernel(k));
        kernelSource.set("edited");
    }

    /** A signal preset at the current length and channel count ("random" draws a new seed). */
    public void setInputPreset(String id) {
        ConvSetup s = setup();
        if (id.equals("random")) {
            seed++;
        }
        change(s.withInput(preset(id, s.input().dim(2), s.input().dim(0))));
        inputSource.set(id);
    }

    public void setLength(int n) {
        ConvSetup s = setup();
        String src = inputSource.get();
        Tensor in = isPreset(src) ? preset(src, n, s.input().dim(0)) : Signals.resizeSignal(s.input(), n);
        change(s.withInput(in));
    }

    /** Number of input channels; the kernel follows (C/groups channels per filter). */
    public void setChannels(int c) {
        ConvSetup s = setup();
        String src = inputSource.get();
        Tensor in = isPreset(src) ? preset(src, s.input().dim(2), c) : Signals.withSignalChannels(s.input(), c);
        ConvSetup next = s.withInput(in);
        change(next.withKernel(Signals.withChannels(s.kernel(), kernelChannels(c, s.groups(), s.kernel()))));
    }

    public void setInputValue(int channel, int i, float v) {
        Tensor in = setup().input().copy();
        in.set(v, channel, 0, i);
        change(setup().withInput(in));
        inputSource.set("edited");
    }

    // --- internals

    private static boolean isPreset(String src) {
        return List.of(Presets.INPUTS_1D).contains(src);
    }

    private Tensor preset(String id, int length, int channels) {
        return LabSpecParser.parse(LabSpec.CONV1D, Map.of("input", id, "length", length, "channels", channels,
                "seed", (int) seed)).conv().input();
    }

    private static int kernelChannels(int inputChannels, int groups, Tensor kernel) {
        return groups >= 1 && inputChannels % groups == 0 ? inputChannels / groups : kernel.dim(1);
    }

    private void change(ConvSetup next) {
        // The trace and the step count change before the setup, so a view that redraws when the
        // setup changes finds them already matching it.
        ConvTrace t = next.valid() ? next.trace() : null;
        trace.set(t);
        player.setCount(t == null ? 0 : t.steps());
        setup.set(next);
        focus.setupChanged();
    }
}
