package org.convlab.explain;

import java.util.List;
import org.convlab.engine.Tensor;

/**
 * What every step-by-step trace answers, whatever the operation: how many steps there are, the
 * step that produces an output element, and which outputs read an input element. Lets the labs
 * share the code that follows the mouse and the player.
 *
 * @param <S> one step: an output element with its arithmetic
 * @param <R> one output that reads a given input element
 */
public interface Trace<S, R> {
    /** [C, Ho, Wo]. */
    int[] outputShape();

    /** Number of steps: one per output element. */
    int steps();

    /** The step that produces output element (channel, oy, ox). */
    int stepIndex(int channel, int oy, int ox);

    /** The whole output [C, Ho, Wo], as the engine computes it. */
    Tensor output();

    S step(int index);

    /** The outputs that read input element (channel, iy, ix); iy and ix may lie in the padding. */
    List<R> readersOf(int channel, int iy, int ix);
}
