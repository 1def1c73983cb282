package org.convlab.lesson.lab;

import java.util.List;
import org.convlab.explain.ConvSetup;
import org.convlab.explain.LabSpec;
import org.convlab.explain.OutputSize;
import org.convlab.explain.PoolSetup;
import org.convlab.explain.PoolTrace;

/**
 * The grid shapes of a lab setup, for checking coordinates that lessons write.
 *
 * @param input  [C, H, W] (1D: H = 1)
 * @param pad    {top, bottom, left, right}
 * @param kernel [Cout, C/groups, kh, kw], or null for pooling
 * @param output [channels, Ho, Wo], or null when the setup is impossible
 */
record LabShapes(boolean oneD, int[] input, int[] pad, int[] kernel, int[] output) {

    static LabShapes of(LabSpec spec) {
        if (spec.conv() != null) {
            ConvSetup c = spec.conv();
            int[] k = c.kernel().shape();
            int[] out = null;
            if (c.valid()) {
                List<OutputSize> sizes = c.outputSizes();
                out = new int[] {k[0], c.oneD() ? 1 : sizes.get(0).result(), sizes.get(sizes.size() - 1).result()};
            }
            return new LabShapes(c.oneD(), c.input().shape(), c.padding(), k, out);
        }
        PoolSetup p = spec.pool();
        int[] in = p.input().shape();
        boolean global = p.kind() == PoolTrace.Kind.GLOBAL_AVG;
        int[] pad = global ? new int[4] : new int[] {p.padH(), p.padH(), p.padW(), p.padW()};
        int[] out = null;
        if (p.valid()) {
            List<OutputSize> sizes = p.outputSizes();
            out = new int[] {in[0], sizes.get(0).result(), sizes.get(1).result()};
        }
        return new LabShapes(false, in, pad, null, out);
    }

    /** Step index of an output cell, in ConvTrace/PoolTrace order (channel, row, column). */
    int stepIndex(PlaneCell c) {
        return (c.channel() * output[1] + c.row()) * output[2] + c.col();
    }
}
