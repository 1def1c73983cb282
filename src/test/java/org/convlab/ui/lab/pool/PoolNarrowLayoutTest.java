package org.convlab.ui.lab.pool;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.convlab.ui.snapshot.Snapshots;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A channel's input and output stay side by side while they fit, and stack when they do not. */
@Tag("ui")
class PoolNarrowLayoutTest {
    private static Bounds[] inputAndOutput(double width) {
        PoolLab lab = new PoolLab();
        StackPane root = new StackPane(lab.view());
        root.setStyle("-fx-font-size: 20px;");
        Scene scene = new Scene(root, width, 768);
        for (int i = 0; i < 3; i++) {
            Snapshots.capture(scene);
        }
        Node in = scene.lookup("#input-grid-0");
        Node out = scene.lookup("#output-grid-0");
        return new Bounds[] {in.localToScene(in.getBoundsInLocal()), out.localToScene(out.getBoundsInLocal())};
    }

    @Test
    void theOutputGoesUnderItsInputWhenTheyDoNotFitSideBySide() {
        Snapshots.startHeadless();
        Snapshots.onFx(() -> {
            Bounds[] wide = inputAndOutput(1600);
            assertTrue(wide[1].getMinX() > wide[0].getMaxX(), "side by side: " + wide[0] + " then " + wide[1]);

            Bounds[] narrow = inputAndOutput(700);
            assertTrue(narrow[1].getMinY() > narrow[0].getMaxY(), "stacked: " + narrow[0] + " over " + narrow[1]);
            assertTrue(narrow[0].getMaxX() <= 700, "the input is not pushed off the right edge: " + narrow[0]);
            return null;
        });
    }
}
