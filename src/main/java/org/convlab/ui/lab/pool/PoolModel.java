package org.convlab.ui.lab.pool;

import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.convlab.engine.Tensor;
import org.convlab.explain.LabSpec;
import org.convlab.explain.LabSpecParser;
import org.convlab.explain.PoolSetup;
import org.convlab.explain.PoolTrace;
import org.convlab.explain.Presets;
import org.convlab.ui.widgets.StepPlayerModel;

/**
 * The pooling lab's state, without nodes: the setup (an immutable {@link PoolSetup}), its trace
 * when it is valid, the player, what the mouse points at ({@link PoolFocus}) and the shift
 * experiment ({@link PoolShift}). Every change makes a new setup and asks {@code explain} for a
 * new trace; nothing here does arithmetic on the numbers.
 */
public final class PoolModel {
    /** Largest input side the lab's controls offer (lessons may go to LabSpecParser.MAX_SIDE). */
    public static final int MAX_INPUT = 128;
    /** The input the lab starts with, as LabSpecParser's defaults say. */
    static final String DEFAULT_INPUT = "random";

    private final ReadOnlyObjectWrapper<PoolSetup> setup = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PoolTrace> trace = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper inputSource = new ReadOnlyStringWrapper(DEFAULT_INPUT);
    private final StepPlayerModel player = new StepPlayerModel();
    private final PoolFocus focus = new PoolFocus(this);
    private final PoolShift shift = new PoolShift(this);
    private long seed = 1;

    public PoolModel() {
        apply(LabSpecParser.defaults(LabSpec.POOL), Map.of());
    }

    // --- properties

    public ReadOnlyObjectProperty<PoolSetup> setupProperty() {
        return setup.getReadOnlyProperty();
    }

    /** The trace of a valid setup; null while the setup is invalid. */
    public ReadOnlyObjectProperty<PoolTrace> traceProperty() {
        return trace.getReadOnlyProperty();
    }

    /** Where the input came from: a preset id or "edited". */
    public ReadOnlyStringProperty inputSourceProperty() {
        return inputSource.getReadOnlyProperty();
    }

    public PoolSetup setup() {
        return setup.get();
    }

    public PoolTrace trace() {
        return trace.get();
    }

    public StepPlayerModel player() {
        return player;
    }

    public PoolFocus focus() {
        return focus;
    }

    public PoolShift shift() {
        return shift;
    }

    // --- commands

    /** Takes a parsed lab state; {@code params} are the raw values, to remember presets by name. */
    public void apply(LabSpec spec, Map<String, ?> params) {
        Object in = params.get("input");
        inputSource.set(in == null ? DEFAULT_INPUT : in instanceof String s ? s : "edited");
        seed = params.get("seed") instanceof Number n ? n.longValue() : 1;
        shift.reset();
        change(spec.pool());
        player.jumpTo(spec.step());
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
            seed++;
        }
        change(setup().withInput(preset(id, h, w, setup().input().dim(0))));
        inputSource.set(id);
    }

    public void setInputSize(int h, int w) {
        Tensor in = setup().input();
        String src = inputSource.get();
        if (List.of(Presets.INPUTS_2D).contains(src)) {
            change(setup().withInput(preset(src, h, w, in.dim(0))));
        } else {
            change(setup().withInput(resized(in, in.dim(0), h, w)));
        }
    }

    /** Number of channels: presets are drawn again (each channel its own seed), edited numbers keep the first channels. */
    public void setChannels(int c) {
        Tensor in = setup().input();
        String src = inputSource.get();
        if (List.of(Presets.INPUTS_2D).contains(src)) {
            change(setup().withInput(preset(src, in.dim(1), in.dim(2), c)));
        } else {
            change(setup().withInput(resized(in, c, in.dim(1), in.dim(2))));
        }
    }

    public void setInputValue(int channel, int y, int x, float v) {
        Tensor in = setup().input().copy();
        in.set(v, channel, y, x);
        change(setup().withInput(in));
        inputSource.set("edited");
    }

    // --- internals

    private Tensor preset(String id, int h, int w, int channels) {
        return LabSpecParser.parse(LabSpec.POOL, Map.of("input", id, "input_size", List.of(h, w),
                "channels", channels, "seed", (int) seed)).pool().input();
    }

    /** [C, H, W] cut or extended with zeros to [c, h, w], top-left kept; new channels copy the last one. */
    private static Tensor resized(Tensor in, int c, int h, int w) {
        int[] s = in.shape();
        Tensor out = Tensor.zeros(c, h, w);
        for (int ch = 0; ch < c; ch++) {
            int from = Math.min(ch, s[0] - 1);
            for (int y = 0; y < Math.min(h, s[1]); y++) {
                System.arraycopy(in.data(), (from * s[1] + y) * s[2], out.data(), (ch * h + y) * w, Math.min(w, s[2]));
            }
        }
        return out;
    }

    private void change(PoolSetup next) {
        // The trace and the step count change before the setup, so a view that redraws when the
        // setup changes finds them already matching it.
        PoolTrace t = next.valid() ? next.trace() : null;
        trace.set(t);
        player.setCount(t == null ? 0 : t.steps());
        setup.set(next);
        focus.setupChanged();
        shift.setupChanged();
    }
}
