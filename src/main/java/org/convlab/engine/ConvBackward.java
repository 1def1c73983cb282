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
     * dx [N, Cin, H, W], dw [Cout, Cin/groups, kh, kw] and db [Cout] (db null: no bias; dx null:
     * no input gradient, for a network's first layer: one job, the weight gradient's).
     */
    static void run(EnginePool pool, Gemm gemm, ConvGeometry geo, ConvPlan plan, float[] x, float[] w, float[] dy,
                    float[] dx, float[] dw, float[] db, ConvWorkspace ws) {
        int pitch = plan.directWeightGradient() ? ConvWeightGradient.paddedWidth(geo) : geo.outW();
        int positions = (geo.outH() - 1) * pitch + geo.outW();
        int ld = Math.max(geo.coutPerGroup(), MIN_CHANNELS);
        float[] data = ws.shared(Shared.GRAD_OUT, geo.batch() * geo.groups() * positions * ld);
        GradOutT dyT = new GradOutT(data, pitch, positions, ld);
        if (dx != null) {
            ConvInputGradient.run(pool, gemm, geo, plan.directInputGradient(), w, dy, dx, dyT, ws);
            ConvWeightGradient.run(pool, gemm, geo, plan.directWeightGradient(), x, dyT, null, dw, db, ws);
        } else { // the weight gradient's tasks transpose dy themselves
            ConvWeightGradient.run(pool, gemm, geo, plan.directWeightGradient(), x, dyT, dy, dw, db, ws);
        }
    }

    /**
     * Channels of the transposed output gradient at least: LeNet's 6 channels padded with zeros
     * to 16 fill a whole 512-bit vector, so the weight gradient needs no masked tiles.
     */
    static final int MIN_CHANNELS = 16;

    /**
     * The output gradient transposed for the weight gradient: per (n, g), [positions][ld] with
     * positions oy·pitch + ox (junk positions and channels beyond Cout/groups zero).
     */
    record GradOutT(float[] data, int pitch, int positions, int ld) {
        /** Where (n, g) starts, for item = n·groups + g. */
        int offset(int item) {
            return item * positions * ld;
        }

        /** Writes item (n, g) from dy at dyOff ([Cout/groups][Ho][Wo]). */
        void write(float[] dy, int dyOff, ConvGeometry geo, int item) {
            Padding.transposeWide(dy, dyOff, geo.coutPerGroup(), geo.outH(), geo.outW(), data, offset(item), pitch, ld);
        }
    }
}
