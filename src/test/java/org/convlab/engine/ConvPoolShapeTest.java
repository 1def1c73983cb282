package org.convlab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Output sizes, and the messages of every shape rule a convolution or pooling can break. */
class ConvPoolShapeTest {

    @Test
    void convOutputShapeFollowsTheFloorFormulaPerAxis() {
        // H: floor((7 + 1 + 0 - 1*(2-1) - 1)/2) + 1 = floor(6/2) + 1 = 4
        // W: floor((5 + 0 + 1 - 2*(2-1) - 1)/1) + 1 = 3 + 1 = 4
        Conv2dConfig cfg = new Conv2dConfig(2, 1, 1, 0, 0, 1, 1, 2, 1);
        assertArrayEquals(new int[] {2, 4, 4, 4}, ConvOps.conv2dOutputShape(new int[] {2, 3, 7, 5}, new int[] {4, 3, 2, 2}, cfg));
        // floor division: H = floor((6 + 0 - 3)/2) + 1 = 1 + 1 = 2
        assertArrayEquals(new int[] {1, 1, 2, 2},
                ConvOps.conv2dOutputShape(new int[] {1, 1, 6, 6}, new int[] {1, 1, 4, 4}, Conv2dConfig.of(2, 0, 1, 1)));
    }

    @Test
    void conv1dOutputShapeDropsTheHeightAxis() {
        // floor((10 + 2 + 1 - 3*(3-1) - 1)/2) + 1 = 3 + 1 = 4
        assertArrayEquals(new int[] {1, 6, 4},
                ConvOps.conv1dOutputShape(new int[] {1, 2, 10}, new int[] {6, 2, 3}, null, Conv2dConfig.oneD(2, 2, 1, 3, 1)));
    }

    @Test
    void rankMismatchNamesBothShapes() {
        assertMessage(() -> ConvOps.conv2dOutputShape(new int[] {1, 3, 5}, new int[] {2, 3, 3, 3}, Conv2dConfig.defaults()),
                "rank 4", "input [1, 3, 5]", "weight [2, 3, 3, 3]");
        assertMessage(() -> ConvOps.conv1d(Tensor.zeros(1, 3, 5, 5), Tensor.zeros(2, 3, 3), null, 1, 0, 0, 1, 1),
                "rank 3", "input [1, 3, 5, 5]", "weight [2, 3, 3]");
    }

    @Test
    void inputChannelsMustBeDivisibleByGroups() {
        assertMessage(() -> ConvOps.conv2dOutputShape(new int[] {1, 3, 5, 5}, new int[] {4, 1, 3, 3}, Conv2dConfig.of(1, 0, 1, 2)),
                "input channels (Cin = 3) must be divisible by groups (2)", "input [1, 3, 5, 5]", "weight [4, 1, 3, 3]");
    }

    @Test
    void outputChannelsMustBeDivisibleByGroups() {
        assertMessage(() -> ConvOps.conv2dOutputShape(new int[] {1, 4, 5, 5}, new int[] {3, 2, 3, 3}, Conv2dConfig.of(1, 0, 1, 2)),
                "output channels (Cout = 3, weight dim 0) must be divisible by groups (2)", "weight [3, 2, 3, 3]");
    }

    @Test
    void weightChannelsMustBeInputChannelsOverGroups() {
        assertMessage(() -> ConvOps.conv2dOutputShape(new int[] {1, 6, 5, 5}, new int[] {2, 6, 3, 3}, Conv2dConfig.of(1, 0, 1, 2)),
                "weight dim 1 must be Cin/groups = 6/2 = 3, got 6", "input [1, 6, 5, 5]");
    }

    @Test
    void biasLengthMustBeOutputChannels() {
        assertMessage(() -> ConvOps.conv2d(Tensor.zeros(1, 1, 3, 3), Tensor.zeros(2, 1, 2, 2), Tensor.zeros(3),
                Conv2dConfig.defaults()), "bias must have shape [Cout] = [2], got [3]", "weight [2, 1, 2, 2]");
    }

    @Test
    void tooSmallOutputShowsTheFormulaWithTheNumbersPluggedIn() {
        assertMessage(() -> ConvOps.conv2dOutputShape(new int[] {1, 1, 5, 5}, new int[] {1, 1, 7, 7}, Conv2dConfig.defaults()),
                "output height would be -1: floor((5 + 0 + 0 - 1*(7-1) - 1)/1) + 1 = -1", "input [1, 1, 5, 5]",
                "weight [1, 1, 7, 7]");
        // height fits (9 - 2 = 7), width does not: floor((5 + 1 + 0 - 2*(4-1) - 1)/1) + 1 = 0
        assertMessage(() -> ConvOps.conv2dOutputShape(new int[] {1, 1, 9, 5}, new int[] {1, 1, 3, 4},
                        new Conv2dConfig(1, 1, 0, 0, 1, 0, 1, 2, 1)),
                "output width would be 0: floor((5 + 1 + 0 - 2*(4-1) - 1)/1) + 1 = 0");
        assertMessage(() -> ConvOps.conv1dOutputShape(new int[] {1, 1, 4}, new int[] {1, 1, 5}, null, Conv2dConfig.oneD(1, 0, 0, 1, 1)),
                "output length would be 0: floor((4 + 0 + 0 - 1*(5-1) - 1)/1) + 1 = 0", "input [1, 1, 4]", "weight [1, 1, 5]");
    }

    @Test
    void emptyDimensionsAreRejected() {
        assertMessage(() -> ConvOps.conv2dOutputShape(new int[] {1, 1, 0, 5}, new int[] {1, 1, 1, 1}, Conv2dConfig.defaults()),
                "at least 1", "input [1, 1, 0, 5]");
    }

    @Test
    void backwardRejectsAGradientOfTheWrongShape() {
        assertMessage(() -> ConvOps.conv2dBackward(Tensor.zeros(1, 1, 4, 4), Tensor.zeros(2, 1, 3, 3), true,
                Tensor.zeros(1, 2, 3, 3), Conv2dConfig.defaults()), "gradOutput [1, 2, 3, 3]", "output shape [1, 2, 2, 2]");
        assertMessage(() -> PoolOps.avgPool2dBackward(new int[] {1, 1, 4, 4}, Tensor.zeros(1, 1, 4, 4), PoolConfig.of(2)),
                "gradOutput [1, 1, 4, 4]", "output shape [1, 1, 2, 2]");
        assertMessage(() -> PoolOps.maxPool2dBackward(new int[] {1, 1, 4, 4}, new int[3], Tensor.zeros(1, 1, 2, 2)),
                "argmax has 3 entries", "4 elements");
        assertMessage(() -> PoolOps.globalAvgPoolBackward(new int[] {2, 3, 4, 4}, Tensor.zeros(2, 4)),
                "gradOutput [2, 4]", "[N, C] = [2, 3]");
    }

    @Test
    void poolOutputShapeFollowsTheFloorFormula() {
        // H: floor((7 + 2*1 - 3)/2) + 1 = 4;  W: floor((4 + 2*1 - 3)/2) + 1 = 2
        assertArrayEquals(new int[] {2, 3, 4, 2}, PoolOps.pool2dOutputShape(new int[] {2, 3, 7, 4}, PoolConfig.of(3, 2, 1)));
    }

    @Test
    void poolRejectsBadRankAndTooSmallInputs() {
        assertMessage(() -> PoolOps.pool2dOutputShape(new int[] {3, 4, 4}, PoolConfig.of(2)), "rank 4", "input [3, 4, 4]",
                "window 2x2");
        // floor((1 + 2*0 - 2)/2) + 1 = floor(-1/2) + 1 = 0
        assertMessage(() -> PoolOps.maxPool2d(Tensor.zeros(1, 1, 1, 4), PoolConfig.of(2)),
                "output height would be 0: floor((1 + 2*0 - 2)/2) + 1 = 0", "input [1, 1, 1, 4]", "window 2x2, stride 2x2");
        assertMessage(() -> PoolOps.globalAvgPool(Tensor.zeros(4, 4)), "rank 4", "[4, 4]");
    }

    private static void assertMessage(Executable call, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), "message \"" + e.getMessage() + "\" should contain \"" + f + "\"");
        }
    }
}
