package org.convlab.ui.lab.conv2d;

import java.util.List;
import javafx.scene.Node;
import org.convlab.explain.LabSpec;
import org.convlab.ui.lab.SteppedLab;

/**
 * The 2D convolution lab: an input (numbers, presets, random, photos), a kernel (presets or
 * numbers), padding, stride, dilation, channels, filters, groups and bias, stepped through one
 * output at a time with the arithmetic of each. Built on the FX thread.
 */
public final class Conv2dLab extends SteppedLab<Conv2dModel> {
    private final Conv2dView view = new Conv2dView(model, controls);

    public Conv2dLab() {
        super(LabSpec.CONV2D, new Conv2dModel());
    }

    @Override
    public Node view() {
        return view.view();
    }

    /** The arithmetic shown, one string per line (for tests). */
    public List<String> arithmetic() {
        return view.equation().lineTexts();
    }
}
