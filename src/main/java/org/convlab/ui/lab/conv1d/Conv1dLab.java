package org.convlab.ui.lab.conv1d;

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
 * The 1D convolution lab: a signal (presets, random or typed numbers), a kernel (moving average,
 * difference, Gaussian, a template to find), padding (valid, same, full, causal or explicit),
 * stride, dilation, channels, filters, groups, bias and the flip of a true convolution, stepped
 * through one output sample at a time with its arithmetic, and the same layer as a banded
 * matrix. Cells are named as {@link CellRef}s with row 0 and the sample's position as column.
 * Built on the FX thread.
 */
public final class Conv1dLab implements Lab {
    private final Conv1dModel model = new Conv1dModel();
    private final LabControls controls = new LabControls();
    private final Conv1dView view = new Conv1dView(model, controls);

    @Override
    public String id() {
        return LabSpec.CONV1D;
    }

    @Override
    public Node view() {
        return view.view();
    }

    @Override
    public void apply(Map<String, ?> params) {
        LabSpec spec = LabSpecParser.parse(LabSpec.CONV1D, params); // throws before anything changes
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
    public Conv1dModel model() {
        return model;
    }

    /** The arithmetic shown, one string per line (for tests). */
    public List<String> arithmetic() {
        return view.equation().lineTexts();
    }

    /** The problems the banner shows (for tests). */
    public List<String> problems() {
        return view.banner().texts();
    }

    /** The output-size formulas shown (for tests). */
    public List<String> outputSizes() {
        return view.sizes().texts();
    }
}
