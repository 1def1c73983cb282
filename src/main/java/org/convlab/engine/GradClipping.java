package org.convlab.engine;

import java.util.List;

/** Gradient clipping, in place on the parameters' gradients, as in {@code torch.nn.utils}. */
public final class GradClipping {
    /** Added to the norm before dividing, as clip_grad_norm_ does. */
    private static final double NORM_EPS = 1e-6;

    private GradClipping() {
    }

    /** Clamps every gradient element to [-clip, clip] (clip_grad_value_). */
    public static void clipByValue(List<Param> params, double clip) {
        Optimizer.requireNonNegative("clip value", clip);
        float c = (float) clip;
        for (Param p : params) {
            float[] g = p.grad().data();
            for (int i = 0; i < g.length; i++) {
                g[i] = Math.max(-c, Math.min(c, g[i]));
            }
        }
    }

    /**
     * clip_grad_norm_: the 2-norm over all gradients together; when it exceeds maxNorm,
     * every gradient is scaled by maxNorm / (norm + 1e-6). Returns the norm before clipping.
     */
    public static double clipByGlobalNorm(List<Param> params, double maxNorm) {
        Optimizer.requireNonNegative("max norm", maxNorm);
        double norm = globalNorm(params);
        double coef = maxNorm / (norm + NORM_EPS);
        if (coef < 1) {
            float scale = (float) coef;
            for (Param p : params) {
                float[] g = p.grad().data();
                for (int i = 0; i < g.length; i++) {
                    g[i] *= scale;
                }
            }
        }
        return norm;
    }

    /** sqrt of the sum of squares of every gradient element, summed in double. */
    public static double globalNorm(List<Param> params) {
        double sum = 0;
        for (Param p : params) {
            for (float x : p.grad().data()) {
                sum += (double) x * x;
            }
        }
        return Math.sqrt(sum);
    }
}
