package org.convlab.ui.lab.pool;

import java.util.ArrayList;
import java.util.List;
import org.convlab.explain.PoolTrace;
import org.convlab.ui.widgets.EquationView;
import org.convlab.ui.widgets.EquationView.Line;
import org.convlab.ui.widgets.EquationView.Part;
import org.convlab.ui.widgets.NumberFormats;

/**
 * Writes a pooling step as the lines of an {@link EquationView}: "max(a, b, c, d) = v" with the
 * winner picked out, or "(a + b + c + d) / 4" then "= sum / 4" and the value for averages. Every
 * number is taken from the {@link PoolTrace.Step} (nothing is recomputed here).
 */
final class PoolArithmetic {
    /** Beyond this many cells in a window the middle terms are elided. */
    static final int MAX_TERMS = 25;
    /** What max pooling pads with (PyTorch pads with minus infinity, so padding never wins). */
    static final String MINUS_INFINITY = NumberFormats.MINUS + "∞";

    private PoolArithmetic() {
    }

    /** "out[0, 1, 2]" (global average pooling: "out[0]", one value per channel). */
    static String name(PoolTrace.Step s, PoolTrace.Kind kind) {
        return kind == PoolTrace.Kind.GLOBAL_AVG ? "out[" + s.channel() + "]"
                : "out[" + s.channel() + ", " + s.oy() + ", " + s.ox() + "]";
    }

    /** "Max of a 2×2 window", "Average of a 3×3 window", "Average of all of channel 1 (6×6)". */
    static String heading(PoolTrace.Step s, PoolTrace.Kind kind, int kh, int kw) {
        return switch (kind) {
            case MAX -> "Max of a " + kh + "×" + kw + " window";
            case AVG -> "Average of a " + kh + "×" + kw + " window";
            case GLOBAL_AVG -> "Average of all of channel " + s.channel() + " (" + kh + "×" + kw + ")";
        };
    }

    static List<Line> lines(PoolTrace.Step s, PoolTrace.Kind kind) {
        return kind == PoolTrace.Kind.MAX ? max(s, kind) : average(s, kind);
    }

    private static List<Line> max(PoolTrace.Step s, PoolTrace.Kind kind) {
        List<Line> out = new ArrayList<>();
        List<Part> terms = new ArrayList<>();
        terms.add(new Part("max(", EquationView.OP));
        List<PoolTrace.Cell> cells = s.cells();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.size() > MAX_TERMS && i == 10) {
                terms.add(new Part(", … (" + (cells.size() - 20) + " more) …", EquationView.OP));
                i = cells.size() - 10;
            }
            PoolTrace.Cell c = cells.get(i);
            terms.add(new Part(i == 0 ? "" : ", ", EquationView.OP));
            if (c.padding()) {
                terms.add(new Part(MINUS_INFINITY, EquationView.PAD));
            } else {
                terms.add(new Part(NumberFormats.exact(c.value()), i == s.winner() ? EquationView.RESULT : EquationView.VALUE));
            }
        }
        terms.add(new Part(")", EquationView.OP));
        out.add(new Line("", terms, false));
        out.add(new Line("", List.of(new Part(name(s, kind) + " = ", EquationView.OP),
                new Part(NumberFormats.exact(s.value()), EquationView.RESULT)), true));
        PoolTrace.Cell w = s.cells().get(s.winner());
        String tie = count(cells, w.value()) > 1 ? "; a tie goes to the first in reading order, as in PyTorch" : "";
        out.add(new Line("", List.of(new Part("winner: x[" + s.channel() + ", " + w.iy() + ", " + w.ix() + "] = "
                + NumberFormats.exact(w.value()) + ", ringed in the input" + tie, EquationView.OP)), false));
        long pads = cells.stream().filter(PoolTrace.Cell::padding).count();
        if (pads > 0) {
            out.add(new Line("", List.of(new Part(pads + " of the " + cells.size() + " cells are padding: max pooling pads with "
                    + MINUS_INFINITY + ", so padding never wins", EquationView.PAD)), false));
        }
        return out;
    }

    private static List<Line> average(PoolTrace.Step s, PoolTrace.Kind kind) {
        List<Line> out = new ArrayList<>();
        List<Part> terms = new ArrayList<>();
        terms.add(new Part("(", EquationView.OP));
        List<PoolTrace.Cell> cells = s.cells();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.size() > MAX_TERMS && i == 10) {
                terms.add(new Part(" + … (" + (cells.size() - 20) + " more) …", EquationView.OP));
                i = cells.size() - 10;
            }
            PoolTrace.Cell c = cells.get(i);
            terms.add(new Part(i == 0 ? "" : " + ", EquationView.OP));
            String v = i == 0 ? NumberFormats.exact(c.value()) : NumberFormats.factor(c.value());
            terms.add(new Part(v, c.padding() ? EquationView.PAD : EquationView.VALUE));
        }
        terms.add(new Part(") / " + s.divisor(), EquationView.OP));
        out.add(new Line("", terms, false));
        out.add(new Line("", List.of(new Part("= ", EquationView.OP), new Part(NumberFormats.exact(s.sum()), EquationView.SUM),
                new Part(" / " + s.divisor(), EquationView.OP)), false));
        out.add(new Line("", List.of(new Part(name(s, kind) + " = ", EquationView.OP),
                new Part(NumberFormats.exact(s.value()), EquationView.RESULT)), true));
        long pads = cells.stream().filter(PoolTrace.Cell::padding).count();
        if (pads > 0) {
            out.add(new Line("", List.of(new Part(pads + " of the " + cells.size() + " cells are padding: they add 0 but still count "
                    + "in the divisor " + s.divisor() + " (count_include_pad=True, PyTorch's default)", EquationView.PAD)), false));
        }
        return out;
    }

    private static long count(List<PoolTrace.Cell> cells, float v) {
        return cells.stream().filter(c -> !c.padding() && Float.compare(c.value(), v) == 0).count();
    }
}
