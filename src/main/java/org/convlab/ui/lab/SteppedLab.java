package org.convlab.ui.lab;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.convlab.explain.LabSpec;
import org.convlab.explain.LabSpecParser;
import org.convlab.ui.widgets.StepPlayerModel;

/**
 * What every stepped lab does the same way for the rest of the app: parse a lesson's parameters
 * before anything changes, lock named controls, drive the player and mark cells. A lab adds its
 * view (built from {@link #model} and {@link #controls}) and what its tests read back.
 *
 * @param <M> the lab's model
 */
public abstract class SteppedLab<M extends LabModel<?, ?>> implements Lab {
    private final String id;
    protected final M model;
    protected final LabControls controls = new LabControls();

    /** {@code id} is the lab's name in {@link LabSpec}. */
    protected SteppedLab(String id, M model) {
        this.id = id;
        this.model = model;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public void apply(Map<String, ?> params) {
        LabSpec spec = LabSpecParser.parse(id, params); // throws before anything changes
        model.focus().unpin();
        model.apply(spec, params);
    }

    @Override
    public Set<String> controls() {
        return controls.names();
    }

    @Override
    public void lock(Set<String> names) {
        controls.lock(names);
    }

    @Override
    public StepPlayerModel player() {
        return model.player();
    }

    @Override
    public void highlight(List<CellRef> cells) {
        model.focus().mark(cells);
    }

    /** The lab's model, for tests that compare what is shown with the engine. */
    public M model() {
        return model;
    }
}
