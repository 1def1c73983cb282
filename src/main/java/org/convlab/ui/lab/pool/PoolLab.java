package org.convlab.ui.lab.pool;

import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import org.convlab.explain.LabSpec;
import org.convlab.explain.LabSpecParser;
import org.convlab.ui.lab.CellRef;
import org.convlab.ui.lab.Lab;
import org.convlab.ui.lab.LabControls;
import org.convlab.ui.widgets.StepPlayerModel;

/**
 * The pooling lab: max, average and global average pooling of a multi-channel input with a
 * window, stride and padding, stepped through one output at a time with the arithmetic of each,
 * and a translation experiment that moves the input a pixel at a time and counts the pooled
 * outputs that change. Built on the FX thread.
 */
public final class PoolLab implements Lab {
    private final PoolModel model = new PoolModel();
    private final LabControls controls = new LabControls();
    private final PoolView view = new PoolView(model, controls);

    @Override
    public String id() {
        return LabSpec.POOL;
    }

    @Override
    public Node view() {
        return view.view();
    }

    @Override
    public void apply(Map<String, ?> params) {
        LabSpec spec = LabSpecParser.parse(LabSpec.POOL, params); // throws before anything changes
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
    public PoolModel model() {
        return model;
    }

    /** The arithmetic shown, one string per line (for tests). */
    public List<String> arithmetic() {
        return view.equation().lineTexts();
    }

    /** The shift experiment's result line, as shown (for tests). */
    public String shiftResult() {
        return view.shiftView().resultText();
    }

    /** Opens the shift experiment (true) or the step-by-step tab (false). */
    public void showShiftExperiment(boolean show) {
        view.showShiftExperiment(show);
    }
}
