package org.convlab.engine;

import static org.convlab.engine.ConvTestSupport.assertTensor;
import static org.convlab.engine.ConvTestSupport.setParam;
import static org.convlab.engine.ConvTestSupport.t;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names, shapes, parameters and FLOP counts of the convolution and pooling layers. */
class ConvPoolLayersTest {

    @Test
    void namesShowTheHyperParametersThatDifferFromTheDefaults() {
        assertEquals("Conv2d(3→6, 5×5, pad 2)", new Conv2d(3, 6, 5, 5, Conv2dConfig.of(1, 2, 1, 1), true).name());
        assertEquals("Conv2d(4→8, 3×1, stride 2, pad 1×0, dilation 2×1, groups 2, no bias)",
                new Conv2d(4, 8, 3, 1, new Conv2dConfig(2, 2, 1, 1, 0, 0, 2, 1, 2), false).name());
        assertEquals("Conv2d(3→3, 3×3, pad t0 b1 l0 r1, depthwise)",
                new Conv2d(3, 3, 3, 3, new Conv2dConfig(1, 1, 0, 1, 0, 1, 1, 1, 3), true).name());
        assertEquals("Conv1d(2→4, k 3, stride 2, pad l2 r0)", new Conv1d(2, 4, 3, Conv2dConfig.oneD(2, 2, 0, 1, 1), true).name());
        assertEquals("MaxPool2d(2×2, stride 2)", new MaxPool2d(PoolConfig.of(2)).name());
        assertEquals("AvgPool2d(3×3, stride 2, pad 1)", new AvgPool2d(PoolConfig.of(3, 2, 1)).name());
        assertEquals("GlobalAvgPool", new GlobalAvgPool().name());
    }

    @Test
    void convParametersStartAtZeroWithPrefixedNamesAndTheRightShapes() {
        Conv2d conv = new Conv2d("conv1", 4, 6, 3, 2, Conv2dConfig.of(1, 0, 1, 2), true);
        List<Param> params = conv.params();
        assertEquals(List.of("conv1.weight", "conv1.bias"), params.stream().map(Param::name).toList());
        assertArrayEquals(new int[] {6, 2, 3, 2}, params.get(0).value().shape());
        assertArrayEquals(new int[] {6}, params.get(1).value().shape());
        for (float v : params.get(0).value().data()) {
            assertEquals(0f, v);
        }
        Conv1d conv1d = new Conv1d(2, 3, 5, Conv2dConfig.oneD(1, 0, 0, 1, 1), false);
        assertEquals(List.of("weight"), conv1d.params().stream().map(Param::name).toList());
        assertArrayEquals(new int[] {3, 2, 5}, conv1d.weight().value().shape());
    }

    @Test
    void renamingParametersKeepsValuesAndGradients() {
        Conv2d conv = new Conv2d(1, 1, 1, 1, Conv2dConfig.defaults(), true);
        Tensor weightValue = conv.weight().value();
        conv.weight().grad().data()[0] = 3f;
        conv.setParamPrefix("block2.conv");
        assertEquals("block2.conv.weight", conv.weight().name());
        assertEquals("block2.conv.bias", conv.bias().name());
        assertSame(weightValue, conv.weight().value());
        assertEquals(3f, conv.weight().grad().data()[0]);
    }

    @Test
    void backwardAddsIntoParameterGradientsRatherThanOverwriting() {
        // 1x1 kernel w = 2, bias 1, x = [1 2], gOut = [1 1]: dW = 1 + 2 = 3, dB = 2, dX = [2 2] per pass
        Conv2d conv = new Conv2d(1, 1, 1, 1, Conv2dConfig.defaults(), true);
        setParam(conv.weight(), t(new int[] {1, 1, 1, 1}, 2));
        setParam(conv.bias(), t(new int[] {1}, 1));
        Tensor x = t(new int[] {1, 1, 1, 2}, 1, 2);
        assertTensor(new int[] {1, 1, 1, 2}, new float[] {3, 5}, conv.forward(x, Mode.TRAIN));
        Tensor ones = Tensor.filled(1f, 1, 1, 1, 2);
        assertTensor(new int[] {1, 1, 1, 2}, new float[] {2, 2}, conv.backward(ones));
        conv.forward(x, Mode.TRAIN);
        conv.backward(ones);
        assertEquals(6f, conv.weight().grad().data()[0]);
        assertEquals(4f, conv.bias().grad().data()[0]);
    }

    @Test
    void flopsCountTwoPerMultiplyAdd() {
        // LeNet's first layer: 6 filters of 5x5 over 1 channel, 32x32 -> 28x28: 6*28*28*25 = 117600 MACs
        assertEquals(235_200L, new Conv2d(1, 6, 5, 5, Conv2dConfig.defaults(), true).flops(new int[] {1, 1, 32, 32}));
        // depthwise 3x3 pad 1 on 8 channels of 10x10: 8*10*10*(1*9) = 7200 MACs
        assertEquals(14_400L, new Conv2d(8, 8, 3, 3, Conv2dConfig.of(1, 1, 1, 8), false).flops(new int[] {4, 8, 10, 10}));
        // 1D: 4 filters of 3 over 2 channels, length 10 -> 8: 4*8*2*3 = 192 MACs
        assertEquals(384L, new Conv1d(2, 4, 3, Conv2dConfig.oneD(1, 0, 0, 1, 1), true).flops(new int[] {1, 2, 10}));
        // max 2x2 over 3 channels of 4x4 -> 3*2*2 windows of 3 comparisons; avg: 4 per window; global: 3*16
        assertEquals(36L, new MaxPool2d(PoolConfig.of(2)).flops(new int[] {1, 3, 4, 4}));
        assertEquals(48L, new AvgPool2d(PoolConfig.of(2)).flops(new int[] {1, 3, 4, 4}));
        assertEquals(48L, new GlobalAvgPool().flops(new int[] {1, 3, 4, 4}));
    }

    @Test
    void layersReportOutputShapesAndRejectTheWrongChannelCount() {
        Conv2d conv = new Conv2d(3, 6, 5, 5, Conv2dConfig.of(1, 2, 1, 1), true);
        assertArrayEquals(new int[] {2, 6, 32, 32}, conv.outputShape(new int[] {2, 3, 32, 32}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> conv.outputShape(new int[] {2, 4, 32, 32}));
        assertTrue(e.getMessage().contains("expects input [N, 3, H, W], got [2, 4, 32, 32]"), e.getMessage());
        assertArrayEquals(new int[] {2, 3}, new GlobalAvgPool().outputShape(new int[] {2, 3, 7, 7}));
        assertArrayEquals(new int[] {1, 3, 3, 3}, new MaxPool2d(PoolConfig.of(2)).outputShape(new int[] {1, 3, 7, 7}));
    }

    @Test
    void constructorsRejectImpossibleConfigurations() {
        assertThrows(IllegalArgumentException.class, () -> new Conv2d(3, 4, 3, 3, Conv2dConfig.of(1, 0, 1, 2), true));
        assertThrows(IllegalArgumentException.class, () -> new Conv2d(0, 4, 3, 3, Conv2dConfig.defaults(), true));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Conv1d(2, 2, 3, Conv2dConfig.of(1, 1, 1, 1), true));
        assertTrue(e.getMessage().contains("1D configuration"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> new MaxPool2d(PoolConfig.of(2)).backward(Tensor.zeros(1, 1, 1, 1)));
    }
}
