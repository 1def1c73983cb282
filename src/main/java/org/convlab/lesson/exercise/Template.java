package org.convlab.lesson.exercise;

import java.util.List;
import java.util.Map;
import org.convlab.lesson.source.Pos;
import org.convlab.lesson.source.YamlNode;

/**
 * An exercise as written, checked for everything that does not depend on the drawn
 * parameters. Values that may hold {@code {{name}}} stay YAML nodes until a student's values
 * are known.
 *
 * @param lab        the lab the setup starts from ("conv2d", …), or null when the exercise has none
 * @param baseParams that lab's parameters before {@code set}: defaults for an own lab, the page lab's state otherwise
 * @param count      options of a computed choice as written, 0 when not given
 */
record Template(String id, Exercise.Kind kind, Pos pos,
                Text prompt, List<Text> hints, Text explanation,
                ParamSpace params, String lab, boolean ownLab, Map<String, Object> baseParams, int pageLab,
                YamlNode set, YamlNode layers, AnswerSpec answer, Double tolerance, int channel, Pos channelPos,
                List<Expression> distractors, Pos distractorsPos, int count,
                List<Option> options, Reveal reveal) {

    /** A text field and where it is. */
    record Text(String text, Pos pos) {
    }

    /** A conceptual option: text, whether it is the right one, and what to tell a student who picks it. */
    record Option(Text text, boolean correct, Text why) {
    }

    /** Where a prediction takes the lab: changes on top of the exercise's setup, a cell, highlights, a caption. */
    record Reveal(YamlNode set, YamlNode at, YamlNode highlight, Text caption, Pos pos) {
    }

    boolean hasSetup() {
        return lab != null;
    }

    /** True when the student picks the computed answer among options rather than typing it. */
    boolean computedChoice() {
        return answer != null && options.isEmpty()
                && (kind == Exercise.Kind.CHOICE || !distractors.isEmpty() || count > 0);
    }
}
