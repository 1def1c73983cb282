package org.convlab.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.convlab.ui.snapshot.Snapshots;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The player bar on a wide screen and on narrow ones with a projector's font size. Widths are
 * taken from the bar itself (the theme in force decides how wide a button is).
 */
@Tag("ui")
class StepPlayerBarTest {
    private static final double EM = 20;

    private record Laid(HBox bar, Slider slider, Label text) {
        /** Everything but the slider and the text, at their preferred widths, with gaps and padding. */
        double others() {
            double w = bar.snappedLeftInset() + bar.snappedRightInset() + bar.getSpacing() * (bar.getChildren().size() - 1);
            for (Node n : bar.getChildren()) {
                if (n != slider && n != text) {
                    w += n.prefWidth(-1);
                }
            }
            return w;
        }
    }

    private static Bounds bounds(Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }

    private static Laid layOut(double width) {
        StepPlayerModel model = new StepPlayerModel();
        model.setCount(9);
        model.jumpTo(2);
        StepPlayerBar bar = new StepPlayerBar(model);
        bar.setDescriber(i -> "out[0, 0, " + i + "]");
        StackPane root = new StackPane(bar.view());
        root.setStyle("-fx-font-size: " + EM + "px;");
        Scene scene = new Scene(root, width, 80);
        for (int i = 0; i < 3; i++) {
            Snapshots.capture(scene);
        }
        return new Laid((HBox) bar.view(), (Slider) scene.lookup("#player-slider"), (Label) scene.lookup("#player-label"));
    }

    @Test
    void onANarrowBarTheSliderStepsAsideThenTheTextShrinks() {
        Snapshots.startHeadless();
        Snapshots.onFx(() -> {
            Laid wide = layOut(1600);
            assertTrue(wide.slider().isVisible(), "room for the slider");
            assertFalse(bounds(wide.slider()).intersects(bounds(wide.text())), "slider and text side by side");
            double others = wide.others();
            double words = wide.text().prefWidth(-1);

            Laid narrow = layOut(Math.ceil(others + words + EM)); // one em left for the slider
            assertFalse(narrow.slider().isVisible(), "no room: the slider is hidden, " + bounds(narrow.slider()));
            assertEquals(words, narrow.text().getWidth(), 1.0, "the step text keeps its words while the slider gives way");

            Laid tiny = layOut(Math.ceil(others + words / 2));
            assertFalse(tiny.slider().isVisible());
            assertTrue(tiny.text().getWidth() < words - 1, "on a bar too narrow for it the text shrinks at last");
            assertTrue(tiny.text().getWidth() >= 6 * EM - 1, "but not below 6 em: " + tiny.text().getWidth());
            return null;
        });
    }
}
