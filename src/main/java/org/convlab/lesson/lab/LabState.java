package org.convlab.lesson.lab;

import java.util.List;
import java.util.Map;
import org.convlab.explain.LabSpec;

/**
 * A lab in one state, fully resolved: what a lab block starts with, where a step moves it, the
 * setup an exercise asks about, the state a prediction reveals. The player shows {@link #spec()}
 * as is; nothing needs parsing again.
 *
 * @param lab       "conv1d", "conv2d" or "pool"
 * @param params    the lab parameters in effect, as plain values (the keys of LabSpecParser)
 * @param spec      the parsed setup; {@code spec.step()} is the current trace step (-1: none)
 * @param problems  why the setup is impossible, in words; empty unless the author marked the state
 *                  {@code invalid: true} to show exactly that
 * @param at        the output cell of the current trace step, or null
 * @param highlight cells to emphasise
 */
public record LabState(String lab, Map<String, Object> params, LabSpec spec, List<String> problems,
                       PlaneCell at, Highlights highlight) {
    public LabState {
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
        problems = List.copyOf(problems);
    }

    /** The current trace step (an index into ConvTrace/PoolTrace steps), or -1. */
    public int traceStep() {
        return spec.step();
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
