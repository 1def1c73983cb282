package org.convlab.lesson.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with the place it was written, so every later check can point at the exact
 * line and column. Only the three safe shapes exist: scalars, lists and maps with text keys.
 */
public sealed interface YamlNode {
    Pos pos();

    /** Plain Java values (String, Long, Double, Boolean, null, List, Map) as LabSpecParser takes them. */
    Object plain();

    /** A short description for messages: "a list", "the text \"x\"", "the number 3". */
    String describe();

    /** A scalar: {@code value} is a String, Long, Double, Boolean or null; {@code text} as written. */
    record Scalar(Object value, String text, Pos pos) implements YamlNode {
        @Override
        public Object plain() {
            return value;
        }

        @Override
        public String describe() {
            if (value == null) {
                return "nothing";
            }
            if (value instanceof String s) {
                return "the text \"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
            }
            return (value instanceof Boolean ? "" : "the number ") + text;
        }
    }

    record Seq(List<YamlNode> items, Pos pos) implements YamlNode {
        @Override
        public Object plain() {
            List<Object> out = new ArrayList<>(items.size());
            for (YamlNode n : items) {
                out.add(n.plain());
            }
            return out;
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A map with its entries in written order; keys are unique (duplicates are reported). */
    record MapNode(List<Entry> entries, Pos pos) implements YamlNode {
        public Entry entry(String key) {
            for (Entry e : entries) {
                if (e.key().equals(key)) {
                    return e;
                }
            }
            return null;
        }

        public YamlNode get(String key) {
            Entry e = entry(key);
            return e == null ? null : e.value();
        }

        @Override
        public Map<String, Object> plain() {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Entry e : entries) {
                out.put(e.key(), e.value().plain());
            }
            return out;
        }

        @Override
        public String describe() {
            return "a map";
        }
    }

    record Entry(String key, Pos keyPos, YamlNode value) {
    }
}
