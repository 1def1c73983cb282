package org.convlab.cli.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.convlab.engine.Shapes;
import org.convlab.engine.Tensor;
import org.convlab.text.NearMiss;
import tools.jackson.databind.JsonNode;

/**
 * One spec object of the `compute` contract, read field by field. Every getter either returns
 * a valid value or throws a {@link SpecError} naming the field and the rule it breaks.
 */
final class Spec {
    /** Keys a script may add to label its cases; they are ignored, never mistaken for typos. */
    private static final Set<String> ANNOTATIONS = Set.of("id", "name", "comment", "description", "note", "label", "tag", "case", "title");

    private final String op;
    private final JsonNode node;

    Spec(String op, JsonNode node) {
        this.op = op;
        this.node = node;
    }

    String op() {
        return op;
    }

    boolean has(String field) {
        JsonNode v = node.get(field);
        return v != null && !v.isNull();
    }

    /**
     * Rejects fields that look like a misspelling of one this op knows ("strides" for "stride"),
     * so a typo never silently falls back to a default. Other extra keys are ignored.
     */
    void rejectTypos(Set<String> known) {
        for (String key : node.propertyNames()) {
            if (known.contains(key) || key.equals("op") || ANNOTATIONS.contains(key.toLowerCase(Locale.ROOT))) {
                continue;
            }
            NearMiss.closest(key, known, 2).ifPresent(k -> {
                throw new SpecError(key, op + ": unknown field \"" + key + "\"; did you mean \"" + k + "\"?");
            });
        }
    }

    /** A tensor field whose rank is one of {@code ranks}. */
    Tensor tensor(String field, int... ranks) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new SpecError(field, op + ": missing field \"" + field + "\"");
        }
        Tensor t = JsonTensor.read(v, field);
        for (int r : ranks) {
            if (t.rank() == r) {
                return t;
            }
        }
        throw new SpecError(field, op + ": field \"" + field + "\" has shape " + Shapes.describe(t.shape())
                + " (rank " + t.rank() + ") but must have rank " + joinOr(ranks));
    }

    /** An optional tensor field: null when absent or null. */
    Tensor optionalTensor(String field, int... ranks) {
        return has(field) ? tensor(field, ranks) : null;
    }

    /** A whole number at least {@code min}, or {@code dflt} when absent. */
    int integer(String field, int dflt, int min) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return dflt;
        }
        int x = wholeNumber(field, v, field);
        if (x < min) {
            throw new SpecError(field, op + ": field \"" + field + "\" must be at least " + min + ", got " + x);
        }
        return x;
    }

    /** A whole number or a pair [h, w] of them, each at least {@code min}; {@code dflt} (a pair) when absent. */
    int[] intPair(String field, int[] dflt, int min) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return dflt;
        }
        int[] pair;
        if (v.isArray()) {
            if (v.size() != 2) {
                throw new SpecError(field, op + ": field \"" + field + "\" must be a whole number or a pair [h, w], got an array of " + v.size());
            }
            pair = new int[] {wholeNumber(field, v.get(0), field + "[0]"), wholeNumber(field, v.get(1), field + "[1]")};
        } else {
            int x = wholeNumber(field, v, field);
            pair = new int[] {x, x};
        }
        for (int x : pair) {
            if (x < min) {
                throw new SpecError(field, op + ": field \"" + field + "\" must be at least " + min
                        + (min == 0 ? " (padding cannot be negative)" : "") + ", got " + x);
            }
        }
        return pair;
    }

    /** A finite number, or {@code dflt} when absent. */
    double number(String field, double dflt) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return dflt;
        }
        if (!v.isNumber()) {
            throw new SpecError(field, op + ": field \"" + field + "\" must be a number, got " + JsonTensor.describe(v));
        }
        double d = v.doubleValue();
        if (!Double.isFinite(d)) {
            throw new SpecError(field, op + ": field \"" + field + "\" must be finite, got " + d);
        }
        return d;
    }

    /** One of the given strings, or {@code dflt} when absent. */
    String choice(String field, String dflt, String... allowed) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return dflt;
        }
        if (v.isString()) {
            for (String a : allowed) {
                if (a.equals(v.asString())) {
                    return a;
                }
            }
        }
        throw new SpecError(field, op + ": field \"" + field + "\" must be " + joinOr(allowed) + ", got " + JsonTensor.describe(v));
    }

    /** The raw node of a field (may be null). */
    JsonNode raw(String field) {
        return node.get(field);
    }

    private int wholeNumber(String field, JsonNode v, String path) {
        if (!v.isNumber()) {
            throw new SpecError(field, op + ": field \"" + path + "\" must be a whole number, got " + JsonTensor.describe(v));
        }
        double d = v.doubleValue();
        if (!Double.isFinite(d) || d != Math.rint(d) || Math.abs(d) > 1_000_000) {
            throw new SpecError(field, op + ": field \"" + path + "\" must be a whole number of reasonable size, got " + v);
        }
        return (int) d;
    }

    static String joinOr(int... xs) {
        List<String> s = new ArrayList<>();
        for (int x : xs) {
            s.add(String.valueOf(x));
        }
        return joinOr(s.toArray(new String[0]));
    }

    static String joinOr(String... xs) {
        List<String> quoted = new ArrayList<>();
        for (String x : xs) {
            quoted.add(x.matches("\\d+") ? x : "\"" + x + "\"");
        }
        if (quoted.size() == 1) {
            return quoted.get(0);
        }
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
    }

}
