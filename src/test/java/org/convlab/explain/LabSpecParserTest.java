package org.convlab.explain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabSpecParserTest {
    private static LabParamException fails(String lab, Map<String, ?> params) {
        return assertThrows(LabParamException.class, () -> LabSpecParser.parse(lab, params));
    }

    @Test
    void everyLabHasValidDefaults() {
        for (String lab : List.of(LabSpec.CONV1D, LabSpec.CONV2D, LabSpec.POOL)) {
            LabSpec s = LabSpecParser.defaults(lab);
            assertEquals(lab, s.lab());
            assertEquals(-1, s.step());
            List<String> problems = s.conv() != null ? s.conv().problems() : s.pool().problems();
            assertEquals(List.of(), problems, lab);
        }
    }

    @Test
    void conv2dFromNumbersAndWords() {
        LabSpec s = LabSpecParser.parse("conv2d", Map.of("input", List.of(List.of(1, 2, 3), List.of(4, 5, 6), List.of(7, 8, 9)),
                "kernel", List.of(List.of(1, 0), List.of(0, -1)), "padding", 1, "stride", List.of(2, 1), "bias", 0.5, "step", 3));
        ConvSetup c = s.conv();
        assertArrayEquals(new int[] {1, 3, 3}, c.input().shape());
        assertArrayEquals(new int[] {1, 1, 2, 2}, c.kernel().shape());
        assertArrayEquals(new int[] {1, 1, 1, 1}, c.padding());
        assertEquals(2, c.strideH());
        assertEquals(1, c.strideW());
        assertArrayEquals(new float[] {0.5f}, c.bias());
        assertEquals(3, s.step());
        // padded 5x5 grid, stride 2 down, 1 across: output 2x4
        assertArrayEquals(new int[] {1, 2, 4}, c.trace().outputShape());
    }

    @Test
    void presetKernelIsRepeatedForChannelsAndFilters() {
        ConvSetup c = LabSpecParser.parse("conv2d", Map.of("input", "random", "channels", 3, "filters", 2, "kernel", "laplacian")).conv();
        assertArrayEquals(new int[] {3, 7, 7}, c.input().shape());
        assertArrayEquals(new int[] {2, 3, 3, 3}, c.kernel().shape());
        ConvSetup depthwise = LabSpecParser.parse("conv2d", Map.of("channels", 3, "groups", 3, "filters", 3)).conv();
        assertArrayEquals(new int[] {3, 1, 3, 3}, depthwise.kernel().shape());
        assertTrue(depthwise.valid(), depthwise.problems().toString());
    }

    @Test
    void paddingForms() {
        assertArrayEquals(new int[] {1, 1, 2, 2}, LabSpecParser.parse("conv2d", Map.of("padding", List.of(1, 2))).conv().padding());
        assertArrayEquals(new int[] {0, 1, 2, 3}, LabSpecParser.parse("conv2d", Map.of("padding", List.of(0, 1, 2, 3))).conv().padding());
        assertArrayEquals(new int[] {1, 1, 1, 1}, LabSpecParser.parse("conv2d", Map.of("padding", "same")).conv().padding());
        assertArrayEquals(new int[] {0, 0, 2, 0}, LabSpecParser.parse("conv1d", Map.of("padding", "causal", "kernel", List.of(1, 1, 1))).conv().padding());
        assertArrayEquals(new int[] {0, 0, 3, 1}, LabSpecParser.parse("conv1d", Map.of("padding", List.of(3, 1))).conv().padding());
        assertTrue(fails("conv2d", Map.of("padding", "causal")).getMessage().contains("valid, same, full"));
        assertTrue(fails("conv2d", Map.of("padding", List.of(1, 2, 3))).getMessage().contains("[top, bottom, left, right]"));
        assertTrue(fails("conv2d", Map.of("padding", -1)).getMessage().contains("between 0"));
    }

    @Test
    void conv1dSignalsAndFlip() {
        ConvSetup c = LabSpecParser.parse("conv1d", Map.of("input", List.of(0, 0, 1, 0, 0), "kernel", List.of(1, 2, 3), "flip", true)).conv();
        assertTrue(c.oneD());
        assertArrayEquals(new float[] {1, 2, 3}, c.trace().output().data());
    }

    @Test
    void poolKindsWindowsAndStrides() {
        PoolSetup p = LabSpecParser.parse("pool", Map.of("kind", "avg", "window", 3, "stride", 1, "padding", 1)).pool();
        assertEquals(PoolTrace.Kind.AVG, p.kind());
        assertArrayEquals(new int[] {1, 6, 6}, p.trace().outputShape());
        assertEquals(2, LabSpecParser.parse("pool", Map.of("window", 2)).pool().strideH(), "stride defaults to the window");
        assertTrue(fails("pool", Map.of("kind", "min")).getMessage().contains("max, avg, global"));
    }

    @Test
    void unknownKeysSuggestTheNearestOne() {
        LabParamException e = fails("conv2d", Map.of("strides", 2));
        assertEquals("strides", e.key());
        assertTrue(e.getMessage().contains("did you mean \"stride\""), e.getMessage());
        assertTrue(fails("pool", Map.of("kernel", 2)).getMessage().contains("unknown parameter \"kernel\""));
        assertTrue(fails("conv3d", Map.of()).getMessage().contains("unknown lab"));
    }

    @Test
    void badValuesNameTheKey() {
        assertEquals("stride", fails("conv2d", Map.of("stride", 0)).key());
        assertEquals("stride", fails("conv2d", Map.of("stride", 1.5)).key());
        assertEquals("input", fails("conv2d", Map.of("input", List.of(List.of(1, 2), List.of(3)))).key());
        assertEquals("input", fails("conv2d", Map.of("input", "noise")).key());
        assertEquals("kernel", fails("conv2d", Map.of("kernel", List.of(List.of(1, "x")))).key());
        assertEquals("bias", fails("conv2d", Map.of("filters", 2, "bias", List.of(1, 2, 3))).key());
        assertEquals("input_size", fails("conv2d", Map.of("input_size", 1000)).key());
        assertEquals("flip", fails("conv1d", Map.of("flip", "yes")).key());
        assertEquals("kernel", fails("conv2d", Map.of("kernel", List.of(List.of(Double.NaN)))).key());
    }

    @Test
    void anInvalidButWellFormedSetupParsesAndExplainsItself() {
        ConvSetup c = LabSpecParser.parse("conv2d", Map.of("input_size", 3, "kernel", "sobel_x", "dilation", 2)).conv();
        assertTrue(c.problems().get(0).startsWith("output height would be"), c.problems().toString());
        assertNull(LabSpecParser.parse("conv2d", Map.of("bias", false)).conv().bias());
    }
}
