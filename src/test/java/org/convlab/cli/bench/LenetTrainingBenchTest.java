package org.convlab.cli.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.convlab.engine.ConvKernel;
import org.junit.jupiter.api.Test;

class LenetTrainingBenchTest {
    @Test
    void aShortRunGivesAPositiveThroughput() {
        double perSecond = LenetTrainingBench.imagesPerSecond(ConvKernel.shared(), new BenchTimer(0.001, 0.001, 1));
        assertTrue(perSecond > 0 && Double.isFinite(perSecond), "images/s " + perSecond);
    }
}
