package org.convlab.ui.lab.conv2d;

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
 * The 2D convolution lab: an input (numbers, presets, random, photos), a kernel (presets or
 * numbers), padding, stride, dilation, channels, filters, groups and bias, stepped through one
 * output at a time with the arithmetic of each. Built on the FX thread.
 */
public final class Conv2dLab implements Lab {
    private final Conv2dModel model = new Conv2dModel();
    private final LabControls controls = new LabControls();
    private final Conv2dView view = new Conv2dView(model, controls);

    @Override
    public String id() {
        return LabSpec.CONV2D;
    }

    @Override
    public Node view() {
        return view.view();
    }

    @Override
    public void apply(Map<String, ?> params) {
        LabSpec spec = LabSpecParser.parse(LabSpec.CONV2D, params); // throws before anything changes
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
    public Conv2dModel model() {
        return model;
    }

    /** The arithmetic shown, one string per line (for tests). */
    public List<String> arithmetic() {
        return view.equation().lineTexts();
    }
}
