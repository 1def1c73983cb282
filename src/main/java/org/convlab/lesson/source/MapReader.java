package org.convlab.lesson.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Typed access to the fields of one YAML map, reporting every mistake at its place: unknown
 * fields (with a suggestion), missing required ones, values of the wrong type or out of range.
 * Getters return null after reporting, so a caller checks many fields in one pass.
 */
public final class MapReader {
    private final YamlNode.MapNode map;
    private final Problems problems;
    private final String what;

    private MapReader(YamlNode.MapNode map, Problems problems, String what) {
        this.map = map;
        this.problems = problems;
        this.what = what;
    }

    /**
     * A reader over {@code node}, which must be a map; anything else is reported and read as an
     * empty map. {@code what} names the thing in messages ("the exercise", "front matter").
     */
    public static MapReader of(YamlNode node, Pos fallback, Problems problems, String what) {
        if (node instanceof YamlNode.MapNode m) {
            return new MapReader(m, problems, what);
        }
        Pos at = node == null ? fallback : node.pos();
        problems.add(at, what + " must be a map of `field: value` lines" + (node == null ? ", but is empty" : ", not " + node.describe()));
        return new MapReader(new YamlNode.MapNode(List.of(), at), problems, what);
    }

    public YamlNode.MapNode map() {
        return map;
    }

    public Problems problems() {
        return problems;
    }

    /** Reports each field not in {@code allowed}, with the nearest allowed name. */
    public void allowOnly(Collection<String> allowed) {
        for (YamlNode.Entry e : map.entries()) {
            if (!allowed.contains(e.key())) {
                problems.add(e.keyPos(), "unknown field `" + e.key() + "` in " + what + Suggest.didYouMean(e.key(), allowed)
                        + "; fields: " + Suggest.list(allowed));
            }
        }
    }

    public boolean has(String key) {
        return map.entry(key) != null;
    }

    public YamlNode node(String key) {
        return map.get(key);
    }

    /** Where the value of {@code key} is, or the map's own place when it is missing. */
    public Pos pos(String key) {
        YamlNode n = map.get(key);
        return n == null ? map.pos() : n.pos();
    }

    public Pos keyPos(String key) {
        YamlNode.Entry e = map.entry(key);
        return e == null ? map.pos() : e.keyPos();
    }

    public void bad(String key, String message) {
        problems.add(pos(key), "`" + key + "` " + message);
    }

    private boolean missing(String key, boolean required) {
        YamlNode n = map.get(key);
        if (n == null || (n instanceof YamlNode.Scalar s && s.value() == null)) {
            if (required) {
                problems.add(map.pos(), what + " needs a `" + key + "` field");
            }
            return true;
        }
        return false;
    }

    /** A text of 1..maxChars characters (numbers are accepted as their text). */
    public String text(String key, boolean required, int maxChars) {
        if (missing(key, required)) {
            return null;
        }
        if (!(map.get(key) instanceof YamlNode.Scalar s) || s.value() instanceof Boolean) {
            bad(key, "must be text, not " + map.get(key).describe());
            return null;
        }
        String t = s.value() instanceof String str ? str : s.text();
        if (t.isBlank()) {
            bad(key, "must not be empty");
            return null;
        }
        if (t.length() > maxChars) {
            bad(key, "is too long: " + t.length() + " characters, at most " + maxChars);
            return null;
        }
        return t;
    }

    /** A whole number in [min, max]. */
    public Integer integer(String key, boolean required, int min, int max) {
        if (missing(key, required)) {
            return null;
        }
        Integer v = wholeNumber(map.get(key));
        if (v == null || v < min || v > max) {
            bad(key, "must be a whole number from " + min + " to " + max + ", not " + map.get(key).describe());
            return null;
        }
        return v;
    }

    /** A finite number in [min, max]. */
    public Double number(String key, boolean required, double min, double max) {
        if (missing(key, required)) {
            return null;
        }
        if (!(map.get(key) instanceof YamlNode.Scalar s && s.value() instanceof Number n)
                || !Double.isFinite(n.doubleValue()) || n.doubleValue() < min || n.doubleValue() > max) {
            bad(key, "must be a number from " + min + " to " + max + ", not " + map.get(key).describe());
            return null;
        }
        return n.doubleValue();
    }

    public Boolean bool(String key) {
        if (missing(key, false)) {
            return null;
        }
        if (!(map.get(key) instanceof YamlNode.Scalar s && s.value() instanceof Boolean b)) {
            bad(key, "must be true or false, not " + map.get(key).describe());
            return null;
        }
        return b;
    }

    /** A list of texts (a single text counts as a list of one). */
    public List<String> texts(String key, boolean required, int maxItems, int maxChars) {
        if (missing(key, required)) {
            return null;
        }
        YamlNode n = map.get(key);
        List<YamlNode> items = n instanceof YamlNode.Seq seq ? seq.items() : List.of(n);
        if (items.isEmpty() && required) {
            bad(key, "must list at least one entry");
            return null;
        }
        if (items.size() > maxItems) {
            bad(key, "has " + items.size() + " entries, at most " + maxItems);
            return null;
        }
        List<String> out = new ArrayList<>();
        for (YamlNode item : items) {
            if (!(item instanceof YamlNode.Scalar s) || !(s.value() instanceof String t) || t.isBlank()) {
                problems.add(item.pos(), "`" + key + "` entries must be text, not " + item.describe());
            } else if (t.length() > maxChars) {
                problems.add(item.pos(), "`" + key + "` entry is too long: " + t.length() + " characters, at most " + maxChars);
            } else {
                out.add(t);
            }
        }
        return out.size() == items.size() ? List.copyOf(out) : null;
    }

    /** The whole number a node holds (3 or 3.0), or null. */
    public static Integer wholeNumber(YamlNode n) {
        if (n instanceof YamlNode.Scalar s && s.value() instanceof Number num) {
            double d = num.doubleValue();
            if (d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE) {
                return (int) d;
            }
        }
        return null;
    }
}
