package org.convlab.ui.lab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.convlab.ui.lab.conv1d.Conv1dLab;
import org.convlab.ui.lab.pool.PoolLab;
import org.convlab.ui.snapshot.Snapshots;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Labs on a narrow view with a projector's font (20 px): what belongs together stays in view
 * instead of running off the right edge.
 */
@Tag("ui")
class NarrowLabLayoutTest {
    private static Scene show(Lab lab, double width) {
        StackPane root = new StackPane(lab.view());
        root.setStyle("-fx-font-size: 20px;");
        Scene scene = new Scene(root, width, 768);
        for (int i = 0; i < 3; i++) {
            Snapshots.capture(scene);
        }
        return scene;
    }

    private static Bounds bounds(Scene scene, String id) {
        Node n = scene.lookup("#" + id);
        return n.localToScene(n.getBoundsInLocal());
    }

    @Test
    void aPoolingOutputGoesUnderItsInputWhenTheyDoNotFitSideBySide() {
        Snapshots.startHeadless();
        Snapshots.onFx(() -> {
            Scene wide = show(new PoolLab(), 1600);
            Bounds in = bounds(wide, "input-grid-0");
            Bounds out = bounds(wide, "output-grid-0");
            assertTrue(out.getMinX() > in.getMaxX(), "side by side: " + in + " then " + out);

            Scene narrow = show(new PoolLab(), 700);
            in = bounds(narrow, "input-grid-0");
            out = bounds(narrow, "output-grid-0");
            assertTrue(out.getMinY() > in.getMaxY(), "stacked: " + in + " over " + out);
            assertTrue(in.getMaxX() <= 700, "the input is not pushed off the right edge: " + in);
            return null;
        });
    }

    @Test
    void theFlipStatementWrapsWithinTheViewWhenTheStripsAreWiderThanIt() {
        Snapshots.startHeadless();
        Snapshots.onFx(() -> {
            Scene narrow = show(new Conv1dLab(), 700);
            Bounds view = bounds(narrow, "steps-view");
            Bounds input = bounds(narrow, "input-grid-0");
            Bounds note = bounds(narrow, "flip-statement");
            assertTrue(input.getMaxX() > view.getMaxX(), "the premise: the input strip is wider than the view, " + input);
            assertTrue(note.getMaxX() <= view.getMaxX(), "the statement ends in view: " + note + " in " + view);
            return null;
        });
    }
}
