package org.convlab.ui.widgets;

import java.util.ArrayList;
import java.util.List;
import org.convlab.explain.ConvTrace;
import org.convlab.ui.widgets.EquationView.Line;
import org.convlab.ui.widgets.EquationView.Part;

/**
 * Writes a convolution step as the lines of an {@link EquationView}: per input channel the
 * products w·x and their partial sum, then the sum over channels, the bias and the value, all
 * numbers taken from the {@link ConvTrace.Step} (nothing is recomputed here).
 */
public final class ConvArithmetic {
    /** Beyond this many taps per channel the middle terms are elided. */
    public static final int MAX_TERMS = 25;

    private ConvArithmetic() {
    }

    /** "out[0, 1, 2]": the output element a step computes, as filter, row, column. */
    public static String name(ConvTrace.Step s, boolean oneD) {
        return oneD ? "out[" + s.outChannel() + ", " + s.ox() + "]" : "out[" + s.outChannel() + ", " + s.oy() + ", " + s.ox() + "]";
    }

    public static String heading(ConvTrace.Step s, boolean oneD) {
        return name(s, oneD) + " = Σ w·x" + (s.hasBias() ? " + b" : "");
    }

    public static List<Line> lines(ConvTrace.Step s, boolean oneD) {
        List<Line> out = new ArrayList<>();
        int channels = s.channelSums().length;
        int perChannel = s.taps().size() / channels;
        for (int ci = 0; ci < channels; ci++) {
            List<ConvTrace.Tap> taps = s.taps().subList(ci * perChannel, (ci + 1) * perChannel);
            String caption = channels == 1 ? "" : "channel " + (s.firstChannel() + ci) + ":";
            List<Part> products = new ArrayList<>();
            List<Part> values = new ArrayList<>();
            values.add(new Part("= ", EquationView.OP));
            for (int t = 0; t < taps.size(); t++) {
                if (taps.size() > MAX_TERMS && t == 10) {
                    int skipped = taps.size() - 20;
                    products.add(new Part(" + … (" + skipped + " more) …", EquationView.OP));
                    values.add(new Part(" + …", EquationView.OP));
                    t = taps.size() - 10;
                }
                ConvTrace.Tap tap = taps.get(t);
                String plus = t == 0 ? "" : " + ";
                String style = tap.padding() ? EquationView.PAD : EquationView.VALUE;
                products.add(new Part(plus, EquationView.OP));
                products.add(new Part(NumberFormats.factor(tap.weight()) + "·" + NumberFormats.factor(tap.input()), style));
                values.add(new Part(plus, EquationView.OP));
                values.add(new Part(NumberFormats.factor(tap.product()), tap.padding() ? EquationView.PAD : EquationView.SUM));
            }
            values.add(new Part(" = ", EquationView.OP));
            values.add(new Part(NumberFormats.exact(s.channelSums()[ci]), EquationView.SUM));
            out.add(new Line(caption, products, false));
            out.add(new Line("", values, false));
        }
        double beforeBias = s.taps().getLast().runningSum();
        if (channels > 1) {
            List<Part> parts = new ArrayList<>();
            for (int ci = 0; ci < channels; ci++) {
                parts.add(new Part(ci == 0 ? "" : " + ", EquationView.OP));
                parts.add(new Part(NumberFormats.factor(s.channelSums()[ci]), EquationView.SUM));
            }
            parts.add(new Part(" = ", EquationView.OP));
            parts.add(new Part(NumberFormats.exact(beforeBias), EquationView.SUM));
            out.add(new Line("channels:", parts, false));
        }
        if (s.hasBias()) {
            out.add(new Line("bias:", List.of(new Part(NumberFormats.exact(beforeBias), EquationView.SUM),
                    new Part(" + ", EquationView.OP), new Part(NumberFormats.factor(s.bias()), EquationView.VALUE),
                    new Part(" = ", EquationView.OP), new Part(NumberFormats.exact(s.sum()), EquationView.SUM)), false));
        }
        out.add(new Line("", List.of(new Part(name(s, oneD) + " = ", EquationView.OP),
                new Part(NumberFormats.exact(s.value()), EquationView.RESULT)), true));
        if (s.taps().stream().anyMatch(ConvTrace.Tap::padding)) {
            out.add(new Line("", List.of(new Part("grey terms read padding: they are 0 and add nothing", EquationView.PAD)), false));
        }
        return out;
    }
}
