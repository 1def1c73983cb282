package org.convlab.lesson.exercise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convlab.lesson.source.Limits;
import org.convlab.lesson.source.MapReader;
import org.convlab.lesson.source.Problems;
import org.convlab.lesson.source.YamlNode;

/**
 * Reads an exercise's {@code params}: each name is a fixed value ({@code s: 2}), a range of whole
 * numbers ({@code n: {range: [5, 9]}}, both ends included) or a list to choose from
 * ({@code k: {choose: [3, 5]}}).
 */
final class ParamReader {
    private final Problems problems;
    private final java.util.Set<String> declared = new java.util.LinkedHashSet<>();

    ParamReader(Problems problems) {
        this.problems = problems;
    }

    ParamSpace read(YamlNode node) {
        if (node == null) {
            return ParamSpace.NONE;
        }
        MapReader r = MapReader.of(node, node.pos(), problems, "`params`");
        Map<String, ParamSpec> specs = new LinkedHashMap<>();
        if (r.map().entries().size() > Limits.MAX_PARAMS) {
            problems.add(node.pos(), "too many parameters: " + r.map().entries().size() + ", at most " + Limits.MAX_PARAMS);
            return ParamSpace.NONE;
        }
        for (YamlNode.Entry e : r.map().entries()) {
            if (!e.key().matches("[a-z_][a-z0-9_]{0,31}") || e.key().equals("floor") || e.key().equals("ceil")) {
                problems.add(e.keyPos(), "parameter name `" + e.key() + "` must be a short lowercase word (letters, digits, _),"
                        + " not floor or ceil");
                continue;
            }
            declared.add(e.key());
            ParamSpec spec = spec(e.key(), e.value());
            if (spec != null) {
                specs.put(e.key(), spec);
            }
        }
        return new ParamSpace(specs);
    }

    /** Every name written under `params`, including those whose value was bad (already reported). */
    java.util.Set<String> declared() {
        return declared;
    }

    private ParamSpec spec(String name, YamlNode value) {
        if (value instanceof YamlNode.Scalar s) {
            if (!(s.value() instanceof Number || s.value() instanceof String)) {
                problems.add(s.pos(), "parameter `" + name + "` must be a number, a text, {range: [a, b]} or {choose: [...]}");
                return null;
            }
            return finite(s) ? new ParamSpec.Fixed(s.value()) : null;
        }
        if (!(value instanceof YamlNode.MapNode m) || m.entries().size() != 1) {
            problems.add(value.pos(), "parameter `" + name + "` must be a number, a text, {range: [a, b]} or {choose: [...]}");
            return null;
        }
        YamlNode.Entry e = m.entries().get(0);
        return switch (e.key()) {
            case "range" -> range(name, e.value());
            case "choose" -> choose(name, e.value());
            default -> {
                problems.add(e.keyPos(), "parameter `" + name + "`: unknown `" + e.key() + "`; write {range: [a, b]} or {choose: [...]}");
                yield null;
            }
        };
    }

    private ParamSpec range(String name, YamlNode v) {
        if (!(v instanceof YamlNode.Seq s) || s.items().size() != 2
                || MapReader.wholeNumber(s.items().get(0)) == null || MapReader.wholeNumber(s.items().get(1)) == null) {
            problems.add(v.pos(), "parameter `" + name + "`: a range is two whole numbers, [smallest, largest]");
            return null;
        }
        int lo = MapReader.wholeNumber(s.items().get(0));
        int hi = MapReader.wholeNumber(s.items().get(1));
        if (Math.abs(lo) > Limits.MAX_PARAM_MAGNITUDE || Math.abs(hi) > Limits.MAX_PARAM_MAGNITUDE) {
            problems.add(v.pos(), "parameter `" + name + "`: ranges stay within ±" + Limits.MAX_PARAM_MAGNITUDE);
            return null;
        }
        if (lo > hi) {
            problems.add(v.pos(), "parameter `" + name + "`: range [" + lo + ", " + hi + "] is inverted; write the smaller number first: ["
                    + hi + ", " + lo + "]");
            return null;
        }
        return new ParamSpec.Range(lo, hi);
    }

    private ParamSpec choose(String name, YamlNode v) {
        if (!(v instanceof YamlNode.Seq s) || s.items().isEmpty() || s.items().size() > Limits.MAX_CHOICES) {
            problems.add(v.pos(), "parameter `" + name + "`: choose from a list of 1 to " + Limits.MAX_CHOICES + " values");
            return null;
        }
        List<Object> values = new ArrayList<>();
        for (YamlNode item : s.items()) {
            if (!(item instanceof YamlNode.Scalar sc) || !(sc.value() instanceof Number || sc.value() instanceof String) || !finite(sc)) {
                problems.add(item.pos(), "parameter `" + name + "`: choices must be numbers or texts, not " + item.describe());
                return null;
            }
            values.add(sc.value());
        }
        boolean numbers = values.get(0) instanceof Number;
        if (values.stream().anyMatch(x -> (x instanceof Number) != numbers)) {
            problems.add(v.pos(), "parameter `" + name + "`: choices must be all numbers or all texts");
            return null;
        }
        return new ParamSpec.Choose(List.copyOf(values));
    }

    private boolean finite(YamlNode.Scalar s) {
        if (s.value() instanceof Double d && !Double.isFinite(d)) {
            problems.add(s.pos(), "parameters must be finite numbers, not " + s.text());
            return false;
        }
        if (s.value() instanceof Number n && Math.abs(n.doubleValue()) > Limits.MAX_PARAM_MAGNITUDE) {
            problems.add(s.pos(), "parameters stay within ±" + Limits.MAX_PARAM_MAGNITUDE);
            return false;
        }
        return true;
    }
}
