package org.convlab.ui.lab.conv2d;

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
 * The 2D convolution lab's state, without nodes: the setup (an immutable {@link ConvSetup}), its
 * trace when it is valid, the player, and what the mouse points at. Every change makes a new
 * setup and asks {@code explain} for a new trace; nothing here does arithmetic on the numbers.
 * Hover, pin and linked cells live in {@link Conv2dFocus}.
 */
public final class Conv2dModel extends LabModel<ConvSetup, ConvTrace> {
    /** Largest input side the lab's controls offer (lessons may go to LabSpecParser.MAX_SIDE). */
    public static final int MAX_INPUT = 128;

    private final ReadOnlyStringWrapper kernelSource = new ReadOnlyStringWrapper("sobel_x");
    private final Conv2dFocus focus = new Conv2dFocus(this);

    public Conv2dModel() {
        super("square");
        apply(LabSpecParser.defaults(LabSpec.CONV2D), Map.of());
    }

    // --- properties

    /** The kernel preset id, or "edited". */
    public ReadOnlyStringProperty kernelSourceProperty() {
        return kernelSource.getReadOnlyProperty();
    }

    @Override
    public Conv2dFocus focus() {
        return focus;
    }

    // --- commands

    @Override
    protected void applySetup(LabSpec spec, Map<String, ?> params) {
        Object k = params.get("kernel");
        kernelSource.set(sourceOf(k, "sobel_x"));
        takeSourceAndSeed(params, "square");
        change(spec.conv());
    }

    public void setPaddingMode(PaddingMode mode) {
        ConvSetup s = setup();
        change(s.withPadding(mode, mode, s.explicitPad()));
    }

    /** Explicit padding {top, bottom, left, right}. */
    public void setPadding(int top, int bottom, int left, int right) {
        change(setup().withPadding(PaddingMode.EXPLICIT, PaddingMode.EXPLICIT, new int[] {top, bottom, left, right}));
    }

    public void setStride(int h, int w) {
        change(setup().withStride(h, w));
    }

    public void setDilation(int h, int w) {
        change(setup().withDilation(h, w));
    }

    public void setFlip(boolean flip) {
        change(setup().withFlip(flip));
    }

    /** Groups; the kernel takes C/groups channels per filter when groups divides C. */
    public void setGroups(int groups) {
        ConvSetup s = setup().withGroups(groups);
        change(s.withKernel(Reshape.withChannels(s.kernel(), kernelChannels(s.input().dim(0), groups, s.kernel()))));
    }

    /** Number of filters; new filters copy the last one, and get bias 0. */
    public void setFilters(int filters) {
        ConvSetup s = setup();
        float[] bias = s.bias() == null ? null : Reshape.resize(s.bias(), filters);
        change(s.withKernel(Reshape.withFilters(s.kernel(), filters)).withBias(bias));
    }

    /** Depthwise: one filter per input channel, each seeing only its own channel. */
    public void makeDepthwise() {
        ConvSetup s = setup();
        int c = s.input().dim(0);
        Tensor k = Reshape.withChannels(Reshape.withFilters(s.kernel(), c), 1);
        float[] bias = s.bias() == null ? null : Reshape.resize(s.bias(), c);
        change(s.withGroups(c).withKernel(k).withBias(bias));
    }

    public void setBiasEnabled(boolean on) {
        ConvSetup s = setup();
        if (on != (s.bias() != null)) {
            change(s.withBias(on ? new float[s.kernel().dim(0)] : null));
        }
    }

    public void setBias(int filter, float value) {
        float[] b = setup().bias() == null ? new float[setup().kernel().dim(0)] : setup().bias().clone();
        b[filter] = value;
        change(setup().withBias(b));
    }

    public void setKernelPreset(String id) {
        ConvSetup s = setup();
        int[] k = s.kernel().shape();
        Tensor p = Presets.kernel2d(id);
        change(s.withKernel(Reshape.repeat(p, k[0], k[1])));
        kernelSource.set(id);
    }

    public void setKernelSize(int kh, int kw) {
        change(setup().withKernel(Reshape.resize(setup().kernel(), kh, kw)));
        kernelSource.set(EDITED);
    }

    public void setKernelValue(int filter, int channel, int ky, int kx, float v) {
        Tensor k = setup().kernel().copy();
        k.set(v, filter, channel, ky, kx);
        change(setup().withKernel(k));
        kernelSource.set(EDITED);
    }

    /** An input preset at the current size and channel count ("random" draws a new seed). */
    public void setInputPreset(String id) {
        ConvSetup s = setup();
        if (id.equals("random")) {
            nextSeed();
        }
        change(s.withInput(preset(id, s.input().dim(1), s.input().dim(2), s.input().dim(0))));
        setInputSource(id);
    }

    public void setInputSize(int h, int w) {
        ConvSetup s = setup();
        String src = inputSource();
        boolean preset = List.of(Presets.INPUTS_2D).contains(src);
        Tensor in = preset ? preset(src, h, w, s.input().dim(0)) : Reshape.resizeInput(s.input(), h, w);
        change(s.withInput(in));
    }

    /** Number of input channels; the kernel follows (C/groups channels per filter). */
    public void setChannels(int c) {
        ConvSetup s = setup();
        String src = inputSource();
        Tensor in = List.of(Presets.INPUTS_2D).contains(src)
                ? preset(src, s.input().dim(1), s.input().dim(2), c)
                : Reshape.withInputChannels(s.input(), c);
        ConvSetup next = s.withInput(in);
        change(next.withKernel(Reshape.withChannels(s.kernel(), kernelChannels(c, s.groups(), s.kernel()))));
    }

    /** A picture or other input [C, H, W]; the kernel follows the channel count. */
    public void setInput(Tensor input, String source) {
        ConvSetup s = setup().withInput(input);
        change(s.withKernel(Reshape.withChannels(s.kernel(), kernelChannels(input.dim(0), s.groups(), s.kernel()))));
        setInputSource(source);
    }

    public void setInputValue(int channel, int y, int x, float v) {
        Tensor in = setup().input().copy();
        in.set(v, channel, y, x);
        change(setup().withInput(in));
        setInputSource(EDITED);
    }

    // --- internals

    private Tensor preset(String id, int h, int w, int channels) {
        return LabSpecParser.parse(LabSpec.CONV2D, Map.of("input", id, "input_size", List.of(h, w),
                "channels", channels, "seed", (int) seed())).conv().input();
    }

    private static int kernelChannels(int inputChannels, int groups, Tensor kernel) {
        return groups >= 1 && inputChannels % groups == 0 ? inputChannels / groups : kernel.dim(1);
    }

    @Override
    protected void setupChanged() {
        focus.setupChanged();
    }
}
