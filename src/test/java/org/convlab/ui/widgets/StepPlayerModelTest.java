package org.convlab.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StepPlayerModelTest {
    private static final long MS = 1_000_000;

    private static StepPlayerModel player(int steps) {
        StepPlayerModel p = new StepPlayerModel();
        p.setCount(steps);
        return p;
    }

    @Test
    void startsAtTheOverviewAndStepsWithinBounds() {
        StepPlayerModel p = player(3);
        assertEquals(-1, p.index());
        p.stepForward();
        assertEquals(0, p.index());
        p.stepForward();
        p.stepForward();
        p.stepForward();
        assertEquals(2, p.index(), "stays on the last step");
        p.stepBack();
        assertEquals(1, p.index());
        p.stepBack();
        p.stepBack();
        assertEquals(0, p.index(), "stays on the first step");
        p.last();
        assertEquals(2, p.index());
        p.first();
        assertEquals(0, p.index());
        p.overview();
        assertEquals(-1, p.index());
        p.stepBack();
        assertEquals(0, p.index(), "back from the overview goes to the first step");
    }

    @Test
    void jumpsAreClamped() {
        StepPlayerModel p = player(5);
        p.jumpTo(99);
        assertEquals(4, p.index());
        p.jumpTo(-7);
        assertEquals(-1, p.index());
    }

    @Test
    void fewerStepsMoveTheIndexBackAndNoneStopPlaying() {
        StepPlayerModel p = player(10);
        p.jumpTo(8);
        p.setCount(4);
        assertEquals(3, p.index());
        p.play();
        p.setCount(0);
        assertEquals(-1, p.index());
        assertFalse(p.isPlaying());
    }

    @Test
    void listenersNeverSeeAnIndexPastTheCount() {
        StepPlayerModel p = player(16);
        p.jumpTo(5);
        java.util.List<String> seen = new java.util.ArrayList<>();
        p.countProperty().addListener((o, a, b) -> seen.add(p.index() + "<" + b));
        p.indexProperty().addListener((o, a, b) -> seen.add(b + "<" + p.count()));
        p.setCount(4);
        for (String s : seen) {
            String[] parts = s.split("<");
            assertTrue(Integer.parseInt(parts[0]) < Integer.parseInt(parts[1]), seen.toString());
        }
        assertEquals(3, p.index());
    }

    @Test
    void playingAdvancesOneStepPerIntervalAndStopsAtTheEnd() {
        StepPlayerModel p = player(4);
        p.stepMillisProperty().set(100);
        p.play();
        assertTrue(p.isPlaying());
        assertEquals(0, p.index(), "play from the overview starts at the first step");
        p.tick(1_000 * MS); // starts the clock
        assertEquals(0, p.index());
        p.tick(1_050 * MS);
        assertEquals(0, p.index());
        p.tick(1_100 * MS);
        assertEquals(1, p.index());
        p.tick(1_350 * MS); // two and a half intervals later: two more steps
        assertEquals(3, p.index());
        assertFalse(p.isPlaying(), "pauses on the last step");
        p.play();
        assertEquals(0, p.index(), "play on the last step starts again");
    }

    @Test
    void aStepTimeOfZeroPlaysToTheEndAtOnce() {
        StepPlayerModel p = player(50);
        p.stepMillisProperty().set(0);
        p.play();
        p.tick(5 * MS);
        assertEquals(49, p.index());
        assertFalse(p.isPlaying());
    }

    @Test
    void steppingByHandPauses() {
        StepPlayerModel p = player(5);
        p.play();
        p.stepForward();
        assertFalse(p.isPlaying());
        p.toggle();
        assertTrue(p.isPlaying());
        p.toggle();
        assertFalse(p.isPlaying());
        p.tick(10_000 * MS);
        assertEquals(1, p.index(), "no ticking while paused");
    }

    @Test
    void nothingToPlayWithoutSteps() {
        StepPlayerModel p = player(0);
        p.play();
        assertFalse(p.isPlaying());
        p.stepForward();
        assertEquals(-1, p.index());
    }
}
