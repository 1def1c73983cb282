package org.convlab.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The player's pieces that need no window: problem hints, progress marks, titles. */
class LessonPartsTest {
    @Test
    void aProblemsHintStandsOnItsOwn() {
        assertArrayEquals(new String[] {"unknown parameter `strde` for lab conv2d; parameters: `a` and `b`", "Did you mean `stride`?"},
                ProblemList.split("unknown parameter `strde` for lab conv2d (did you mean `stride`?); parameters: `a` and `b`"));
        assertArrayEquals(new String[] {"`kind` must be `grid`, not `gird`", "Did you mean `grid`?"},
                ProblemList.split("`kind` must be `grid`, not `gird` (did you mean `grid`?)"));
        assertArrayEquals(new String[] {"no such lesson file", null}, ProblemList.split("no such lesson file"));
    }

    @Test
    void progressMarksCountStepsSeenAndExercisesSolved() {
        assertEquals("3/9", new ProgressMark(3, 9, false).text());
        assertEquals("✓ 9/9", new ProgressMark(9, 9, true).text());
        assertEquals("", new ProgressMark(0, 0, false).text());
        assertEquals("3 of 9 steps and exercises done", new ProgressMark(3, 9, false).words());
    }

    @Test
    void aLessonIsTitledFromItsFolderUntilItIsRead() {
        assertEquals("Convolution", LessonCatalog.provisionalTitle(Path.of("lessons", "01-convolution", "lesson.md")));
        assertEquals("Receptive field", LessonCatalog.provisionalTitle(Path.of("lessons", "05-receptive-field", "lesson.md")));
    }
}
