package org.convlab.ui.lab.pool;

import java.util.List;
import org.convlab.explain.PoolTrace;
import org.convlab.explain.Trace;
import org.convlab.ui.lab.LabFocus;

/**
 * What the pooling lab's linked views point at; the rules are {@link LabFocus}'s. A hovered
 * input's readers are the outputs whose windows hold it.
 */
public final class PoolFocus extends LabFocus<PoolFocus.OutputCell, PoolFocus.InputCell, PoolTrace.Step, PoolTrace.Reader> {
    /** An output element: channel, row, column. */
    public record OutputCell(int channel, int row, int col) {
    }

    /** An input element: channel, row, column (outside the input: padding). */
    public record InputCell(int channel, int row, int col) {
    }

    PoolFocus(PoolModel model) {
        super(model);
    }

    @Override
    protected int stepIndex(Trace<PoolTrace.Step, PoolTrace.Reader> t, OutputCell o) {
        return t.stepIndex(o.channel(), o.row(), o.col());
    }

    @Override
    protected boolean contains(int[] shape, OutputCell o) {
        return o.channel() < shape[0] && o.row() < shape[1] && o.col() < shape[2];
    }

    @Override
    protected List<PoolTrace.Reader> readersOf(Trace<PoolTrace.Step, PoolTrace.Reader> t, InputCell c) {
        return t.readersOf(c.channel(), c.row(), c.col());
    }
    @Override
    protected int channelOf(InputCell c) {
        return c.channel();
    }
}
