package org.convlab.ui.lesson;

import java.io.IOException;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.convlab.lesson.Lesson;
import org.convlab.lesson.ParseResult;
import org.convlab.lesson.Segment;
import org.convlab.lesson.progress.ProgressStore;
import org.convlab.lesson.text.RichText;

/**
 * The lesson player's state without nodes: the parsed lesson, the current step (−1: before the
 * first), and what the stage shows. Steps go forward and back one at a time or jump; each step
 * shown is recorded as seen. A reload keeps the current step ({@link Lesson#stepAfterReload});
 * the first load resumes where the student left off.
 */
public final class LessonPlayerModel {
    private final ProgressStore store;
    private final Consumer<String> trouble;
    private final ReadOnlyObjectWrapper<ParseResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<StageTarget> target = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper progressChanges = new ReadOnlyIntegerWrapper();
    private boolean onStep = true;

    /** {@code trouble} receives messages for the student, such as progress that could not be saved. */
    public LessonPlayerModel(ProgressStore store, Consumer<String> trouble) {
        this.store = store;
        this.trouble = trouble;
    }

    // --- properties

    /** The last parse of the lesson file (its lesson is null when the file could not be read at all). */
    public ReadOnlyObjectProperty<ParseResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StageTarget> targetProperty() {
        return target.getReadOnlyProperty();
    }

    /** Counts saved changes of progress (steps seen, answers, resets): the sidebar's mark follows it. */
    public ReadOnlyIntegerProperty progressChangesProperty() {
        return progressChanges.getReadOnlyProperty();
    }

    public Lesson lesson() {
        return result.get() == null ? null : result.get().lesson();
    }

    public int step() {
        return step.get();
    }

    public int stepCount() {
        return lesson() == null ? 0 : lesson().steps().size();
    }

    /** False while the stage shows something other than the current step (a lab's start, a reveal). */
    public boolean onStep() {
        return onStep;
    }

    public ProgressStore store() {
        return store;
    }

    // --- commands

    /** Shows a (re)parsed lesson: the first time where the student was, afterwards at the same step. */
    public void load(ParseResult r) {
        boolean first = result.get() == null || result.get().lesson() == null;
        Lesson l = r.lesson();
        result.set(r);
        if (l == null) {
            target.set(null);
            return;
        }
        int want = first ? store.progress().lesson(l.id()).currentStep() : step.get();
        show(want < 0 ? -1 : l.stepAfterReload(want));
    }

    public void next() {
        if (step.get() + 1 < stepCount()) {
            goTo(step.get() + 1);
        }
    }

    /** One step back; from a lab's start or a reveal, back to the current step first. */
    public void previous() {
        if (lesson() == null) {
            return;
        }
        if (!onStep) {
            show(step.get());
        } else if (step.get() >= 0) {
            goTo(step.get() - 1);
        }
    }

    /** Shows step {@code n} (−1: the start) and records it as seen. */
    public void goTo(int n) {
        if (lesson() == null || n < -1 || n >= stepCount()) {
            return;
        }
        show(n);
        if (n >= 0) {
            try {
                store.stepSeen(lesson().id(), n);
                progressChanges.set(progressChanges.get() + 1);
            } catch (IOException e) {
                trouble.accept("Your progress could not be saved: " + e.getMessage());
            }
        }
    }

    /** Shows lab block {@code labNumber} in its starting state; the current step stays. */
    public void showLabStart(int labNumber) {
        Segment.LabBlock lab = labBlock(labNumber);
        if (lab != null) {
            onStep = false;
            target.set(new StageTarget(StageTarget.labKey(labNumber), lab.lab(), lab.start(), lab.locked(), -1,
                    "Lab " + (labNumber + 1) + " · start", RichText.EMPTY, false));
        }
    }

    /** Shows something that is not a step (an exercise's setup, a prediction's reveal); the current step stays. */
    public void showFree(StageTarget t) {
        onStep = false;
        target.set(t);
    }

    /** Tells the sidebar that progress changed elsewhere (an answer, a reset). */
    public void progressChanged() {
        progressChanges.set(progressChanges.get() + 1);
    }

    /** The page's lab block with this number, or null. */
    public Segment.LabBlock labBlock(int labNumber) {
        if (lesson() == null) {
            return null;
        }
        return lesson().labs().stream().filter(b -> b.number() == labNumber).findFirst().orElse(null);
    }

    private void show(int n) {
        step.set(n);
        onStep = true;
        target.set(targetFor(n));
    }

    private StageTarget targetFor(int n) {
        Lesson l = lesson();
        if (n < 0) {
            if (l.labs().isEmpty()) {
                return null;
            }
            Segment.LabBlock first = l.labs().getFirst();
            String hint = l.steps().isEmpty() ? "" : "Press Page Down (or Next) for the first step.";
            return new StageTarget(StageTarget.labKey(first.number()), first.lab(), first.start(), first.locked(), -1,
                    "Start", hint.isEmpty() ? RichText.EMPTY : plain(hint), false);
        }
        Segment.StepBlock s = l.steps().get(n);
        Segment.LabBlock lab = labBlock(s.labNumber());
        Set<String> locked = lab == null ? Set.of() : lab.locked();
        return new StageTarget(StageTarget.labKey(s.labNumber()), s.state().lab(), s.state(), locked, n,
                "Step " + (n + 1) + " of " + l.steps().size(), s.caption(), false);
    }

    static RichText plain(String text) {
        return new RichText(java.util.List.of(new org.convlab.lesson.text.Block.Paragraph(
                java.util.List.of(new org.convlab.lesson.text.Inline.Text(text)))));
    }
}
