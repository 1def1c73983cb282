package org.convlab.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.convlab.ui.snapshot.Snapshots;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The player bar on a wide screen and on a narrow one with a projector's font size. */
@Tag("ui")
class StepPlayerBarTest {
    private static Bounds bounds(Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }

    private static Node[] layOut(double width) {
        StepPlayerModel model = new StepPlayerModel();
        model.setCount(9);
        model.jumpTo(2);
        StepPlayerBar bar = new StepPlayerBar(model);
        bar.setDescriber(i -> "out[0, 0, " + i + "]");
        StackPane root = new StackPane(bar.view());
        root.setStyle("-fx-font-size: 20px;");
        Scene scene = new Scene(root, width, 80);
        Snapshots.capture(scene);
        Snapshots.capture(scene);
        return new Node[] {scene.lookup("#player-slider"), scene.lookup("#player-label")};
    }

    @Test
    void onANarrowBarTheSliderStepsAsideInsteadOfCoveringTheStepText() {
        Snapshots.startHeadless();
        Snapshots.onFx(() -> {
            Node[] wide = layOut(1200);
            assertTrue(wide[0].isVisible(), "room for the slider");
            assertFalse(bounds(wide[0]).intersects(bounds(wide[1])), "slider and text side by side");

            Node[] narrow = layOut(770);
            assertFalse(narrow[0].isVisible(), "no room: the slider is hidden, " + bounds(narrow[0]));
            Label text = (Label) narrow[1];
            assertEquals(text.prefWidth(-1), text.getWidth(), 1.0, "the step text keeps its words while the slider gives way");

            Node[] tiny = layOut(560);
            Label cut = (Label) tiny[1];
            assertTrue(cut.getWidth() < cut.prefWidth(-1), "on a bar too narrow for it the text shrinks at last");
            assertTrue(cut.getWidth() >= 6 * 20 - 1, "but not below 6 em: " + cut.getWidth());
            return null;
        });
    }
}
