package org.convlab.ui.lab.conv2d;

import java.util.List;
import org.convlab.explain.ConvTrace;
import org.convlab.explain.Trace;
import org.convlab.ui.lab.LabFocus;

/** What the 2D convolution lab's linked views point at; the rules are {@link LabFocus}'s. */
public final class Conv2dFocus extends LabFocus<Conv2dFocus.OutputCell, Conv2dFocus.InputCell, ConvTrace.Step, ConvTrace.Reader> {
    /** An output element: filter (output channel), row, column. */
    public record OutputCell(int filter, int row, int col) {
    }

    /** An input element: channel, row, column (outside the input: padding). */
    public record InputCell(int channel, int row, int col) {
    }

    Conv2dFocus(Conv2dModel model) {
        super(model);
    }

    @Override
    protected int stepIndex(Trace<ConvTrace.Step, ConvTrace.Reader> t, OutputCell o) {
        return t.stepIndex(o.filter(), o.row(), o.col());
    }

    @Override
    protected boolean contains(int[] shape, OutputCell o) {
        return o.filter() < shape[0] && o.row() < shape[1] && o.col() < shape[2];
    }

    @Override
    protected List<ConvTrace.Reader> readersOf(Trace<ConvTrace.Step, ConvTrace.Reader> t, InputCell c) {
        return t.readersOf(c.channel(), c.row(), c.col());
    }
    @Override
    protected int channelOf(InputCell c) {
        return c.channel();
    }
}
