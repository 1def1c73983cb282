package org.convlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.convlab.engine.Initializer;
import org.convlab.engine.Mode;
import org.convlab.engine.Param;
import org.convlab.engine.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ModelBuilderTest {

    private static String messageOf(Executable call) {
        return assertThrows(IllegalArgumentException.class, call).getMessage();
    }

    @Test
    void convolutionAfterFlatteningIsRefusedNamingTheLayerAndShape() {
        String m = messageOf(() -> ModelBuilder.input(1, 28, 28).dense(10).conv(6, 5));
        assertTrue(m.startsWith("conv1: a convolution needs images [C, H, W]"), m);
        assertTrue(m.contains("[10]"), m);
    }

    @Test
    void aKernelLargerThanItsInputIsRefused() {
        String m = messageOf(() -> ModelBuilder.input(1, 8, 8).conv(4, 5).maxPool(2).conv(4, 5));
        assertEquals("conv2: a 5×5 kernel with padding 0 does not fit the 2×2 input; use a smaller kernel or more padding", m);
    }

    @Test
    void aPoolWindowLargerThanItsInputIsRefused() {
        assertEquals("pool1: a 4×4 window does not fit the 3×3 input", messageOf(() -> ModelBuilder.input(1, 3, 3).maxPool(4)));
    }

    @Test
    void badNumbersAreRefused() {
        assertTrue(messageOf(() -> ModelBuilder.input(0, 28, 28)).contains("at least 1 channel"));
        assertTrue(messageOf(() -> ModelBuilder.input(1, 28, 28).conv(0, 3)).startsWith("conv1 needs at least 1 filter"));
        assertEquals("dense1 needs at least 1 unit, got 0", messageOf(() -> ModelBuilder.input(1, 4, 4).dense(0)));
    }

    @Test
    void aModelMustHaveLayersAndEndInClassScores() {
        assertEquals("the model has no layers; add at least one, such as dense(10)",
                messageOf(() -> ModelBuilder.input(1, 4, 4).build(1)));
        String m = messageOf(() -> ModelBuilder.input(1, 4, 4).conv(2, 3).build(1));
        assertTrue(m.contains("must end in a vector of class scores") && m.contains("[2, 2, 2]"), m);
    }

    @Test
    void aResidualBranchMustKeepTheShape() {
        String m = messageOf(() -> ModelBuilder.input(3, 8, 8).residual(b -> b.conv(3, 3)));
        assertTrue(m.startsWith("res1: the branch turns [3, 8, 8] into [3, 6, 6]"), m);
        assertTrue(messageOf(() -> ModelBuilder.input(3, 8, 8).residual(b -> b)).contains("empty branch"));
    }

    @Test
    void denseFlattensImagesByItselfAndIdsCountPerKind() {
        Model m = ModelBuilder.input(2, 4, 4).conv(3, 3, 1).relu().conv(3, 3, 1).relu().dense(5).relu().dense(2).build(1);
        assertEquals(List.of("conv1", "relu1", "conv2", "relu2", "flatten1", "dense1", "relu3", "dense2"),
                m.layers().stream().map(ModelLayer::id).toList());
        assertEquals(List.of("conv1.weight", "conv1.bias", "conv2.weight", "conv2.bias", "dense1.weight", "dense1.bias",
                "dense2.weight", "dense2.bias"), m.params().stream().map(Param::name).toList());
        assertEquals(2, m.outputSize());
    }

    @Test
    void theSameSeedGivesTheSameWeightsAndAnotherSeedOthers() {
        Model a = Models.lenet5().build(7);
        Model b = Models.lenet5().build(7);
        Model c = Models.lenet5().build(8);
        for (int i = 0; i < a.params().size(); i++) {
            assertArrayEquals(a.params().get(i).value().data(), b.params().get(i).value().data());
            assertNotSame(a.params().get(i).value(), b.params().get(i).value()); // fresh layers each build
        }
        assertFalse(Arrays.equals(a.params().getFirst().value().data(), c.params().getFirst().value().data()));
    }

    @Test
    void weightsBeforeReluGetHeAndOthersGlorotAndBiasesStartAtZero() {
        Model m = ModelBuilder.input(1, 1, 400).dense(300).relu().dense(300).tanh().dense(10).build(3);
        // He normal: std sqrt(2 / fan_in) = sqrt(2 / 400); Glorot uniform: std sqrt(2 / (fan_in + fan_out)).
        assertEquals(Math.sqrt(2.0 / 400), std(m.params().get(0)), 0.05 * Math.sqrt(2.0 / 400));
        assertEquals(Math.sqrt(2.0 / 600), std(m.params().get(2)), 0.05 * Math.sqrt(2.0 / 600));
        assertEquals(Math.sqrt(2.0 / 310), std(m.params().get(4)), 0.1 * Math.sqrt(2.0 / 310));
        for (int i = 1; i < 6; i += 2) {
            assertArrayEquals(new float[m.params().get(i).value().size()], m.params().get(i).value().data());
        }
    }

    @Test
    void aChosenInitializerOverridesTheAutomaticOne() {
        Model m = Models.deepPlain(1, 2, 2, 3, 4, 5, ActivationKind.TANH, new Initializer.Constant(0.25)).build(1);
        assertEquals(List.of("flatten1", "dense1", "tanh1", "dense2", "tanh2", "dense3", "tanh3", "dense4", "tanh4", "dense5"),
                m.layers().stream().map(ModelLayer::id).toList());
        for (Param p : m.params()) {
            if (p.name().endsWith("weight")) {
                for (float w : p.value().data()) {
                    assertEquals(0.25f, w);
                }
            }
        }
    }

    @Test
    void aResidualModelRunsForwardAndBackward() {
        Model m = ModelBuilder.input(2, 4, 4).conv(4, 3, 1).relu()
                .residual(b -> b.conv(4, 3, 1).relu().conv(4, 3, 1)).relu().globalAvgPool().dense(3).build(2);
        Tensor x = Tensor.filled(0.5f, 2, 2, 4, 4);
        Tensor logits = m.forward(x, Mode.TRAIN);
        assertArrayEquals(new int[] {2, 3}, logits.shape());
        m.backward(Tensor.filled(1f, 2, 3));
        ModelLayer block = m.layer("res1");
        assertTrue(block.isBlock());
        assertEquals(List.of("conv2", "relu2", "conv3"), block.members().stream().map(ModelLayer::id).toList());
        assertSame(block.members().getFirst().ownParams().getFirst().grad(), m.params().get(2).grad());
        assertTrue(Arrays.stream(toDoubles(m.params().get(2).grad().data())).anyMatch(g -> g != 0));
    }

    @Test
    void aBatchOfTheWrongShapeIsRefused() {
        Model m = TinyProblem.model(1);
        String msg = messageOf(() -> m.forward(Tensor.zeros(2, 1, 9, 8), Mode.EVAL));
        assertEquals("the model expects batches [N, 1, 8, 8], got [2, 1, 9, 8]", msg);
    }

    private static double std(Param p) {
        double[] v = toDoubles(p.value().data());
        double mean = Arrays.stream(v).average().orElseThrow();
        return Math.sqrt(Arrays.stream(v).map(x -> (x - mean) * (x - mean)).average().orElseThrow());
    }

    private static double[] toDoubles(float[] values) {
        double[] d = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            d[i] = values[i];
        }
        return d;
    }
}
