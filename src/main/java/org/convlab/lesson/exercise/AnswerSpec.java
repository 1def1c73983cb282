package org.convlab.lesson.exercise;

import java.util.List;
import org.convlab.lesson.source.Pos;
import org.convlab.lesson.source.YamlNode;

/**
 * What an exercise's answer is, named as what the engine computes; the value itself is never
 * written by the author. Read from the exercise's {@code answer} field.
 */
sealed interface AnswerSpec {
    Pos pos();

    /** The names an author may write, for messages and suggestions. */
    List<String> NAMES = List.of("output_size", "output_value", "parameter_count", "receptive_field", "expr", "output");

    /** Output height, width (2D) or length (1D) of the exercise's lab setup. */
    record OutputSize(String axis, Pos pos) implements AnswerSpec {
    }

    /** One output cell of the lab setup, computed by the trace (equal to the engine's). */
    record OutputValue(YamlNode cell, Pos pos) implements AnswerSpec {
    }

    /** Weights plus biases of the conv setup. */
    record ParameterCount(Pos pos) implements AnswerSpec {
    }

    /** Size, jump or start of the receptive field after the exercise's {@code layers}. */
    record ReceptiveField(String what, Pos pos) implements AnswerSpec {
    }

    /** An arithmetic expression over the parameters, where nothing else fits. */
    record Expr(Expression expression, Pos pos) implements AnswerSpec {
    }

    /** The whole output plane (fill-in grids). */
    record Output(Pos pos) implements AnswerSpec {
    }
}
