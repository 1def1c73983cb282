package org.convlab.cli.compute;

import java.util.Set;
import org.convlab.engine.PoolConfig;
import org.convlab.engine.PoolOps;
import org.convlab.engine.Tensor;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** maxpool2d, avgpool2d (padding counted in the average, as in PyTorch) and globalavgpool. */
final class PoolCompute {
    private static final Set<String> FIELDS = Set.of("input", "kernel", "stride", "padding", "grad_output");

    private PoolCompute() {
    }

    static ObjectNode maxPool(Spec s) {
        return pool(s, true);
    }

    static ObjectNode avgPool(Spec s) {
        return pool(s, false);
    }

    private static ObjectNode pool(Spec s, boolean max) {
        s.rejectTypos(FIELDS);
        Tensor input = s.tensor("input", 2, 3);
        boolean bare = input.rank() == 2;
        int[] in = input.shape();
        int c = bare ? 1 : in[0];
        int h = in[in.length - 2];
        int w = in[in.length - 1];
        if (!s.has("kernel")) {
            throw new SpecError("kernel", s.op() + ": missing field \"kernel\" (the pooling window, a whole number or [h, w])");
        }
        int[] k = s.intPair("kernel", null, 1);
        int[] stride = s.intPair("stride", k, 1);
        int[] pad = s.intPair("padding", new int[] {0, 0}, 0);
        if (2 * pad[0] > k[0] || 2 * pad[1] > k[1]) {
            throw new SpecError("padding", s.op() + ": padding must be at most half the window (as in PyTorch): padding ["
                    + pad[0] + ", " + pad[1] + "] with window [" + k[0] + ", " + k[1] + "]");
        }
        PoolConfig cfg = new PoolConfig(k[0], k[1], stride[0], stride[1], pad[0], pad[1]);
        int ho = cfg.outHeight(h);
        int wo = cfg.outWidth(w);
        checkOutput(s, "height", h, pad[0], k[0], stride[0], ho);
        checkOutput(s, "width", w, pad[1], k[1], stride[1], wo);

        Tensor x = input.reshape(1, c, h, w);
        int[] outShape = bare ? new int[] {ho, wo} : new int[] {c, ho, wo};
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        if (max) {
            PoolOps.MaxPoolResult r = PoolOps.maxPool2d(x, cfg);
            result.set("output", JsonTensor.write(r.output(), outShape));
            result.set("shape", JsonTensor.shapeNode(outShape));
            if (s.has("grad_output")) {
                Tensor g = Results.gradOutput(s, outShape).reshape(1, c, ho, wo);
                result.set("grad_input", JsonTensor.write(PoolOps.maxPool2dBackward(x.shape(), r.argmax(), g), in));
            }
        } else {
            result.set("output", JsonTensor.write(PoolOps.avgPool2d(x, cfg), outShape));
            result.set("shape", JsonTensor.shapeNode(outShape));
            if (s.has("grad_output")) {
                Tensor g = Results.gradOutput(s, outShape).reshape(1, c, ho, wo);
                result.set("grad_input", JsonTensor.write(PoolOps.avgPool2dBackward(x.shape(), g, cfg), in));
            }
        }
        return result;
    }

    static ObjectNode globalAvgPool(Spec s) {
        s.rejectTypos(Set.of("input", "grad_output"));
        Tensor input = s.tensor("input", 3);
        int[] in = input.shape();
        Tensor x = input.reshape(1, in[0], in[1], in[2]);
        int[] outShape = {in[0]};
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.set("output", JsonTensor.write(PoolOps.globalAvgPool(x), outShape));
        result.set("shape", JsonTensor.shapeNode(outShape));
        if (s.has("grad_output")) {
            Tensor g = Results.gradOutput(s, outShape).reshape(1, in[0]);
            result.set("grad_input", JsonTensor.write(PoolOps.globalAvgPoolBackward(x.shape(), g), in));
        }
        return result;
    }

    private static void checkOutput(Spec s, String axis, int n, int pad, int k, int stride, int out) {
        if (out < 1) {
            throw new SpecError("kernel", s.op() + ": output " + axis + " would be " + out + ": floor((" + n + " + 2·" + pad
                    + " - " + k + ") / " + stride + ") + 1 = " + out + "; the window (" + k + ") is larger than the padded input ("
                    + (n + 2 * pad) + ")");
        }
    }
}
