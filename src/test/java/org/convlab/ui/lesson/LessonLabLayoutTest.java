package org.convlab.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import org.convlab.ui.Workbench;
import org.convlab.ui.snapshot.Snapshots;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A projector's setting (1280×720, 24 px text) with the 2D lab inside a lesson, where the lab is
 * put on screen after the font has changed: its tab row must be as tall as its tabs, not a strip
 * that cuts them off, and the actions beside the tabs must leave the tabs their room.
 */
@Tag("ui")
class LessonLabLayoutTest {
    @Test
    void theLabsTabRowKeepsItsHeightAfterAFontChange() throws Exception {
        Snapshots.startHeadless();
        Workbench bench = Snapshots.onFx(Workbench::create);
        try {
            bench.lessonsLoaded().get();
            Scene scene = Snapshots.onFx(() -> {
                String id = bench.lessons().pageIdOf("stride").orElseThrow();
                bench.model().open(id);
                bench.model().fontSizeProperty().set(24);
                Scene s = new Scene(bench.shell().view(), 1280, 720);
                bench.shell().attach(s);
                Snapshots.capture(s);
                LessonPlayer player = bench.lesson(id).orElseThrow();
                assertTrue(player.isNarrow(), "at 24 px, 1280 px is narrow: text and lab take turns");
                player.textShownProperty().set(false);
                player.model().goTo(1);
                Snapshots.capture(s);
                return s;
            });
            Snapshots.onFx(() -> Snapshots.capture(scene)); // the pulses after the ones that laid it out
            Snapshots.onFx(() -> {
                Snapshots.capture(scene);
                TabPane tabs = (TabPane) scene.getRoot().lookupAll(".lab-tabs").stream()
                        .filter(n -> n.getScene() != null && n.isVisible()).findFirst().orElseThrow();
                Region header = (Region) tabs.lookup(".tab-header-area");
                Region headers = (Region) tabs.lookup(".headers-region");
                assertEquals(headers.getHeight(), header.getHeight(), 1.0, "the tab row holds its tabs");
                assertTrue(header.getHeight() >= 2 * 24, "tabs of 24 px text: " + header.getHeight());
                assertTrue(header.getPadding().getRight() < tabs.getWidth() / 2,
                        "the actions reserve their own width, not the row's: " + header.getPadding());
                Node first = tabs.lookup("#tab-steps");
                Bounds tab = first.localToScene(first.getLayoutBounds());
                Bounds row = header.localToScene(header.getLayoutBounds());
                assertTrue(tab.getMinY() >= row.getMinY() - 1 && tab.getMaxY() <= row.getMaxY() + 1,
                        "the first tab lies inside its row: " + tab + " in " + row);
                return null;
            });
        } finally {
            Snapshots.onFx(() -> {
                bench.close();
                return null;
            });
        }
    }
}
