package org.convlab.lesson.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.convlab.explain.LabSpec;
import org.convlab.lesson.source.Limits;
import org.convlab.lesson.source.MapReader;
import org.convlab.lesson.source.Pos;
import org.convlab.lesson.source.Problems;
import org.convlab.lesson.source.Suggest;
import org.convlab.lesson.source.YamlNode;

/**
 * Reads the {@code answer} field, the computed-choice {@code distractors} and the conceptual
 * {@code options} of an exercise, checking each against the exercise's lab and parameters.
 */
final class AnswerReader {
    private final Problems problems;
    private final ParamSpace params;
    private final Set<String> declared;
    private final String lab;

    /** {@code declared}: every parameter name written, also those whose values were bad (reported already). */
    AnswerReader(Problems problems, ParamSpace params, Set<String> declared, String lab) {
        this.problems = problems;
        this.params = params;
        this.declared = declared;
        this.lab = lab;
    }

    /**
     * {@code answer: parameter_count}, {@code answer: {output_size: width}}, {@code answer: {expr: "n - k + 1"}}, …
     * Null (reported) when unreadable.
     */
    AnswerSpec answer(YamlNode node, boolean hasLayers) {
        String name;
        YamlNode arg;
        if (node instanceof YamlNode.Scalar s && s.value() instanceof String t) {
            name = t;
            arg = null;
        } else if (node instanceof YamlNode.MapNode m && m.entries().size() == 1) {
            name = m.entries().get(0).key();
            arg = m.entries().get(0).value();
        } else {
            problems.add(node.pos(), "`answer` names what the engine computes, e.g. `parameter_count` or {output_size: width};"
                    + " answers: " + Suggest.list(AnswerSpec.NAMES));
            return null;
        }
        Pos at = node.pos();
        if (!AnswerSpec.NAMES.contains(name)) {
            problems.add(at, "unknown answer `" + name + "`" + Suggest.didYouMean(name, AnswerSpec.NAMES)
                    + "; answers: " + Suggest.list(AnswerSpec.NAMES));
            return null;
        }
        boolean needsLab = !name.equals("expr") && !name.equals("receptive_field");
        if (needsLab && lab == null) {
            problems.add(at, "answer `" + name + "` is computed from a lab setup: place a ```lab block above the exercise"
                    + " or give the exercise its own `lab`");
            return null;
        }
        return switch (name) {
            case "output_size" -> outputSize(arg, at);
            case "output_value" -> {
                if (arg == null || !(arg instanceof YamlNode.Seq)) {
                    problems.add(at, "`output_value` takes an output cell, e.g. {output_value: [1, 2]} for row 1, column 2");
                    yield null;
                }
                yield new AnswerSpec.OutputValue(arg, at);
            }
            case "parameter_count" -> {
                if (LabSpec.POOL.equals(lab)) {
                    problems.add(at, "pooling has no parameters to count; `parameter_count` needs a conv1d or conv2d lab");
                    yield null;
                }
                yield noArgument(name, arg, at) ? new AnswerSpec.ParameterCount(at) : null;
            }
            case "receptive_field" -> receptiveField(arg, at, hasLayers);
            case "expr" -> expression(arg, at);
            default -> noArgument(name, arg, at) ? new AnswerSpec.Output(at) : null;
        };
    }

    private boolean noArgument(String name, YamlNode arg, Pos at) {
        if (arg != null && !(arg instanceof YamlNode.Scalar s && s.value() == null)) {
            problems.add(at, "`" + name + "` takes nothing more; write `answer: " + name + "`");
            return false;
        }
        return true;
    }

    private AnswerSpec outputSize(YamlNode arg, Pos at) {
        List<String> axes = LabSpec.CONV1D.equals(lab) ? List.of("length") : List.of("height", "width");
        String axis = arg instanceof YamlNode.Scalar s && s.value() instanceof String t ? t : null;
        if (axis == null || !axes.contains(axis)) {
            problems.add(arg == null ? at : arg.pos(), "`output_size` takes an axis of the " + lab + " lab: "
                    + Suggest.list(axes) + (axis == null ? "" : Suggest.didYouMean(axis, axes)));
            return null;
        }
        return new AnswerSpec.OutputSize(axis, at);
    }

    private AnswerSpec receptiveField(YamlNode arg, Pos at, boolean hasLayers) {
        List<String> what = List.of("size", "jump", "start");
        String w = arg instanceof YamlNode.Scalar s && s.value() instanceof String t ? t : null;
        if (w == null || !what.contains(w)) {
            problems.add(arg == null ? at : arg.pos(), "`receptive_field` takes " + Suggest.list(what)
                    + (w == null ? "" : Suggest.didYouMean(w, what)));
            return null;
        }
        if (!hasLayers) {
            problems.add(at, "`receptive_field` needs the exercise's `layers`: a list of {kernel, stride, dilation, padding}");
            return null;
        }
        return new AnswerSpec.ReceptiveField(w, at);
    }

    private AnswerSpec expression(YamlNode arg, Pos at) {
        Expression e = expression(arg, "expr");
        return e == null ? null : new AnswerSpec.Expr(e, at);
    }

    /** An expression over the numeric parameters, names checked; null after reporting. */
    Expression expression(YamlNode node, String field) {
        if (!(node instanceof YamlNode.Scalar s) || !(s.value() instanceof String || s.value() instanceof Number)) {
            problems.add(node == null ? Pos.START : node.pos(), "`" + field + "` must be an expression such as \"(n - k) / s + 1\"");
            return null;
        }
        String text = s.value() instanceof String t ? t : s.text();
        try {
            Expression e = Expression.parse(text);
            for (String name : e.names()) {
                ParamSpec spec = params.specs().get(name);
                if (spec == null && declared.contains(name)) {
                    return null; // its declaration is wrong, and says so
                }
                if (spec == null) {
                    problems.add(s.pos(), "unknown name `" + name + "` in `" + text + "`" + Suggest.didYouMean(name, params.names())
                            + (params.names().isEmpty() ? "; declare it under `params`" : "; parameters: " + Suggest.list(params.names())));
                    return null;
                }
                if (!spec.numeric()) {
                    problems.add(s.pos(), "parameter `" + name + "` is text, so `" + text + "` cannot compute with it");
                    return null;
                }
            }
            return e;
        } catch (Expression.ExpressionException ex) {
            problems.add(s.pos(), ex.getMessage() + (ex.column() > 0 ? " (character " + ex.column() + ")" : ""));
            return null;
        }
    }

    /** Wrong options for a computed choice: expressions whose values are offered beside the answer. */
    List<Expression> distractors(YamlNode node) {
        List<YamlNode> items = node instanceof YamlNode.Seq s ? s.items() : List.of(node);
        if (items.size() > Limits.MAX_OPTIONS - 1) {
            problems.add(node.pos(), "`distractors` has " + items.size() + " entries, at most " + (Limits.MAX_OPTIONS - 1));
            return null;
        }
        List<Expression> out = new ArrayList<>();
        for (YamlNode item : items) {
            Expression e = expression(item, "distractors");
            if (e == null) {
                return null;
            }
            out.add(e);
        }
        return out;
    }

    /** A number, or a single {{parameter}}: an option the engine could have computed. */
    private static boolean isNumber(String text) {
        String t = text.strip();
        return Numbers.parse(t) != null || (t.startsWith("{{") && t.endsWith("}}") && t.indexOf("{{", 2) < 0);
    }

    /** Conceptual options: texts, one marked {@code correct: true}; options that are all numbers must be computed instead. */
    List<Template.Option> options(YamlNode node) {
        if (!(node instanceof YamlNode.Seq s) || s.items().size() < 2 || s.items().size() > Limits.MAX_OPTIONS) {
            problems.add(node.pos(), "`options` must list 2 to " + Limits.MAX_OPTIONS + " options");
            return null;
        }
        List<Template.Option> out = new ArrayList<>();
        int correct = 0;
        for (YamlNode item : s.items()) {
            if (item instanceof YamlNode.Scalar sc && sc.value() instanceof String t) {
                out.add(new Template.Option(new Template.Text(t, sc.pos()), false, null));
                continue;
            }
            MapReader r = MapReader.of(item, item.pos(), problems, "an option");
            r.allowOnly(Set.of("text", "correct", "why"));
            String text = r.text("text", true, Limits.MAX_SHORT_TEXT_CHARS);
            Boolean right = r.bool("correct");
            String why = r.text("why", false, Limits.MAX_SHORT_TEXT_CHARS);
            if (text == null) {
                return null;
            }
            if (Boolean.TRUE.equals(right)) {
                correct++;
            }
            out.add(new Template.Option(new Template.Text(text, r.pos("text")), Boolean.TRUE.equals(right),
                    why == null ? null : new Template.Text(why, r.pos("why"))));
        }
        if (correct != 1) {
            problems.add(node.pos(), "mark exactly one option `correct: true` (found " + correct + ")");
            return null;
        }
        if (out.stream().allMatch(o -> isNumber(o.text().text()))) {
            problems.add(node.pos(), "these options are all numbers: let the engine compute the right one with `answer`"
                    + " (and offer wrong ones with `distractors`) instead of marking it by hand");
            return null;
        }
        return out;
    }
}
