package org.convlab.explain;

import java.util.List;
import org.convlab.engine.Tensor;

/**
 * A lab's whole state as one value: the input and the operation's settings. It is either valid
 * and yields a trace, or says in plain words why not, so a lab can explain a configuration
 * instead of preventing it.
 *
 * @param <T> the trace of a valid setup
 */
public interface LabSetup<T extends Trace<?, ?>> {
    /** The input [C, H, W] (a 1D signal has H = 1). */
    Tensor input();

    /** What makes this setup impossible, in plain words; empty when it is valid. */
    List<String> problems();

    default boolean valid() {
        return problems().isEmpty();
    }

    /** The output-size arithmetic per spatial axis, with this setup's numbers. */
    List<OutputSize> outputSizes();

    /** The step-by-step trace; only for a valid setup (IllegalStateException otherwise). */
    T trace();
}
