package org.convlab.lesson.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.convlab.lesson.lab.LabState;
import org.convlab.lesson.lab.LabStateReader;
import org.convlab.lesson.source.BlockKinds;
import org.convlab.lesson.source.Pos;
import org.convlab.lesson.source.Problems;
import org.convlab.lesson.source.YamlNode;
import org.convlab.lesson.text.LinkRules;
import org.convlab.lesson.text.MarkdownReader;
import org.convlab.lesson.text.RichText;

/**
 * Builds an {@link ExerciseInstance} for one set of parameter values: fills in the texts, sets
 * up the lab, computes the answer and the options, resolves the reveal. Problems with these
 * values are collected in the instance, never thrown.
 */
final class Instantiator {
    private final Exercise exercise;
    private final Template t;

    Instantiator(Exercise exercise) {
        this.exercise = exercise;
        this.t = exercise.template;
    }

    ExerciseInstance build(Map<String, Object> values) {
        ExerciseContext ctx = exercise.context;
        Problems problems = new Problems(ctx.file());
        ExerciseInstance.Parts parts = null;
        try {
            parts = parts(values, problems, ctx);
        } catch (RuntimeException e) {
            // A bug here must not take the lesson down; it becomes a problem shown in place.
            problems.add(t.pos(), "this exercise could not be built (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        return new ExerciseInstance(exercise, values, problems.sorted(), problems.isEmpty() ? parts : null);
    }

    private ExerciseInstance.Parts parts(Map<String, Object> values, Problems problems, ExerciseContext ctx) {
        MarkdownReader md = new MarkdownReader(problems, new LinkRules(ctx.lessonFolder(), ctx.assetsFolder()), BlockKinds::isKind);
        RichText prompt = text(md, t.prompt(), values);
        List<RichText> hints = new ArrayList<>();
        for (Template.Text h : t.hints()) {
            hints.add(text(md, h, values));
        }
        RichText explanation = text(md, t.explanation(), values);

        LabStateReader labs = new LabStateReader(problems);
        LabState lab = null;
        YamlNode set = t.set() == null ? null : Substitution.node(t.set(), values);
        if (t.hasSetup()) {
            Map<String, Object> params = labs.apply(t.lab(), t.baseParams(), set);
            lab = labs.resolve(t.lab(), params, key -> where(set, key), t.pos(), null, null, false);
            if (lab == null) {
                return null;
            }
        }
        LabState reveal = null;
        RichText revealCaption = null;
        if (t.reveal() != null && lab != null) {
            Template.Reveal r = t.reveal();
            YamlNode rset = r.set() == null ? null : Substitution.node(r.set(), values);
            Map<String, Object> params = labs.apply(t.lab(), lab.params(), rset);
            reveal = labs.resolve(t.lab(), params, key -> where(rset, key), r.pos(),
                    r.at() == null ? null : Substitution.node(r.at(), values),
                    r.highlight() == null ? null : Substitution.node(r.highlight(), values), false);
            revealCaption = text(md, r.caption(), values);
        }
        // A prediction is about the state the lab moves to, so its answer is computed there.
        LabState asked = reveal != null ? reveal : lab;
        AnswerComputer computer = new AnswerComputer(problems, values);
        Explanation answer = t.answer() == null || (t.reveal() != null && reveal == null) ? null
                : computer.compute(t.answer(), asked, t.layers());
        float[][] grid = null;
        if (t.kind() == Exercise.Kind.GRID) {
            grid = computer.grid(lab.spec(), t.channel(), t.channelPos(), t.pos());
        }
        List<RichText> options = List.of();
        int correct = -1;
        List<RichText> notes = List.of();
        if (t.computedChoice() && answer != null) {
            List<Explanation.Arithmetic> distractors = new ArrayList<>();
            for (Expression d : t.distractors()) {
                Explanation.Arithmetic a = computer.expression(d, ChoiceBuilder.pos(t));
                if (a != null) {
                    distractors.add(a);
                }
            }
            ChoiceBuilder.Choices c = ChoiceBuilder.build(answer.value(), distractors, ChoiceBuilder.count(t));
            options = c.labels().stream().map(l -> md.read(l, t.pos())).toList();
            correct = c.correct();
        } else if (!t.options().isEmpty()) {
            List<RichText> texts = new ArrayList<>();
            List<RichText> why = new ArrayList<>();
            for (int i = 0; i < t.options().size(); i++) {
                Template.Option o = t.options().get(i);
                texts.add(text(md, o.text(), values));
                why.add(text(md, o.why(), values));
                if (o.correct()) {
                    correct = i;
                }
            }
            options = texts;
            notes = why;
        }
        double tolerance = t.tolerance() != null ? t.tolerance()
                : answer != null && answer.value() != Math.rint(answer.value()) ? ExerciseChecker.DEFAULT_TOLERANCE : 0;
        return new ExerciseInstance.Parts(prompt, List.copyOf(hints), explanation, lab,
                answer == null ? null : answer.value(), answer, tolerance, grid, t.channel(),
                options, correct, notes, reveal, revealCaption);
    }

    private Pos where(YamlNode set, String key) {
        if (key != null && set instanceof YamlNode.MapNode m && m.get(key) != null) {
            return m.get(key).pos();
        }
        return t.pos();
    }

    private static RichText text(MarkdownReader md, Template.Text text, Map<String, Object> values) {
        return text == null ? RichText.EMPTY : md.read(Substitution.text(text.text(), values), text.pos());
    }
}
