package org.convlab.ui.lesson;

import java.util.ArrayList;
import java.util.List;
import org.convlab.explain.OutputSize;
import org.convlab.explain.PoolTrace;
import org.convlab.explain.ReceptiveField;
import org.convlab.lesson.exercise.Explanation;
import org.convlab.ui.widgets.ConvArithmetic;
import org.convlab.ui.widgets.EquationView;
import org.convlab.ui.widgets.EquationView.Line;
import org.convlab.ui.widgets.EquationView.Part;
import org.convlab.ui.widgets.NumberFormats;

/**
 * Writes an {@link Explanation} (how the right value comes about) as the heading and lines of an
 * {@link EquationView}: a convolution step's taps and products through {@link ConvArithmetic},
 * a pooling window, the output-size rule with the numbers in, a parameter count, the receptive
 * field layer by layer, or the author's expression. Every number comes from the explanation.
 */
final class ExplanationLines {
    /** A heading and its lines. */
    record Text(String heading, List<Line> lines) {
        /** Everything as plain text, one line each (for tests and screen readers). */
        String plain() {
            StringBuilder b = new StringBuilder(heading);
            for (Line l : lines) {
                b.append('\n').append(l.caption() == null || l.caption().isEmpty() ? "" : l.caption() + " ").append(l.text());
            }
            return b.toString();
        }
    }

    private ExplanationLines() {
    }

    static Text of(Explanation e, boolean oneD) {
        return switch (e) {
            case Explanation.ConvStep c -> new Text(ConvArithmetic.heading(c.step(), oneD), ConvArithmetic.lines(c.step(), oneD));
            case Explanation.PoolStep p -> pool(p.kind(), p.step());
            case Explanation.OutputSizeRule r -> outputSize(r.size());
            case Explanation.ParameterCount p -> parameters(p);
            case Explanation.ReceptiveFieldRule r -> receptiveField(r);
            case Explanation.Arithmetic a -> new Text(a.expression(), List.of(
                    new Line("", List.of(op("= "), value(a.pluggedIn())), false),
                    result("= ", a.value())));
        };
    }

    private static Text pool(PoolTrace.Kind kind, PoolTrace.Step s) {
        String name = "out[" + s.channel() + ", " + s.oy() + ", " + s.ox() + "]";
        List<Part> parts = new ArrayList<>();
        boolean max = kind == PoolTrace.Kind.MAX;
        parts.add(op(max ? "max(" : "("));
        for (int i = 0; i < s.cells().size(); i++) {
            PoolTrace.Cell c = s.cells().get(i);
            parts.add(op(i == 0 ? "" : max ? ", " : " + "));
            String style = c.padding() ? EquationView.PAD : i == s.winner() ? EquationView.RESULT : EquationView.VALUE;
            parts.add(new Part(c.padding() && max ? "−∞" : NumberFormats.factor(c.value()), style));
        }
        parts.add(op(max ? ")" : ") / " + s.divisor()));
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(max ? "window:" : "sum / count:", parts, false));
        if (!max) {
            lines.add(new Line("", List.of(op("= "), sum(NumberFormats.exact(s.sum())), op(" / " + s.divisor())), false));
        }
        lines.add(result(name + " = ", s.value()));
        String heading = name + (max ? " = the window's largest value" : kind == PoolTrace.Kind.AVG
                ? " = the window's average" : " = the channel's average");
        return new Text(heading, lines);
    }

    private static Text outputSize(OutputSize s) {
        return new Text("Output " + s.axis() + " = " + s.formula(), List.of(
                new Line("", List.of(value(s.pluggedIn())), false),
                new Line("", List.of(op("n = " + s.n() + " (input), k = " + s.kernel() + " (kernel), s = " + s.stride()
                        + ", d = " + s.dilation() + ", padding " + s.padBefore() + " + " + s.padAfter())), false)));
    }

    private static Text parameters(Explanation.ParameterCount p) {
        List<Part> parts = new ArrayList<>();
        long weights = 1;
        for (int i = 0; i < p.kernelShape().length; i++) {
            parts.add(op(i == 0 ? "" : "·"));
            parts.add(value(Integer.toString(p.kernelShape()[i])));
            weights *= p.kernelShape()[i];
        }
        parts.add(op(" weights + " + p.biases() + (p.biases() == 1 ? " bias" : " biases") + " = "));
        parts.add(sum(weights + " + " + p.biases()));
        return new Text("Parameters = filters · channels · kernel height · kernel width + biases",
                List.of(new Line("", parts, false), result("= ", p.total())));
    }

    private static Text receptiveField(Explanation.ReceptiveFieldRule r) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("input:", List.of(op("size 1, jump 1, start 0.5")), false));
        for (int i = 0; i < r.layers().size(); i++) {
            ReceptiveField.Layer l = r.layers().get(i);
            ReceptiveField.Step s = r.steps().get(i);
            lines.add(new Line("layer " + (i + 1) + ":", List.of(
                    op("kernel " + l.kernel() + ", stride " + l.stride() + ", dilation " + l.dilation() + ", padding " + l.padding() + " → "),
                    sum("size " + s.size() + ", jump " + s.jump() + ", start " + NumberFormats.exact(s.start()))), false));
        }
        lines.add(result(r.what() + " = ", r.value()));
        return new Text("Receptive field: size grows by (k − 1)·d·jump, jump multiplies by the stride", lines);
    }

    private static Line result(String name, double v) {
        return new Line("", List.of(op(name), new Part(NumberFormats.exact(v), EquationView.RESULT)), true);
    }

    private static Part op(String s) {
        return new Part(s, EquationView.OP);
    }

    private static Part value(String s) {
        return new Part(s, EquationView.VALUE);
    }

    private static Part sum(String s) {
        return new Part(s, EquationView.SUM);
    }
}
