package org.convlab.engine;

import org.convlab.engine.ConvWorkspace.Shared;

/**
 * The backward passes of the fast kernel: two jobs on the pool, the input gradient (which also
 * transposes the output gradient for the second job), then the weight and bias gradient. Each
 * task writes its own slice of the gradients, so no task writes what another writes and
 * nothing is reduced across threads.
 */
final class ConvBackward {
    private ConvBackward() {
    }

    /**
     * Reads x [N, Cin, H, W], w [Cout, Cin/groups, kh, kw] and dy [N, Cout, Ho, Wo]; overwrites
     * dx [N, Cin, H, W], dw [Cout, Cin/groups, kh, kw] and db [Cout] (db null: no bias).
     */
    static void run(EnginePool pool, Gemm gemm, ConvGeometry geo, ConvPlan plan, float[] x, float[] w, float[] dy,
                    float[] dx, float[] dw, float[] db, ConvWorkspace ws) {
        int pitch = plan.directWeightGradient() ? ConvWeightGradient.paddedWidth(geo) : geo.outW();
        int positions = (geo.outH() - 1) * pitch + geo.outW();
        float[] dyT = ws.shared(Shared.GRAD_OUT, geo.batch() * geo.cout() * positions);
        ConvInputGradient.run(pool, gemm, geo, plan.directInputGradient(), w, dy, dx, dyT, pitch, ws);
        ConvWeightGradient.run(pool, gemm, geo, plan.directWeightGradient(), x, dyT, dw, db, ws);
    }
}
