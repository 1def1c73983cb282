package org.convlab.lesson.exercise;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.convlab.lesson.source.YamlNode;

/**
 * {@code {{name}}} in an exercise's texts and values, replaced by the parameter's value. In text
 * it is plain substitution (numbers written as lessons show them). A YAML value that is exactly
 * {@code "{{name}}"} takes the parameter's value itself, so {@code input_size: "{{n}}"} is a
 * number, not the text "7"; so is any value that reads as a number after substitution
 * ({@code "-{{p}}"}).
 */
public final class Substitution {
    private Substitution() {
    }

    /** The names used in {@code text}, in order. */
    public static Set<String> names(String text) {
        Set<String> out = new LinkedHashSet<>();
        int from = 0;
        while (true) {
            int open = text.indexOf("{{", from);
            int close = open < 0 ? -1 : text.indexOf("}}", open + 2);
            if (close < 0) {
                return out;
            }
            out.add(text.substring(open + 2, close).strip());
            from = close + 2;
        }
    }

    public static String text(String template, Map<String, Object> values) {
        if (template == null || !template.contains("{{")) {
            return template;
        }
        StringBuilder sb = new StringBuilder();
        int from = 0;
        while (true) {
            int open = template.indexOf("{{", from);
            int close = open < 0 ? -1 : template.indexOf("}}", open + 2);
            if (close < 0) {
                sb.append(template, from, template.length());
                return sb.toString();
            }
            String name = template.substring(open + 2, close).strip();
            sb.append(template, from, open);
            sb.append(values.containsKey(name) ? show(values.get(name)) : template.substring(open, close + 2));
            from = close + 2;
        }
    }

    /** A copy of {@code node} with every text substituted; places are kept for messages. */
    public static YamlNode node(YamlNode node, Map<String, Object> values) {
        return switch (node) {
            case YamlNode.Scalar s -> scalar(s, values);
            case YamlNode.Seq seq -> {
                List<YamlNode> items = new ArrayList<>(seq.items().size());
                for (YamlNode n : seq.items()) {
                    items.add(node(n, values));
                }
                yield new YamlNode.Seq(items, seq.pos());
            }
            case YamlNode.MapNode m -> {
                List<YamlNode.Entry> entries = new ArrayList<>(m.entries().size());
                for (YamlNode.Entry e : m.entries()) {
                    entries.add(new YamlNode.Entry(e.key(), e.keyPos(), node(e.value(), values)));
                }
                yield new YamlNode.MapNode(entries, m.pos());
            }
        };
    }

    private static YamlNode scalar(YamlNode.Scalar s, Map<String, Object> values) {
        if (!(s.value() instanceof String t) || !t.contains("{{")) {
            return s;
        }
        String stripped = t.strip();
        if (stripped.startsWith("{{") && stripped.endsWith("}}") && stripped.indexOf("{{", 2) < 0) {
            String name = stripped.substring(2, stripped.length() - 2).strip();
            if (values.containsKey(name)) {
                Object v = values.get(name);
                return new YamlNode.Scalar(v, show(v), s.pos());
            }
        }
        String replaced = text(t, values);
        return new YamlNode.Scalar(number(replaced), replaced, s.pos());
    }

    /** A substituted value that reads as a number is one ("-{{p}}" with p = 2 is -2); otherwise the text. */
    private static Object number(String text) {
        String t = text.strip();
        if (t.matches("[-+]?\\d{1,15}")) {
            return Long.parseLong(t);
        }
        if (t.matches("[-+]?\\d{1,15}\\.\\d{1,15}")) {
            return Double.parseDouble(t);
        }
        return text;
    }

    /** A parameter value as text: 7, 0.5, sobel_x. */
    public static String show(Object v) {
        if (v instanceof Number n) {
            return Numbers.format(n.doubleValue());
        }
        return String.valueOf(v);
    }
}
