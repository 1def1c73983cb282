package org.convlab.ui.lab.conv1d;

import java.util.List;
import org.convlab.explain.ConvTrace;
import org.convlab.explain.Trace;
import org.convlab.ui.lab.LabFocus;

/**
 * What the 1D lab's linked views point at; the rules are {@link LabFocus}'s, for samples instead
 * of cells. A 1D trace is a 2D trace of height one, so every sample sits in row 0.
 */
public final class Conv1dFocus extends LabFocus<Conv1dFocus.Output, Conv1dFocus.Sample, ConvTrace.Step, ConvTrace.Reader> {
    /** An output sample: filter (output channel) and position. */
    public record Output(int filter, int index) {
    }

    /** An input sample: channel and position (outside the signal: padding). */
    public record Sample(int channel, int index) {
    }

    Conv1dFocus(Conv1dModel model) {
        super(model);
    }

    @Override
    protected int stepIndex(Trace<ConvTrace.Step, ConvTrace.Reader> t, Output o) {
        return t.stepIndex(o.filter(), 0, o.index());
    }

    @Override
    protected boolean contains(int[] shape, Output o) {
        return o.filter() < shape[0] && o.index() < shape[2];
    }

    @Override
    protected List<ConvTrace.Reader> readersOf(Trace<ConvTrace.Step, ConvTrace.Reader> t, Sample s) {
        return t.readersOf(s.channel(), 0, s.index());
    }

    @Override
    protected int channelOf(Sample s) {
        return s.channel();
    }
}
