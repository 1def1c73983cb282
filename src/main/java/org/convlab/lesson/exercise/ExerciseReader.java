package org.convlab.lesson.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.convlab.explain.LabSpec;
import org.convlab.lesson.source.Limits;
import org.convlab.lesson.source.MapReader;
import org.convlab.lesson.source.Pos;
import org.convlab.lesson.source.Problems;
import org.convlab.lesson.source.Suggest;
import org.convlab.lesson.source.YamlNode;

/**
 * Reads one ```exercise block into an {@link Exercise}, checking all that does not depend on
 * the drawn numbers: fields, kinds, parameters, answer names, expressions, options, and every
 * {@code {{name}}}. What depends on the numbers is checked by instantiating (see
 * {@link ExerciseValidator}).
 */
public final class ExerciseReader {
    static final List<String> FIELDS = List.of("id", "kind", "prompt", "params", "lab", "set", "answer", "tolerance",
            "channel", "layers", "distractors", "count", "options", "reveal", "hints", "explanation");
    private static final List<String> KINDS = List.of("numeric", "grid", "choice", "predict");

    private final Problems problems;

    public ExerciseReader(Problems problems) {
        this.problems = problems;
    }

    /** The exercise, or null when it has problems (all reported). */
    public Exercise read(YamlNode root, Pos blockPos, ExerciseContext ctx) {
        int before = problems.count();
        MapReader r = MapReader.of(root, blockPos, problems, "the exercise");
        r.allowOnly(FIELDS);
        String id = r.text("id", true, Limits.MAX_ID_CHARS);
        if (id != null && !id.matches("[a-z0-9][a-z0-9_-]*")) {
            r.bad("id", "must be lowercase letters, digits, - and _ (it names the exercise in saved progress)");
        }
        Exercise.Kind kind = kind(r);
        String prompt = r.text("prompt", true, Limits.MAX_TEXT_CHARS);
        ParamReader paramReader = new ParamReader(problems);
        ParamSpace params = paramReader.read(r.node("params"));
        Set<String> declared = paramReader.declared();

        // The page's lab is used only by exercises about a lab; an expression needs none.
        boolean ownLab = r.has("lab");
        if (!ownLab && ctx.pageLabBroken() && usesLab(r, kind)) {
            return null; // about the lab above, whose own problems are reported already
        }
        String lab = usesLab(r, kind) ? ctx.pageLab() : null;
        Map<String, Object> base = ctx.pageParams() == null ? Map.of() : ctx.pageParams();
        if (ownLab) {
            lab = r.text("lab", true, 20);
            base = Map.of();
            if (lab != null && !LabSpec.isLab(lab)) {
                r.bad("lab", "is not a lab" + Suggest.didYouMean(lab, List.of(LabSpec.CONV1D, LabSpec.CONV2D, LabSpec.POOL))
                        + "; labs are `conv1d`, `conv2d` and `pool`");
                lab = null;
            }
        }
        if (r.has("set") && lab == null && !ownLab) {
            problems.add(r.keyPos("set"), "`set` changes a lab, but there is none: place a ```lab block above the exercise"
                    + " or give the exercise its own `lab`");
        }
        if (r.has("set") && !(r.node("set") instanceof YamlNode.MapNode)) {
            r.bad("set", "must be a map of lab parameters");
        }
        YamlNode layers = layers(r);

        AnswerReader answers = new AnswerReader(problems, params, declared, lab);
        AnswerSpec answer = r.has("answer") ? answers.answer(r.node("answer"), layers != null) : null;
        List<Expression> distractors = r.has("distractors") ? answers.distractors(r.node("distractors")) : List.of();
        List<Template.Option> options = r.has("options") ? answers.options(r.node("options")) : List.of();
        Double tolerance = r.number("tolerance", false, 0, Limits.MAX_PARAM_MAGNITUDE);
        Integer channel = r.integer("channel", false, 0, 64);
        Integer count = r.integer("count", false, 2, Limits.MAX_OPTIONS);
        Template.Reveal reveal = r.has("reveal") ? reveal(r.node("reveal")) : null;
        List<String> hints = r.texts("hints", false, Limits.MAX_HINTS, Limits.MAX_SHORT_TEXT_CHARS);
        String explanation = r.text("explanation", false, Limits.MAX_TEXT_CHARS);
        if (kind != null) {
            new KindRules(problems, r).check(kind, answer, lab);
        }
        checkNames(r.map(), declared);
        if (problems.count() != before || kind == null || id == null || prompt == null) {
            return null;
        }
        List<Template.Text> hintTexts = new ArrayList<>();
        if (hints != null) {
            YamlNode h = r.node("hints");
            for (int i = 0; i < hints.size(); i++) {
                Pos p = h instanceof YamlNode.Seq s ? s.items().get(i).pos() : h.pos();
                hintTexts.add(new Template.Text(hints.get(i), p));
            }
        }
        Template t = new Template(id, kind, blockPos, new Template.Text(prompt, r.pos("prompt")), List.copyOf(hintTexts),
                explanation == null ? null : new Template.Text(explanation, r.pos("explanation")),
                params, lab, ownLab, base, ctx.pageLabNumber(), r.node("set"), layers, answer, tolerance,
                channel == null ? 0 : channel, r.pos("channel"), distractors, r.pos("distractors"),
                count == null ? 0 : count,
                options, reveal);
        return new Exercise(t, ctx);
    }

    /** True when the exercise is about a lab setup: it changes one, fills in an output, predicts, or asks what a lab computes. */
    private static boolean usesLab(MapReader r, Exercise.Kind kind) {
        if (r.has("set") || kind == Exercise.Kind.GRID || kind == Exercise.Kind.PREDICT) {
            return true;
        }
        YamlNode a = r.node("answer");
        String name = a instanceof YamlNode.Scalar s && s.value() instanceof String t ? t
                : a instanceof YamlNode.MapNode m && m.entries().size() == 1 ? m.entries().get(0).key() : "";
        return !name.equals("expr") && !name.equals("receptive_field");
    }

    private Exercise.Kind kind(MapReader r) {
        String k = r.text("kind", true, 20);
        if (k == null) {
            return null;
        }
        if (!KINDS.contains(k)) {
            r.bad("kind", "must be " + Suggest.list(KINDS) + ", not `" + k + "`" + Suggest.didYouMean(k, KINDS));
            return null;
        }
        return Exercise.Kind.valueOf(k.toUpperCase(Locale.ROOT));
    }

    private YamlNode layers(MapReader r) {
        YamlNode n = r.node("layers");
        if (n == null) {
            return null;
        }
        if (!(n instanceof YamlNode.Seq s) || s.items().isEmpty() || s.items().size() > Limits.MAX_LAYERS) {
            r.bad("layers", "must list 1 to " + Limits.MAX_LAYERS + " layers, each {kernel, stride, dilation, padding}");
            return null;
        }
        for (YamlNode item : s.items()) {
            MapReader.of(item, item.pos(), problems, "a layer").allowOnly(List.of("kernel", "stride", "dilation", "padding"));
        }
        return n;
    }

    private Template.Reveal reveal(YamlNode node) {
        MapReader r = MapReader.of(node, node.pos(), problems, "`reveal`");
        r.allowOnly(List.of("set", "at", "highlight", "caption"));
        String caption = r.text("caption", false, Limits.MAX_SHORT_TEXT_CHARS);
        if (r.has("set") && !(r.node("set") instanceof YamlNode.MapNode)) {
            r.bad("set", "must be a map of lab parameters");
        }
        return new Template.Reveal(r.node("set"), r.node("at"), r.node("highlight"),
                caption == null ? null : new Template.Text(caption, r.pos("caption")), node.pos());
    }

    /** Every {{name}} outside `params` must name a parameter. */
    private void checkNames(YamlNode.MapNode map, Set<String> names) {
        for (YamlNode.Entry e : map.entries()) {
            if (!e.key().equals("params")) {
                checkNames(e.value(), names);
            }
        }
    }

    private void checkNames(YamlNode node, Set<String> names) {
        switch (node) {
            case YamlNode.Scalar s -> {
                if (s.value() instanceof String t) {
                    for (String n : Substitution.names(t)) {
                        if (!names.contains(n)) {
                            problems.add(s.pos(), "unknown parameter `" + n + "` in {{" + n + "}}" + Suggest.didYouMean(n, names)
                                    + (names.isEmpty() ? "; declare it under `params`" : "; parameters: " + Suggest.list(names)));
                        }
                    }
                }
            }
            case YamlNode.Seq s -> s.items().forEach(i -> checkNames(i, names));
            case YamlNode.MapNode m -> m.entries().forEach(e -> checkNames(e.value(), names));
        }
    }
}
