package org.convlab.cli.compute;

import java.util.Arrays;
import org.convlab.engine.Shapes;
import org.convlab.engine.Tensor;

/** Helpers shared by the ops' result building. */
final class Results {
    private Results() {
    }

    /** The spec's grad_output, which must have exactly the shape of the output. */
    static Tensor gradOutput(Spec s, int[] outputShape) {
        Tensor g = s.tensor("grad_output", outputShape.length == 0 ? new int[] {0} : new int[] {outputShape.length});
        if (!Arrays.equals(g.shape(), outputShape)) {
            throw new SpecError("grad_output", s.op() + ": grad_output has shape " + Shapes.describe(g.shape())
                    + " but the output has shape " + Shapes.describe(outputShape));
        }
        return g;
    }

    /** A float vector of a tensor field, or {@code fill} repeated when the field is absent. */
    static float[] vectorOr(Spec s, String field, int length, float fill, String what) {
        Tensor t = s.optionalTensor(field, 1);
        if (t == null) {
            float[] v = new float[length];
            Arrays.fill(v, fill);
            return v;
        }
        if (t.size() != length) {
            throw new SpecError(field, s.op() + ": " + field + " has " + t.size() + " values but " + what + " " + length);
        }
        return t.data();
    }
}
