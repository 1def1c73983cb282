package org.convlab.ui.lab.conv2d;

import org.convlab.engine.Tensor;
import org.convlab.explain.ConvSetup;

/**
 * One filter of the lab's kernel applied to a grey photo by the engine: the lab's padding,
 * stride, dilation and flip, one channel of one filter, no bias. The result comes from
 * {@code ConvSetup.trace().output()}, that is from ConvOps.
 */
final class PhotoFilter {
    /** The filtered picture [h, w], or the reason there is none. */
    record Result(Tensor output, String problem) {
    }

    private PhotoFilter() {
    }

    /** Applies filter {@code filter}'s channel {@code channel} to {@code grey} [1, H, W]. */
    static Result apply(Tensor grey, ConvSetup lab, int filter, int channel) {
        int[] k = lab.kernel().shape();
        Tensor slice = Tensor.zeros(1, 1, k[2], k[3]);
        System.arraycopy(lab.kernel().data(), (filter * k[1] + channel) * k[2] * k[3], slice.data(), 0, k[2] * k[3]);
        ConvSetup s = new ConvSetup(false, grey, slice, null, lab.padH(), lab.padW(), lab.explicitPad(),
                lab.strideH(), lab.strideW(), lab.dilationH(), lab.dilationW(), 1, lab.flip());
        if (!s.valid()) {
            return new Result(null, String.join("; ", s.problems()));
        }
        Tensor out = s.trace().output(); // [1, Ho, Wo]
        return new Result(out.reshape(out.dim(1), out.dim(2)), null);
    }
}
