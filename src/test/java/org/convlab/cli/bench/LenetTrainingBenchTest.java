package org.convlab.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LenetTrainingBenchTest {
    @Test
    void aShortRunGivesAPositiveThroughput() {
        double perSecond = new LenetTrainingBench(1, 1, 3).imagesPerSecond(1);
        assertTrue(perSecond > 0 && Double.isFinite(perSecond), "images/s " + perSecond);
    }

    @Test
    void theMedianIgnoresOneOutlier() {
        assertEquals(3, LenetTrainingBench.median(new double[] {3, 1000, 2, 4, 3}));
        assertEquals(2.5, LenetTrainingBench.median(new double[] {3, 2}));
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LenetTrainingBench(0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new LenetTrainingBench(0, 1, 1).imagesPerSecond(0));
    }
}
