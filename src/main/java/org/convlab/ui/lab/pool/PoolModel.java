package org.convlab.ui.lab.pool;

import java.util.List;
import java.util.Map;
import org.convlab.engine.Tensor;
import org.convlab.explain.LabSpec;
import org.convlab.explain.LabSpecParser;
import org.convlab.explain.PoolSetup;
import org.convlab.explain.PoolTrace;
import org.convlab.explain.Presets;
import org.convlab.ui.lab.LabModel;
import org.convlab.ui.lab.Reshape;

/**
 * The pooling lab's state, without nodes: the setup (an immutable {@link PoolSetup}), its trace
 * when it is valid, the player, what the mouse points at ({@link PoolFocus}) and the shift
 * experiment ({@link PoolShift}). Every change makes a new setup and asks {@code explain} for a
 * new trace; nothing here does arithmetic on the numbers.
 */
public final class PoolModel extends LabModel<PoolSetup, PoolTrace> {
    /** Largest input side the lab's controls offer (lessons may go to LabSpecParser.MAX_SIDE). */
    public static final int MAX_INPUT = 128;
    /** The input the lab starts with, as LabSpecParser's defaults say. */
    static final String DEFAULT_INPUT = "random";

    private final PoolFocus focus = new PoolFocus(this);
    private final PoolShift shift = new PoolShift(this);

    public PoolModel() {
        super(DEFAULT_INPUT);
        apply(LabSpecParser.defaults(LabSpec.POOL), Map.of());
    }

    // --- properties

    @Override
    public PoolFocus focus() {
        return focus;
    }

    public PoolShift shift() {
        return shift;
    }

    // --- commands

    @Override
    protected void applySetup(LabSpec spec, Map<String, ?> params) {
        takeSourceAndSeed(params, DEFAULT_INPUT);
        shift.reset();
        change(spec.pool());
    }

    public void setKind(PoolTrace.Kind kind) {
        change(setup().withKind(kind));
    }

    public void setWindow(int h, int w) {
        change(setup().withWindow(h, w));
    }

    /** A new window that the stride follows (PyTorch's default stride is the window). */
    public void setWindowAndStride(int h, int w) {
        change(setup().withWindow(h, w).withStride(h, w));
    }

    public void setStride(int h, int w) {
        change(setup().withStride(h, w));
    }

    public void setPadding(int h, int w) {
        change(setup().withPadding(h, w));
    }

    /** An input preset at the current size and channel count ("random" draws a new seed). */
    public void setInputPreset(String id) {
        Tensor in = setup().input();
        setInputPreset(id, in.dim(1), in.dim(2));
    }

    /** An input preset at a given size, with the current channel count. */
    public void setInputPreset(String id, int h, int w) {
        if (id.equals("random")) {
            nextSeed();
        }
        change(setup().withInput(preset(id, h, w, setup().input().dim(0))));
        setInputSource(id);
    }

    public void setInputSize(int h, int w) {
        Tensor in = setup().input();
        String src = inputSource();
        if (List.of(Presets.INPUTS_2D).contains(src)) {
            change(setup().withInput(preset(src, h, w, in.dim(0))));
        } else {
            change(setup().withInput(Reshape.resizeInput(in, h, w)));
        }
    }

    /** Number of channels: presets are drawn again (each channel its own seed), edited numbers keep the first channels. */
    public void setChannels(int c) {
        Tensor in = setup().input();
        String src = inputSource();
        if (List.of(Presets.INPUTS_2D).contains(src)) {
            change(setup().withInput(preset(src, in.dim(1), in.dim(2), c)));
        } else {
            change(setup().withInput(Reshape.withInputChannels(in, c)));
        }
    }

    public void setInputValue(int channel, int y, int x, float v) {
        Tensor in = setup().input().copy();
        in.set(v, channel, y, x);
        change(setup().withInput(in));
        setInputSource(EDITED);
    }

    // --- internals

    private Tensor preset(String id, int h, int w, int channels) {
        return LabSpecParser.parse(LabSpec.POOL, Map.of("input", id, "input_size", List.of(h, w),
                "channels", channels, "seed", (int) seed())).pool().input();
    }


    @Override
    protected void setupChanged() {
        focus.setupChanged();
        shift.setupChanged();
    }
}
