package org.convlab.engine;

/**
 * Which algorithm each pass of a convolution runs: im2col plus a product ("columns"), or the
 * direct convolution, the same product read straight from shifted windows of a zero-padded
 * copy of the image (stride 1 only: only then are those windows contiguous).
 *
 * <p>The forward and weight-gradient sums come out bitwise equal either way (the direct path
 * adds the padding and junk terms as w·0, which changes nothing), so that choice is only about
 * speed; the input gradient sums in another order, so it differs in the last bits. The rule
 * depends on the shape alone, never on the thread count. Measurements: docs/conv-kernel.md.
 */
record ConvPlan(boolean directForward, boolean directInputGradient, boolean directWeightGradient) {

    /** How to choose: by the measured rule, or one algorithm everywhere it applies (for tests and measurements). */
    enum Policy { AUTO, COLUMNS, DIRECT }

    static ConvPlan choose(ConvGeometry geo, Policy policy) {
        boolean possible = geo.cfg().strideH() == 1 && geo.cfg().strideW() == 1;
        return switch (policy) {
            case COLUMNS -> new ConvPlan(false, false, false);
            // the measured rule (docs/conv-kernel.md): direct wherever it applies
            case AUTO, DIRECT -> new ConvPlan(possible, possible, possible);
        };
    }
}
