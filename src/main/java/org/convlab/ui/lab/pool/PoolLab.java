package org.convlab.ui.lab.pool;

import java.util.List;
import javafx.scene.Node;
import org.convlab.explain.LabSpec;
import org.convlab.ui.lab.SteppedLab;

/**
 * The pooling lab: max, average and global average pooling of a multi-channel input with a
 * window, stride and padding, stepped through one output at a time with the arithmetic of each,
 * and a translation experiment that moves the input a pixel at a time and counts the pooled
 * outputs that change. Built on the FX thread.
 */
public final class PoolLab extends SteppedLab<PoolModel> {
    private final PoolView view = new PoolView(model, controls);

    public PoolLab() {
        super(LabSpec.POOL, new PoolModel());
    }

    @Override
    public Node view() {
        return view.view();
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
