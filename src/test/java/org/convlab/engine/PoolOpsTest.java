package org.convlab.engine;

import static org.convlab.engine.ConvTestSupport.assertTensor;
import static org.convlab.engine.ConvTestSupport.t;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Hand-computed pooling cases; every expected number is worked out in the comment beside it. */
class PoolOpsTest {

    @Test
    void maxPoolPicksTheFirstOfTiedValuesAndReportsFlatInputIndices() {
        // channel 0:  1 3 | 2 0     windows: {1 3 5 4} -> 5 at (1,0) = 4;  {2 0 1 8} -> 8 at (1,3) = 7
        //             5 4 | 1 8              {0 2 9 1} -> 9 at (3,0) = 12; {6 6 6 1} -> tie, first 6 at (2,2) = 10
        //             0 2 | 6 6
        //             9 1 | 6 1
        // channel 1 = -channel 0, indices offset by 16:
        //   {-1 -3 -5 -4} -> -1 at 16;  {-2 0 -1 -8} -> 0 at (0,3) = 19;  {0 -2 -9 -1} -> 0 at (2,0) = 24;
        //   {-6 -6 -6 -1} -> -1 at (3,3) = 31
        float[] ch0 = {1, 3, 2, 0, 5, 4, 1, 8, 0, 2, 6, 6, 9, 1, 6, 1};
        float[] x = new float[32];
        for (int i = 0; i < 16; i++) {
            x[i] = ch0[i];
            x[16 + i] = -ch0[i];
        }
        PoolOps.MaxPoolResult r = PoolOps.maxPool2d(t(new int[] {1, 2, 4, 4}, x), PoolConfig.of(2));
        assertTensor(new int[] {1, 2, 2, 2}, new float[] {5, 8, 9, 6, -1, 0, 0, -1}, r.output());
        assertArrayEquals(new int[] {4, 7, 12, 10, 16, 19, 24, 31}, r.argmax());
    }

    @Test
    void maxPoolPadsWithMinusInfinityNotZero() {
        // all-negative 3x3, window 3, stride 2, pad 1: output floor((3 + 2 - 3)/2) + 1 = 2
        // windows inside the input: {-1 -2 -4 -5} -> -1 at 0; {-2 -3 -5 -6} -> -2 at 1;
        //                           {-4 -5 -7 -8} -> -4 at 3; {-5 -6 -8 -9} -> -5 at 4  (zero padding would give 0s)
        PoolOps.MaxPoolResult r = PoolOps.maxPool2d(t(new int[] {1, 1, 3, 3}, -1, -2, -3, -4, -5, -6, -7, -8, -9),
                PoolConfig.of(3, 2, 1));
        assertTensor(new int[] {1, 1, 2, 2}, new float[] {-1, -2, -4, -5}, r.output());
        assertArrayEquals(new int[] {0, 1, 3, 4}, r.argmax());
    }

    @Test
    void maxPoolTiesWithPaddingGoToTheFirstInsideElementAndBackwardAccumulatesSharedWinners() {
        // 2x2 of 7s, window 2, stride 1, pad 1: output 3x3; each window's first in-input element
        // (row-major) wins: rows -1..0 -> (0,0),(0,0),(0,1); rows 0..1 -> (0,0),(0,0),(0,1); rows 1..2 -> (1,0),(1,0),(1,1)
        PoolOps.MaxPoolResult r = PoolOps.maxPool2d(Tensor.filled(7f, 1, 1, 2, 2), PoolConfig.of(2, 1, 1));
        assertArrayEquals(new int[] {0, 0, 1, 0, 0, 1, 2, 2, 3}, r.argmax());
        // gradient of ones: element 0 wins 4 windows, 1 wins 2, 2 wins 2, 3 wins 1
        Tensor gx = PoolOps.maxPool2dBackward(new int[] {1, 1, 2, 2}, r.argmax(), Tensor.filled(1f, 1, 1, 3, 3));
        assertTensor(new int[] {1, 1, 2, 2}, new float[] {4, 2, 2, 1}, gx);
    }

    @Test
    void maxPoolBackwardSendsEachGradientToItsWinner() {
        // windows of 1 3 2 0 / 5 4 1 8 / ...: winners at 4, 7, 12, 10 as above; gOut = 1 2 3 4
        Tensor x = t(new int[] {1, 1, 4, 4}, 1, 3, 2, 0, 5, 4, 1, 8, 0, 2, 6, 6, 9, 1, 6, 1);
        PoolOps.MaxPoolResult r = PoolOps.maxPool2d(x, PoolConfig.of(2));
        Tensor gx = PoolOps.maxPool2dBackward(x.shape(), r.argmax(), t(new int[] {1, 1, 2, 2}, 1, 2, 3, 4));
        assertTensor(new int[] {1, 1, 4, 4}, new float[] {0, 0, 0, 0, 1, 0, 0, 2, 0, 0, 4, 0, 3, 0, 0, 0}, gx);
    }

    @Test
    void avgPoolDividesByTheFullWindowIncludingPadding() {
        // 1 2 3 / 4 5 6 / 7 8 9, window 2, stride 2, pad 1: output floor((3 + 2 - 2)/2) + 1 = 2
        // (0,0) rows -1..0, cols -1..0: 1/4 = 0.25;       (0,1) rows -1..0, cols 1..2: (2+3)/4 = 1.25
        // (1,0) rows 1..2, cols -1..0: (4+7)/4 = 2.75;    (1,1) rows 1..2, cols 1..2: (5+6+8+9)/4 = 7
        Tensor out = PoolOps.avgPool2d(t(new int[] {1, 1, 3, 3}, 1, 2, 3, 4, 5, 6, 7, 8, 9), PoolConfig.of(2, 2, 1));
        assertTensor(new int[] {1, 1, 2, 2}, new float[] {0.25f, 1.25f, 2.75f, 7}, out);
    }

    @Test
    void avgPoolBackwardSharesEachGradientOverTheFullWindow() {
        // same windows; gOut 4 8 12 16 -> shares of 1, 2, 3, 4 per in-input element:
        // (0,0) <- 1; (0,1),(0,2) <- 2; (1,0),(2,0) <- 3; the bottom-right 2x2 <- 4
        Tensor gx = PoolOps.avgPool2dBackward(new int[] {1, 1, 3, 3}, t(new int[] {1, 1, 2, 2}, 4, 8, 12, 16),
                PoolConfig.of(2, 2, 1));
        assertTensor(new int[] {1, 1, 3, 3}, new float[] {1, 2, 2, 3, 4, 4, 3, 4, 4}, gx);
    }

    @Test
    void avgPoolWithOverlappingNonSquareWindows() {
        // 2x4 input 1 2 3 4 / 5 6 7 8, window 2x3, stride 1x1: output 1x2
        // (1+2+3+5+6+7)/6 = 4;  (2+3+4+6+7+8)/6 = 5
        Tensor out = PoolOps.avgPool2d(t(new int[] {1, 1, 2, 4}, 1, 2, 3, 4, 5, 6, 7, 8), new PoolConfig(2, 3, 1, 1, 0, 0));
        assertTensor(new int[] {1, 1, 1, 2}, new float[] {4, 5}, out);
    }

    @Test
    void globalAvgPoolAveragesEachPlaneAndSpreadsTheGradientEvenly() {
        // sample 0: ch0 1 2 / 3 4 -> 2.5; ch1 -1 -1 / -1 5 -> 0.5;  sample 1: ch0 all 2 -> 2; ch1 0 0 / 0 8 -> 2
        Tensor x = t(new int[] {2, 2, 2, 2}, 1, 2, 3, 4, -1, -1, -1, 5, 2, 2, 2, 2, 0, 0, 0, 8);
        assertTensor(new int[] {2, 2}, new float[] {2.5f, 0.5f, 2, 2}, PoolOps.globalAvgPool(x));
        // gOut 4 -8 / 2 0 -> each of the 4 elements gets a quarter
        Tensor gx = PoolOps.globalAvgPoolBackward(x.shape(), t(new int[] {2, 2}, 4, -8, 2, 0));
        assertTensor(new int[] {2, 2, 2, 2}, new float[] {1, 1, 1, 1, -2, -2, -2, -2, 0.5f, 0.5f, 0.5f, 0.5f, 0, 0, 0, 0}, gx);
    }
}
