package org.convlab.ui.lesson;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.convlab.lesson.Lesson;
import org.convlab.lesson.exercise.Exercise;
import org.convlab.lesson.exercise.ExerciseChecker;
import org.convlab.lesson.exercise.ExerciseInstance;
import org.convlab.lesson.exercise.Feedback;
import org.convlab.lesson.progress.ExerciseProgress;
import org.convlab.lesson.progress.ProgressStore;
import org.convlab.lesson.text.RichText;

/**
 * One exercise as the student works on it, without nodes: this student's version of it, their
 * saved history (attempts, wrong answers, solved), the last feedback, and the hints earned so
 * far. Answers are checked by {@link ExerciseChecker} and recorded in the progress store; an
 * unreadable answer gets feedback but is neither counted nor saved.
 */
public final class ExerciseModel {
    private final Lesson lesson;
    private final Exercise exercise;
    private final ExerciseInstance instance;
    private final ProgressStore store;
    private final Consumer<String> trouble;
    private final Runnable changed;
    private final ReadOnlyObjectWrapper<ExerciseProgress> progress = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Feedback> feedback = new ReadOnlyObjectWrapper<>();

    /**
     * @param trouble receives messages such as progress that could not be saved
     * @param changed runs after each saved answer
     */
    public ExerciseModel(Lesson lesson, Exercise exercise, ProgressStore store, Consumer<String> trouble, Runnable changed) {
        this.lesson = lesson;
        this.exercise = exercise;
        this.store = store;
        this.trouble = trouble;
        this.changed = changed;
        this.instance = exercise.instantiate(store.studentId());
        progress.set(store.progress().lesson(lesson.id()).exercise(exercise.id()));
    }

    // --- properties

    public ReadOnlyObjectProperty<ExerciseProgress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The feedback on the last answer given in this session (null before one). */
    public ReadOnlyObjectProperty<Feedback> feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    public Exercise exercise() {
        return exercise;
    }

    public ExerciseInstance instance() {
        return instance;
    }

    public ExerciseProgress progress() {
        return progress.get();
    }

    public boolean isPrediction() {
        return exercise.kind() == Exercise.Kind.PREDICT;
    }

    /** A prediction is made once, then revealed. */
    public boolean committed() {
        return isPrediction() && progress.get().attempts() > 0;
    }

    /** The hints earned: one more per wrong answer. */
    public List<RichText> hints() {
        return instance.hintsAfter(progress.get().wrong());
    }

    /** True once the hints have run out: the next step is to show how the answer comes about. */
    public boolean hintsExhausted() {
        return progress.get().wrong() > instance.hints().size();
    }

    // --- commands

    public Feedback answerNumber(String typed) {
        return record(typed, ExerciseChecker.checkNumber(instance, typed));
    }

    public Feedback answerGrid(String[][] typed) {
        return record(ExerciseProgress.gridText(typed), ExerciseChecker.checkGrid(instance, typed));
    }

    public Feedback answerChoice(int option) {
        String text = option >= 0 && option < instance.options().size() ? instance.options().get(option).plainText() : "";
        return record(text, ExerciseChecker.checkChoice(instance, option));
    }

    /** The index of the option whose text is {@code answer} (a saved choice), or −1. */
    public int optionIndex(String answer) {
        List<RichText> options = instance.options();
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).plainText().equals(answer)) {
                return i;
            }
        }
        return -1;
    }

    private Feedback record(String answer, Feedback f) {
        feedback.set(f);
        if (f.counts()) {
            try {
                progress.set(store.recordAnswer(lesson, exercise, answer, f));
            } catch (IOException e) {
                trouble.accept("Your answer could not be saved: " + e.getMessage());
            }
            changed.run();
        }
        return f;
    }
}
