package org.convlab.ui.lab.conv1d;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.convlab.explain.ConvSetup;
import org.convlab.explain.ConvTrace;
import org.convlab.explain.DenseComparison;
import org.convlab.ui.lab.Reshape;
import org.convlab.ui.widgets.NumberFormats;

/**
 * The sentences the 1D lab shows, written from a setup, a trace step or a parameter count. Only
 * words and formatting: every number comes from {@code explain}.
 */
final class Conv1dText {
    private Conv1dText() {
    }

    /**
     * What the flip switch does to the kernel: "True convolution: the kernel is flipped before
     * sliding — [1, 2, 3] becomes [3, 2, 1]", or that it slides as written.
     */
    static String flipStatement(ConvSetup s) {
        if (!s.flip()) {
            return "Cross-correlation, as torch.nn.Conv1d computes it: the kernel slides as written, not flipped.";
        }
        int[] k = s.kernel().shape();
        float[] written = Reshape.row(s.kernel(), 0);
        float[] flipped = Reshape.row(s.slidingKernel(), 0);
        boolean many = k[0] * k[1] > 1;
        String text = "True convolution: " + (many ? "every kernel is" : "the kernel is") + " flipped before sliding — "
                + (many ? "filter 0's " : "") + list(written) + " becomes " + list(flipped);
        if (Arrays.equals(written, flipped)) {
            text += " (it is symmetric, so the flip changes nothing here)";
        }
        return text;
    }

    /**
     * Which samples a step's window reads: "reads x[6], x[8], x[10] · skips x[7], x[9] (dilation
     * 2)", and which of them are padding.
     */
    static String window(ConvTrace.Step step, int dilation) {
        List<ConvTrace.Tap> taps = new ArrayList<>();
        for (ConvTrace.Tap t : step.taps()) {
            if (t.channel() == step.firstChannel()) {
                taps.add(t);
            }
        }
        List<String> read = new ArrayList<>();
        List<String> pads = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < taps.size(); i++) {
            ConvTrace.Tap t = taps.get(i);
            read.add(sample(t.ix()));
            if (t.padding()) {
                pads.add(sample(t.ix()));
            }
            if (i + 1 < taps.size()) {
                for (int between = t.ix() + 1; between < taps.get(i + 1).ix(); between++) {
                    skipped.add(sample(between));
                }
            }
        }
        StringBuilder b = new StringBuilder("reads ").append(String.join(", ", read));
        if (!skipped.isEmpty()) {
            b.append(" · skips ").append(String.join(", ", skipped)).append(" (dilation ").append(dilation).append(')');
        }
        if (!pads.isEmpty()) {
            b.append(" · ").append(String.join(", ", pads)).append(pads.size() == 1 ? " is padding" : " are padding");
        }
        return b.toString();
    }

    /** "This conv layer: 3 weights (+1 bias)". */
    static String convCount(DenseComparison c) {
        return "This conv layer: " + count(c.convWeights(), "weight") + biases(c.convBiases());
    }

    /** "A dense layer mapping 12 inputs to 10 outputs: 120 weights (+10 biases)". */
    static String denseCount(DenseComparison c) {
        return "A dense layer mapping " + c.inputs() + " inputs to " + c.outputs() + " outputs: "
                + count(c.denseWeights(), "weight") + biases(c.denseBiases());
    }

    /**
     * The setup's shapes: "shapes:  x 1×12  ⊛  w 1×1×3  →  y 1×10", with non-breaking spaces inside each
     * part so a narrow header wraps only between them.
     */
    static String shapes(ConvSetup s, ConvTrace t) {
        int[] in = s.input().shape();
        int[] k = s.kernel().shape();
        String text = "shapes:  x\u00a0" + in[0] + "×" + in[2] + "  ⊛\u00a0w\u00a0" + k[0] + "×" + k[1] + "×" + k[3];
        if (t != null) {
            int[] o = t.outputShape();
            text += "  →\u00a0y\u00a0" + o[0] + "×" + o[2];
        }
        return text;
    }

    /** "  ·  causal padding: 2 before, 0 after", or "" without padding. */
    static String padding(ConvSetup s) {
        int[] p = s.padding();
        if (p[2] == 0 && p[3] == 0) {
            return "";
        }
        String mode = s.padW() == org.convlab.explain.PaddingMode.EXPLICIT ? "padding" : s.padW().id() + " padding";
        return "  ·  " + mode + ": " + p[2] + " before, " + p[3] + " after";
    }

    static String name(ConvTrace.Step s) {
        return "out[" + s.outChannel() + ", " + s.ox() + "]";
    }

    /** "x[3]", or "x[−1]" for padding before the signal. */
    static String sample(int i) {
        return "x[" + (i < 0 ? NumberFormats.MINUS + Integer.toString(-i) : Integer.toString(i)) + "]";
    }

    /** "[1, 2, 3]" with true minus signs. */
    static String list(float[] values) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            b.append(i == 0 ? "" : ", ").append(NumberFormats.cell(values[i]));
        }
        return b.append(']').toString();
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String biases(long n) {
        return n == 0 ? "" : " (+" + n + (n == 1 ? " bias)" : " biases)");
    }
}
