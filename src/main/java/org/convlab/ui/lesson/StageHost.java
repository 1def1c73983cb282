package org.convlab.ui.lesson;

import java.util.Set;
import javafx.application.Platform;
import javafx.scene.Node;
import org.convlab.lesson.Segment;
import org.convlab.lesson.exercise.ExerciseInstance;
import org.convlab.lesson.lab.LabState;
import org.convlab.lesson.text.RichText;

/**
 * What exercises ask of the page: their setup or a prediction's reveal on the stage (the page's
 * lab the exercise is about, with that lab's locks, or an instance of its own for an exercise
 * with its own setup), and the text scrolled to their feedback.
 */
final class StageHost implements ExerciseView.Host {
    private final LessonPlayerModel model;
    private NarrativeView narrative;

    StageHost(LessonPlayerModel model) {
        this.model = model;
    }

    /** The column to scroll (made after this host, which it needs). */
    void scrollWith(NarrativeView n) {
        narrative = n;
    }

    @Override
    public void showSetup(ExerciseModel exercise) {
        ExerciseInstance i = exercise.instance();
        if (i.lab() != null) {
            model.showFree(target(exercise, i.lab(), "setup", RichText.EMPTY, false));
        }
    }

    @Override
    public void reveal(ExerciseModel exercise) {
        ExerciseInstance i = exercise.instance();
        if (i.reveal() != null) {
            model.showFree(target(exercise, i.reveal(), "the answer", i.revealCaption(), true));
        }
    }

    @Override
    public void bringIntoView(Node from, Node to) {
        if (narrative != null) {
            Platform.runLater(() -> narrative.bringIntoView(from, to)); // after the feedback is laid out
        }
    }

    private StageTarget target(ExerciseModel exercise, LabState state, String what, RichText caption, boolean play) {
        int pageLab = exercise.exercise().pageLab();
        Segment.LabBlock block = pageLab >= 0 ? model.labBlock(pageLab) : null;
        String key = pageLab >= 0 ? StageTarget.labKey(pageLab) : StageTarget.exerciseKey(exercise.exercise().id());
        int number = model.lesson().exercises().indexOf(exercise.exercise()) + 1;
        return new StageTarget(key, state.lab(), state, block == null ? Set.of() : block.locked(), -1,
                "Exercise " + number + " · " + what, caption, play);
    }
}
