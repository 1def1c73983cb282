package org.convlab.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.convlab.ui.lab.conv2d.Conv2dFocus;
import org.convlab.ui.lab.conv2d.Conv2dLab;
import org.convlab.ui.lab.pool.PoolFocus;
import org.convlab.ui.lab.pool.PoolLab;
import org.convlab.ui.snapshot.Snapshots;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A hovered input in a channel that a setup change removes is let go in every lab. */
@Tag("ui")
class LabFocusTest {
    @Test
    void aHoveredInputInARemovedChannelIsLetGo() {
        Snapshots.startHeadless();
        Snapshots.onFx(() -> {
            Conv2dLab conv = new Conv2dLab();
            conv.apply(Map.of("channels", 3));
            Conv2dFocus f = conv.model().focus();
            f.hoverInput(new Conv2dFocus.InputCell(2, 1, 1));
            assertFalse(f.readersProperty().get().isEmpty(), "channel 2 feeds outputs");
            conv.model().setChannels(1);
            assertNull(f.hoveredInputProperty().get());
            assertEquals(List.of(), f.readersProperty().get());

            PoolLab pool = new PoolLab();
            pool.apply(Map.of("channels", 2));
            PoolFocus p = pool.model().focus();
            p.hoverInput(new PoolFocus.InputCell(1, 0, 0));
            assertFalse(p.readersProperty().get().isEmpty());
            pool.model().setChannels(1);
            assertNull(p.hoveredInputProperty().get());
            assertTrue(p.readersProperty().get().isEmpty());
            return null;
        });
    }
}
