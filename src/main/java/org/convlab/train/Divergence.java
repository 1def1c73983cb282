package org.convlab.train;

import java.util.List;
import org.convlab.engine.Param;
import org.convlab.engine.Tensor;

/**
 * Finds where NaN or infinity first appeared and says so in plain words, such as "the gradient
 * of conv2.weight became infinite". Each check returns null when everything is finite.
 */
final class Divergence {
    private Divergence() {
    }

    /** The loss, and when it is not finite, the first layer (forward order) whose output is not. */
    static String checkLoss(double loss, Model model) {
        if (Double.isFinite(loss)) {
            return null;
        }
        for (ModelLayer layer : model.layers()) {
            Tensor out = layer.lastOutput();
            String kind = out == null ? null : nonFinite(out.data());
            if (kind != null) {
                return "the output of " + layer.id() + " became " + kind + ", and with it the loss";
            }
        }
        return "the loss became " + kind(Double.isNaN(loss));
    }

    /**
     * The gradients, scanned from the output back to the input: backpropagation carries a NaN
     * or infinity towards the input, so the layer nearest the output is where it started.
     */
    static String checkGradients(Model model) {
        List<Param> params = model.params();
        for (int i = params.size() - 1; i >= 0; i--) {
            String kind = nonFinite(params.get(i).grad().data());
            if (kind != null) {
                return "the gradient of " + params.get(i).name() + " became " + kind;
            }
        }
        return null;
    }

    /** The parameters after an update, in forward order. */
    static String checkWeights(Model model) {
        List<Param> params = model.params();
        for (int i = 0; i < params.size(); i++) {
            String kind = nonFinite(params.get(i).value().data());
            if (kind != null) {
                return "the update made " + params.get(i).name() + " " + kind;
            }
        }
        return null;
    }

    /** "infinite" or "NaN (not a number)" for the first value that is not finite, or null. */
    static String nonFinite(float[] values) {
        for (float v : values) {
            if (!Float.isFinite(v)) {
                return kind(Float.isNaN(v));
            }
        }
        return null;
    }

    private static String kind(boolean nan) {
        return nan ? "NaN (not a number)" : "infinite";
    }
}
