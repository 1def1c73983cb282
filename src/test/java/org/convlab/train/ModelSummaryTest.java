package org.convlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** LeNet-5's summary against numbers worked out by hand. */
class ModelSummaryTest {
    private final ModelSummary lenet = Models.lenet5().build(1).summary();

    @Test
    void lenet5HasTheClassicLayersAndShapes() {
        assertEquals(List.of(1, 28, 28), lenet.inputShape());
        assertEquals(List.of("conv1", "relu1", "pool1", "conv2", "relu2", "pool2", "flatten1",
                "dense1", "relu3", "dense2", "relu4", "dense3"), lenet.layers().stream().map(ModelSummary.Row::id).toList());
        // 28 + 2·2 − 5 + 1 = 28; pool → 14; 14 − 5 + 1 = 10; pool → 5; 16·5·5 = 400.
        assertEquals(List.of(List.of(6, 28, 28), List.of(6, 28, 28), List.of(6, 14, 14), List.of(16, 10, 10),
                        List.of(16, 10, 10), List.of(16, 5, 5), List.of(400), List.of(120), List.of(120), List.of(84),
                        List.of(84), List.of(10)),
                lenet.layers().stream().map(ModelSummary.Row::outputShape).toList());
    }

    @Test
    void lenet5Has61706Parameters() {
        // conv1 6·1·5·5 + 6 = 156; conv2 16·6·5·5 + 16 = 2,416; dense1 400·120 + 120 = 48,120;
        // dense2 120·84 + 84 = 10,164; dense3 84·10 + 10 = 850.
        assertEquals(List.of(156L, 0L, 0L, 2416L, 0L, 0L, 0L, 48120L, 0L, 10164L, 0L, 850L),
                lenet.layers().stream().map(ModelSummary.Row::parameters).toList());
        assertEquals(61_706, lenet.parameters());
        assertEquals(61_706, Models.lenet5().build(1).parameterCount());
    }

    @Test
    void lenet5FlopsFollowTheLayerCounts() {
        // conv: 2 · Cout·Ho·Wo · Cin·k·k; activation: one per element; max-pool: k·k − 1 per output;
        // dense: 2 · in · out + out.
        long conv1 = 2L * 6 * 28 * 28 * 1 * 25;   // 235,200
        long relu1 = 6 * 28 * 28;                 // 4,704
        long pool1 = 6 * 14 * 14 * 3;             // 3,528
        long conv2 = 2L * 16 * 10 * 10 * 6 * 25;  // 480,000
        long relu2 = 16 * 10 * 10;                // 1,600
        long pool2 = 16 * 5 * 5 * 3;              // 1,200
        long dense1 = 2L * 400 * 120 + 120;       // 96,120
        long dense2 = 2L * 120 * 84 + 84;         // 20,244
        long dense3 = 2L * 84 * 10 + 10;          // 1,690
        assertEquals(List.of(conv1, relu1, pool1, conv2, relu2, pool2, 0L, dense1, 120L, dense2, 84L, dense3),
                lenet.layers().stream().map(ModelSummary.Row::flops).toList());
        assertEquals(844_490, lenet.flops());
    }

    @Test
    void tableShowsEveryLayerAndTheTotals() {
        String table = lenet.table();
        assertTrue(table.lines().anyMatch(l -> l.startsWith("conv1") && l.contains("6×28×28") && l.endsWith("235,200")), table);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("total") && l.contains("61,706") && l.endsWith("844,490")), table);
        assertEquals(lenet.layers().size() + 3, table.lines().count()); // header, input, layers, total
    }

    @Test
    void residualMembersAreIndentedAndTheBlockCountsItsAdd() {
        ModelSummary s = ModelBuilder.input(2, 4, 4).residual(b -> b.conv(2, 3, 1).relu()).dense(3).build(1).summary();
        assertEquals(List.of("conv1", "relu1", "res1", "flatten1", "dense1"), s.layers().stream().map(ModelSummary.Row::id).toList());
        ModelSummary.Row block = s.layers().get(2);
        assertEquals(0, block.depth());
        assertEquals(1, s.layers().get(0).depth());
        assertEquals(2 * 4 * 4, block.flops());
        assertEquals(0, block.parameters());
        assertEquals(2 * 2 * 9 + 2 + 32 * 3 + 3, s.parameters());
        assertTrue(s.table().contains("\n  conv1"), s.table());
    }
}
