package org.convlab.ui.lab.conv1d;

import java.util.List;
import javafx.scene.Node;
import org.convlab.explain.LabSpec;
import org.convlab.ui.lab.CellRef;
import org.convlab.ui.lab.SteppedLab;

/**
 * The 1D convolution lab: a signal (presets, random or typed numbers), a kernel (moving average,
 * difference, Gaussian, a template to find), padding (valid, same, full, causal or explicit),
 * stride, dilation, channels, filters, groups, bias and the flip of a true convolution, stepped
 * through one output sample at a time with its arithmetic, and the same layer as a banded
 * matrix. Cells are named as {@link CellRef}s with row 0 and the sample's position as column.
 * Built on the FX thread.
 */
public final class Conv1dLab extends SteppedLab<Conv1dModel> {
    private final Conv1dView view = new Conv1dView(model, controls);

    public Conv1dLab() {
        super(LabSpec.CONV1D, new Conv1dModel());
    }

    @Override
    public Node view() {
        return view.view();
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
