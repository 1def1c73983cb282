package org.convlab.lesson;

import java.util.List;
import java.util.Set;
import org.convlab.lesson.exercise.Exercise;
import org.convlab.lesson.lab.LabState;
import org.convlab.lesson.source.Problem;
import org.convlab.lesson.text.RichText;

/**
 * A piece of a lesson in reading order: narrative, a lab placed on the page, a step that moves
 * that lab, an exercise, or a block that could not be read (shown in place with its problems).
 * {@code line} is where it starts in lesson.md.
 */
public sealed interface Segment {
    int line();

    /** Text between blocks: headings, paragraphs, math, lists, tables, images. */
    record Narrative(int line, RichText text) implements Segment {
    }

    /**
     * A lab placed on the page ("```lab conv2d").
     *
     * @param number index among the lesson's labs
     * @param start  its starting state
     * @param locked parameter names the student may not change (steps still change them)
     */
    record LabBlock(int line, int number, LabState start, Set<String> locked) implements Segment {
        public LabBlock {
            locked = Set.copyOf(locked);
        }

        public String lab() {
            return start.lab();
        }
    }

    /**
     * A step: the lab above moves to {@code state} (parameter changes accumulate from step to step
     * of the same lab; the current cell and highlights belong to this step only).
     *
     * @param number    index among the lesson's steps
     * @param labNumber the lab it moves
     * @param changes   the parameters this step sets (a null value: back to the default)
     */
    record StepBlock(int line, int number, int labNumber, java.util.Map<String, Object> changes, LabState state,
                     RichText caption) implements Segment {
    }

    /** An exercise; {@code number} is its index among the lesson's exercises. */
    record ExerciseBlock(int line, int number, Exercise exercise) implements Segment {
    }

    /**
     * A block with problems (its own, or those of the lab it depends on); {@code kind} is "lab",
     * "step", "exercise" or the unknown word written.
     */
    record Broken(int line, String kind, List<Problem> problems) implements Segment {
        public Broken {
            problems = List.copyOf(problems);
        }
    }
}
