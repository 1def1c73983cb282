package org.convlab.ui.widgets;

import javafx.animation.AnimationTimer;

/** Ticks a {@link StepPlayerModel} once a frame while it plays, and not at all otherwise. */
public final class StepTimer {
    private final AnimationTimer timer;

    public StepTimer(StepPlayerModel model) {
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                model.tick(now);
            }
        };
        model.playingProperty().addListener((o, was, now) -> {
            if (now) {
                timer.start();
            } else {
                timer.stop();
            }
        });
    }
}
