package org.convlab.engine;

import static org.convlab.engine.ConvTestSupport.setParam;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Conv2d and Conv1d layers train on the fast kernel: gradient checks, buffer reuse, kernel choice. */
class ConvLayersOnKernelTest {
    private static EnginePool pool;
    private static ConvKernel twoThreads;

    @BeforeAll
    static void start() {
        pool = new EnginePool(2);
        twoThreads = new ConvKernel(pool);
    }

    @AfterAll
    static void stop() {
        pool.close();
    }

    @Test
    void layersUseTheSharedKernelUntilToldOtherwise() {
        Conv2d conv = new Conv2d(1, 1, 1, 1, Conv2dConfig.defaults(), true);
        assertSame(ConvKernel.shared(), conv.kernel());
        conv.useKernel(twoThreads);
        assertSame(twoThreads, conv.kernel());
        assertThrows(IllegalArgumentException.class, () -> conv.useKernel(null));
        assertThrows(IllegalArgumentException.class, () -> new Conv1d(1, 1, 1, Conv2dConfig.oneD(1, 0, 0, 1, 1), true).useKernel(null));
    }

    @Test
    void conv2dLayerGradientsCheckOnTwoThreads() {
        Random rnd = new Random(7);
        Conv2dConfig[] configs = {
            Conv2dConfig.of(1, 1, 1, 1),                        // direct algorithm
            new Conv2dConfig(2, 1, 0, 2, 1, 0, 1, 2, 1),        // columns: stride 2, asymmetric padding, dilation
            Conv2dConfig.of(1, 1, 1, 2),                        // groups
            Conv2dConfig.of(1, 0, 1, 4),                        // depthwise
        };
        for (Conv2dConfig cfg : configs) {
            Conv2d layer = new Conv2d("conv", 4, 4, 3, 2, cfg, true);
            layer.useKernel(twoThreads);
            layer.params().forEach(p -> setParam(p, GradCheck.randomLike(p.value(), rnd.nextLong())));
            GradCheck.assertLayerGradients(layer.name(), layer, GradCheck.random(rnd, 3, 4, 6, 7), Mode.TRAIN);
        }
    }

    @Test
    void conv1dLayerGradientsCheckOnTwoThreads() {
        Random rnd = new Random(8);
        Conv1d layer = new Conv1d("conv", 2, 3, 3, Conv2dConfig.oneD(1, 2, 1, 2, 1), true);
        layer.useKernel(twoThreads);
        layer.params().forEach(p -> setParam(p, GradCheck.randomLike(p.value(), rnd.nextLong())));
        GradCheck.assertLayerGradients(layer.name(), layer, GradCheck.random(rnd, 2, 2, 9), Mode.TRAIN);
    }

    @Test
    void layerResultsAreTheKernelsBitsAndGradientsAddUpOverPasses() {
        Random rnd = new Random(9);
        Conv2dConfig cfg = Conv2dConfig.of(1, 2, 1, 1);
        Conv2d layer = new Conv2d(3, 5, 5, 5, cfg, true);
        layer.useKernel(twoThreads);
        layer.params().forEach(p -> setParam(p, GradCheck.randomLike(p.value(), rnd.nextLong())));
        Tensor x = GradCheck.random(rnd, 4, 3, 12, 11);
        Tensor y = layer.forward(x, Mode.TRAIN);
        assertArrayEquals(twoThreads.forward(x, layer.weight().value(), layer.bias().value(), cfg).data(), y.data());
        Tensor g = GradCheck.randomLike(y, 3);
        ConvOps.ConvGrads expected = twoThreads.backward(x, layer.weight().value(), true, g, cfg);

        Tensor gx1 = layer.backward(g);
        assertArrayEquals(expected.input().data(), gx1.data());
        assertArrayEquals(expected.weight().data(), layer.weight().grad().data());
        float[] first = gx1.data().clone();
        Tensor gx2 = layer.backward(g);
        assertSame(gx1, gx2, "the input gradient is a buffer reused from pass to pass (Layer's rules on buffers)");
        assertArrayEquals(first, gx2.data(), "the same input gradient again");
        float[] w1 = expected.weight().data();
        float[] w2 = layer.weight().grad().data();
        for (int i = 0; i < w1.length; i++) {
            assertEquals(w1[i] + w1[i], w2[i], "weight gradient [" + i + "] after two passes");
        }
        assertEquals(expected.bias().data()[0] * 2, layer.bias().grad().data()[0]);
    }

    @Test
    void conv1dLayerMatchesTheReferenceAndNamesItsOwnShapesInErrors() {
        Random rnd = new Random(10);
        Conv1d layer = new Conv1d(2, 4, 3, Conv2dConfig.oneD(2, 1, 0, 1, 2), true);
        layer.params().forEach(p -> setParam(p, GradCheck.randomLike(p.value(), rnd.nextLong())));
        Tensor x = GradCheck.random(rnd, 2, 2, 11);
        Tensor y = layer.forward(x, Mode.TRAIN);
        Tensor ref = ConvOps.conv1d(x, layer.weight().value(), layer.bias().value(), 2, 1, 0, 1, 2);
        assertArrayEquals(ref.shape(), y.shape());
        assertArrayEquals(ref.data(), y.data(), 1e-5f);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> layer.backward(Tensor.zeros(2, 4, 3)));
        assertTrue(e.getMessage().contains("[2, 4, 3]") && e.getMessage().contains("[2, 4, 5]"), e.getMessage());
    }
}
