package org.convlab.engine;

/** Argument checks shared by the normalization ops. */
final class NormChecks {
    private NormChecks() {
    }

    static void requireLength(String what, float[] values, int expected) {
        if (values == null) {
            throw new IllegalArgumentException(what + " is missing; expected " + expected + " values");
        }
        if (values.length != expected) {
            throw new IllegalArgumentException(what + " has " + values.length + " values, expected " + expected);
        }
    }

    static void requireEps(float eps) {
        if (!(eps >= 0) || Float.isInfinite(eps)) {
            throw new IllegalArgumentException("eps must be a finite number >= 0, got " + eps);
        }
    }
}
