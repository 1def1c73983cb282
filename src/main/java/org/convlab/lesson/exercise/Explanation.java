package org.convlab.lesson.exercise;

import java.util.List;
import org.convlab.explain.ConvTrace;
import org.convlab.explain.OutputSize;
import org.convlab.explain.PoolTrace;
import org.convlab.explain.ReceptiveField;

/**
 * How the right value of an answer (or of one grid cell) comes about, from the same code that
 * computes it: the trace step with its taps and products, the output-size rule with the numbers
 * in, the receptive-field arithmetic per layer, the parameter count, or the expression with the
 * values written in. The player shows it to a student who got the value wrong.
 */
public sealed interface Explanation {
    /** The right value. */
    double value();

    /** A convolution output element: inputs, kernel taps, products, running sums, bias. */
    record ConvStep(ConvTrace.Step step) implements Explanation {
        @Override
        public double value() {
            return step.value();
        }
    }

    /** A pooling output element: the window's cells and the winner, or the sum and divisor. */
    record PoolStep(PoolTrace.Kind kind, PoolTrace.Step step) implements Explanation {
        @Override
        public double value() {
            return step.value();
        }
    }

    /** The output-size rule with this setup's numbers; {@code size.pluggedIn()} writes it out. */
    record OutputSizeRule(OutputSize size) implements Explanation {
        @Override
        public double value() {
            return size.result();
        }
    }

    /** Weights (the kernel's shape multiplied out) plus one bias per filter. */
    record ParameterCount(int[] kernelShape, int biases, long total) implements Explanation {
        @Override
        public double value() {
            return total;
        }
    }

    /** The receptive field after each layer; {@code what} is "size", "jump" or "start" of the last. */
    record ReceptiveFieldRule(List<ReceptiveField.Layer> layers, List<ReceptiveField.Step> steps, String what, double value)
            implements Explanation {
    }

    /** An author's expression, as written and with the values in: "(n - k) / s + 1" and "(7 − 3) / 2 + 1". */
    record Arithmetic(String expression, String pluggedIn, double value) implements Explanation {
    }
}
