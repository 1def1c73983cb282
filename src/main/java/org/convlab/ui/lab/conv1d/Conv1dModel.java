package org.convlab.ui.lab.conv1d;

import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.convlab.engine.Tensor;
import org.convlab.explain.ConvSetup;
import org.convlab.explain.ConvTrace;
import org.convlab.explain.LabSpec;
import org.convlab.explain.LabSpecParser;
import org.convlab.explain.PaddingMode;
import org.convlab.explain.Presets;
import org.convlab.ui.lab.LabModel;
import org.convlab.ui.lab.Reshape;

/**
 * The 1D convolution lab's state, without nodes: the setup (an immutable {@link ConvSetup} of a
 * signal [C, 1, L] and a kernel [F, C/groups, 1, k]), its trace when it is valid, the player,
 * and what the mouse points at ({@link Conv1dFocus}). Every change makes a new setup and asks
 * {@code explain} for a new trace; nothing here does arithmetic on the numbers.
 */
public final class Conv1dModel extends LabModel<ConvSetup, ConvTrace> {
    /** Longest signal the lab's controls offer (lessons may go to LabSpecParser.MAX_SIDE). */
    public static final int MAX_LENGTH = 64;
    /** The preset a new lab starts with (LabSpecParser's defaults). */
    static final String DEFAULT_INPUT = "template_match";
    static final String DEFAULT_KERNEL = "template";

    private final ReadOnlyStringWrapper kernelSource = new ReadOnlyStringWrapper(DEFAULT_KERNEL);
    private final Conv1dFocus focus = new Conv1dFocus(this);

    public Conv1dModel() {
        super(DEFAULT_INPUT);
        apply(LabSpecParser.defaults(LabSpec.CONV1D), Map.of());
    }

    // --- properties

    /** The kernel preset id, or "edited". */
    public ReadOnlyStringProperty kernelSourceProperty() {
        return kernelSource.getReadOnlyProperty();
    }

    @Override
    public Conv1dFocus focus() {
        return focus;
    }

    // --- commands

    @Override
    protected void applySetup(LabSpec spec, Map<String, ?> params) {
        Object k = params.get("kernel");
        kernelSource.set(sourceOf(k, DEFAULT_KERNEL));
        takeSourceAndSeed(params, DEFAULT_INPUT);
        change(spec.conv());
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
        change(s.withKernel(Reshape.withChannels(s.kernel(), kernelChannels(s.input().dim(0), groups, s.kernel()))));
    }

    /** Number of filters; new filters copy the last one and get bias 0. */
    public void setFilters(int filters) {
        ConvSetup s = setup();
        float[] bias = s.bias() == null ? null : Reshape.resize(s.bias(), filters);
        change(s.withKernel(Reshape.withFilters(s.kernel(), filters)).withBias(bias));
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
        change(s.withKernel(Reshape.repeat(p.reshape(1, 1, 1, p.size()), s.kernel().dim(0), s.kernel().dim(1))));
        kernelSource.set(id);
    }

    public void setKernelSize(int k) {
        change(setup().withKernel(Reshape.resize(setup().kernel(), 1, k)));
        kernelSource.set(EDITED);
    }

    /** Changes tap {@code t} of the kernel as written (before any flip). */
    public void setKernelValue(int filter, int channel, int t, float v) {
        Tensor k = setup().kernel().copy();
        k.set(v, filter, channel, 0, t);
        change(setup().withKernel(k));
        kernelSource.set(EDITED);
    }

    /** A signal preset at the current length and channel count ("random" draws a new seed). */
    public void setInputPreset(String id) {
        ConvSetup s = setup();
        if (id.equals("random")) {
            nextSeed();
        }
        change(s.withInput(preset(id, s.input().dim(2), s.input().dim(0))));
        setInputSource(id);
    }

    public void setLength(int n) {
        ConvSetup s = setup();
        String src = inputSource();
        Tensor in = isPreset(src) ? preset(src, n, s.input().dim(0)) : Reshape.resizeInput(s.input(), 1, n);
        change(s.withInput(in));
    }

    /** Number of input channels; the kernel follows (C/groups channels per filter). */
    public void setChannels(int c) {
        ConvSetup s = setup();
        String src = inputSource();
        Tensor in = isPreset(src) ? preset(src, s.input().dim(2), c) : Reshape.withInputChannels(s.input(), c);
        ConvSetup next = s.withInput(in);
        change(next.withKernel(Reshape.withChannels(s.kernel(), kernelChannels(c, s.groups(), s.kernel()))));
    }

    public void setInputValue(int channel, int i, float v) {
        Tensor in = setup().input().copy();
        in.set(v, channel, 0, i);
        change(setup().withInput(in));
        setInputSource(EDITED);
    }

    // --- internals

    private static boolean isPreset(String src) {
        return List.of(Presets.INPUTS_1D).contains(src);
    }

    private Tensor preset(String id, int length, int channels) {
        return LabSpecParser.parse(LabSpec.CONV1D, Map.of("input", id, "length", length, "channels", channels,
                "seed", (int) seed())).conv().input();
    }

    private static int kernelChannels(int inputChannels, int groups, Tensor kernel) {
        return groups >= 1 && inputChannels % groups == 0 ? inputChannels / groups : kernel.dim(1);
    }

    @Override
    protected void setupChanged() {
        focus.setupChanged();
    }
}
