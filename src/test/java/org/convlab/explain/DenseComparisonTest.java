package org.convlab.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DenseComparisonTest {
    private static DenseComparison of(String lab, Map<String, ?> params) {
        return DenseComparison.of(LabSpecParser.parse(lab, params).conv());
    }

    @Test
    void aThreeTapKernelOnTwelveSamplesAgainstADenseLayer() {
        // 12 samples, kernel 3, valid: 10 outputs; the dense layer has 12 · 10 weights and 10 biases
        assertEquals(new DenseComparison(3, 1, 12, 10, 120, 10), of("conv1d", Map.of("bias", 1)));
        assertEquals(new DenseComparison(3, 0, 12, 10, 120, 0), of("conv1d", Map.of()));
    }

    @Test
    void channelsFiltersGroupsAndPaddingCount() {
        // 4 channels in 2 groups, 6 filters of 2 channels × 5 taps; "same" keeps the 9 samples
        DenseComparison c = of("conv1d", Map.of("channels", 4, "groups", 2, "filters", 6, "length", 9,
                "kernel", List.of(1, 1, 1, 1, 1), "padding", "same", "bias", 0));
        assertEquals(6 * 2 * 5, c.convWeights());
        assertEquals(6, c.convBiases());
        assertEquals(4 * 9, c.inputs());
        assertEquals(6 * 9, c.outputs());
        assertEquals(36L * 54, c.denseWeights());
        assertEquals(54, c.denseBiases());
        // 2D: 3 channels 8×8, 4 filters 3×3, stride 2 → 4 × 3 × 3 outputs
        DenseComparison d = of("conv2d", Map.of("channels", 3, "input_size", 8, "filters", 4, "stride", 2));
        assertEquals(4 * 3 * 9, d.convWeights());
        assertEquals(3 * 64, d.inputs());
        assertEquals(4 * 3 * 3, d.outputs());
    }

    @Test
    void anInvalidSetupHasNothingToCompare() {
        assertThrows(IllegalArgumentException.class, () -> of("conv1d", Map.of("length", 2)));
    }
}
