package org.convlab.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.convlab.explain.ConvSetup;
import org.convlab.explain.LabSpecParser;
import org.junit.jupiter.api.Test;

class TorchCodeTest {
    private static ConvSetup conv2d(Map<String, ?> params) {
        return LabSpecParser.parse("conv2d", params).conv();
    }

    private static String code(Map<String, ?> params) {
        return TorchCode.conv(conv2d(params));
    }

    @Test
    void defaultsGiveAValidConv2dCallWithTheTensors() {
        String c = code(Map.of("input", List.of(List.of(1, 2, 3), List.of(4, 5, 6), List.of(7, 8, 9)), "kernel", "sobel_x"));
        assertTrue(c.startsWith("import torch\n"));
        assertTrue(c.contains("conv = torch.nn.Conv2d(in_channels=1, out_channels=1, kernel_size=3, stride=1, padding='valid', "
                + "dilation=1, groups=1, bias=False)"), c);
        assertTrue(c.contains("x = torch.tensor([[[[1.0, 2.0, 3.0],\n"
                + " ".repeat(20) + "[4.0, 5.0, 6.0],\n"
                + " ".repeat(20) + "[7.0, 8.0, 9.0]]]])"), c);
        assertTrue(c.contains("conv.weight.copy_(torch.tensor([[[[-1.0, 0.0, 1.0],"), c);
        assertFalse(c.contains("conv.bias"));
        assertFalse(c.contains("F.pad"));
        assertTrue(c.contains("y = conv(x)"));
    }

    @Test
    void paddingIsWrittenAsPyTorchTakesIt() {
        assertTrue(code(Map.of("padding", "same")).contains("padding='same'"));
        assertTrue(code(Map.of("padding", "valid")).contains("padding='valid'"));
        assertTrue(code(Map.of("padding", 2)).contains("padding=2,"));
        assertTrue(code(Map.of("padding", List.of(1, 2))).contains("padding=(1, 2),"));
        assertTrue(code(Map.of("padding", List.of(3, 3, 3, 3))).contains("padding=3,"));
        // "full" pads d·(k − 1) on both sides: 2 for a 3×3 kernel
        assertTrue(code(Map.of("padding", "full")).contains("padding=2,"));
        assertTrue(code(Map.of("padding", "full", "kernel", List.of(List.of(1, 1, 1)))).contains("padding=(0, 2),"));
    }

    @Test
    void asymmetricPaddingPadsTheInputFirst() {
        String c = code(Map.of("padding", List.of(0, 1, 2, 3)));
        assertTrue(c.contains("import torch.nn.functional as F"), c);
        // F.pad takes (left, right, top, bottom)
        assertTrue(c.contains("x = F.pad(x, (2, 3, 0, 1))"), c);
        assertTrue(c.contains("padding=0,"), c);
        assertTrue(c.indexOf("F.pad(x") < c.indexOf("y = conv(x)"));
    }

    @Test
    void groupsDilationStrideAndBias() {
        String c = code(Map.of("channels", 4, "groups", 2, "filters", 6, "dilation", List.of(2, 1), "stride", List.of(1, 3),
                "bias", List.of(1, 2, 3, 4, 5, 0.5), "input_size", 9));
        assertTrue(c.contains("in_channels=4, out_channels=6, kernel_size=3, stride=(1, 3), padding='valid', dilation=(2, 1), "
                + "groups=2, bias=True)"), c);
        assertTrue(c.contains("conv.bias.copy_(torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0, 0.5]))"), c);
        // weight [6, 2, 3, 3]: six filters of two channels, each Sobel x with two rows [-1, 0, 1]
        String weight = c.substring(c.indexOf("conv.weight"), c.indexOf("conv.bias"));
        assertEquals(6 * 2 * 2, weight.split("\\[-1.0, 0.0, 1.0\\]", -1).length - 1, weight);
        String depthwise = code(Map.of("channels", 3, "groups", 3, "filters", 3));
        assertTrue(depthwise.contains("in_channels=3, out_channels=3, kernel_size=3"), depthwise);
        assertTrue(depthwise.contains("groups=3"), depthwise);
    }

    @Test
    void kernelSizesAndFractionsRoundTrip() {
        String c = code(Map.of("kernel", "box_blur"));
        assertTrue(c.contains("0.11111111"), c);
        assertTrue(code(Map.of("kernel", "edge")).contains("kernel_size=(1, 2)"));
        assertEquals("1.0e-5", TorchCode.number(1e-5f));
        assertEquals(1 / 9f, Float.parseFloat(TorchCode.number(1 / 9f)));
    }

    @Test
    void aTrueConvolutionExportsTheFlippedKernel() {
        String c = code(Map.of("kernel", List.of(List.of(1, 2), List.of(3, 4)), "flip", true));
        assertTrue(c.contains("flipped"), c);
        assertTrue(c.contains("conv.weight.copy_(torch.tensor([[[[4.0, 3.0],\n"
                + " ".repeat(38) + "[2.0, 1.0]]]]))"), c);
    }

    @Test
    void invalidSetupsSaySoInAComment() {
        String c = code(Map.of("input_size", 2));
        assertTrue(c.contains("# This setup is invalid"), c);
        assertTrue(c.contains("output height would be 0"), c);
    }

    @Test
    void oneDimensionalSetupsUseConv1d() {
        ConvSetup s = LabSpecParser.parse("conv1d", Map.of("input", List.of(1, 2, 3, 4), "kernel", List.of(1, -1), "padding", "causal")).conv();
        String c = TorchCode.conv(s);
        assertTrue(c.contains("torch.nn.Conv1d(in_channels=1, out_channels=1, kernel_size=2, stride=1, padding=0"), c);
        assertTrue(c.contains("x = F.pad(x, (1, 0))"), c);
        assertTrue(c.contains("x = torch.tensor([[[1.0, 2.0, 3.0, 4.0]]])"), c);
        ConvSetup same = LabSpecParser.parse("conv1d", Map.of("padding", "same")).conv();
        assertTrue(TorchCode.conv(same).contains("padding='same'"));
    }

    @Test
    void poolingBecomesMaxPool2dAvgPool2dWithCountIncludePadOrAdaptiveAvgPool2d() {
        var input = List.of(List.of(1, 2), List.of(3, 4));
        String max = TorchCode.pool(LabSpecParser.parse("pool", Map.of("input", input, "window", 2, "stride", 1, "padding", 1)).pool());
        assertTrue(max.contains("pool = torch.nn.MaxPool2d(kernel_size=2, stride=1, padding=1)"), max);
        assertTrue(max.contains("x = torch.tensor([[[[1.0, 2.0],\n" + " ".repeat(20) + "[3.0, 4.0]]]])"), max);
        assertTrue(max.contains("y = pool(x)"));
        String avg = TorchCode.pool(LabSpecParser.parse("pool", Map.of("kind", "avg", "window", List.of(3, 2), "padding", List.of(1, 0))).pool());
        assertTrue(avg.contains("torch.nn.AvgPool2d(kernel_size=(3, 2), stride=(3, 2), padding=(1, 0), count_include_pad=True)"), avg);
        String global = TorchCode.pool(LabSpecParser.parse("pool", Map.of("kind", "global", "channels", 2)).pool());
        assertTrue(global.contains("torch.nn.AdaptiveAvgPool2d(1)"), global);
        assertTrue(global.contains("2 channel(s), 6×6"), global);
        String bad = TorchCode.pool(LabSpecParser.parse("pool", Map.of("window", 2, "padding", 2)).pool());
        assertTrue(bad.contains("# This setup is invalid, and PyTorch refuses it too: padding can be at most half the window"), bad);
    }
}
