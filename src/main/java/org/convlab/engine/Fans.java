package org.convlab.engine;

import java.util.Arrays;

/**
 * Fan-in and fan-out of a weight, computed from its shape as PyTorch does: a dense weight
 * [out, in] has fan_in = in and fan_out = out; a conv weight [Cout, Cin/groups, kh, kw] has
 * fan_in = Cin/groups*kh*kw and fan_out = Cout*kh*kw.
 */
public record Fans(int fanIn, int fanOut) {

    public static Fans of(int... weightShape) {
        if (weightShape.length < 2) {
            throw new IllegalArgumentException("fan-in and fan-out need a weight of at least 2 axes, got shape "
                    + Shapes.describe(weightShape));
        }
        int receptiveField = Shapes.size(Arrays.copyOfRange(weightShape, 2, weightShape.length));
        return new Fans(weightShape[1] * receptiveField, weightShape[0] * receptiveField);
    }
}
