package org.convlab.lesson.source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads one YAML text (front matter or a block's body) into {@link YamlNode}s, safely: YAML 1.2
 * core schema, only maps, lists and scalars, no tags, anchors or aliases, no duplicate keys,
 * bounded size and depth. snakeyaml-engine's composer recurses once per nesting level and has no
 * depth limit, so the nesting is measured first on the (iterative) event stream and deep texts
 * never reach the composer. Problems go to {@link Problems}; the reader never throws.
 */
public final class YamlReader {
    private static final Set<String> CORE_TAGS = Set.of(Tag.STR.getValue(), Tag.INT.getValue(), Tag.FLOAT.getValue(),
            Tag.BOOL.getValue(), Tag.NULL.getValue(), Tag.SEQ.getValue(), Tag.MAP.getValue());

    private final Problems problems;
    private final int firstLine;
    private final int columnShift;

    /**
     * @param firstLine   file line (1-based) of the text's first line
     * @param columnShift columns the text's lines were shifted left by (a fence's indentation)
     */
    public YamlReader(Problems problems, int firstLine, int columnShift) {
        this.problems = problems;
        this.firstLine = firstLine;
        this.columnShift = columnShift;
    }

    private static LoadSettings settings() {
        return LoadSettings.builder()
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(0)
                // Non-text keys are composed so that an unquoted {{n}} gets a helpful message, not a crash.
                .setAllowNonScalarKeys(true)
                .setCodePointLimit(Limits.MAX_FILE_BYTES)
                .setUseMarks(true)
                .build();
    }

    /** The text's single value, or null when it is empty or has problems (reported). */
    public YamlNode read(String text) {
        try {
            if (!checkEvents(text)) {
                return null;
            }
            Optional<Node> root = new Compose(settings()).composeString(text);
            if (root.isEmpty()) {
                return null;
            }
            int before = problems.count();
            YamlNode node = convert(root.get());
            return problems.count() == before ? node : null;
        } catch (MarkedYamlEngineException e) {
            Mark m = e.getProblemMark().orElse(e.getContextMark().orElse(null));
            String context = e.getContext() == null ? "" : " (" + e.getContext().trim()
                    + e.getContextMark().map(c -> " at " + pos(c)).orElse("") + ")";
            problems.add(m == null ? pos(0, 0) : pos(m), "bad YAML: " + oneLine(e.getProblem()) + context);
        } catch (RuntimeException | StackOverflowError e) {
            // Whatever else the library throws is still a problem of this text, not a crash of the app.
            problems.add(pos(0, 0), "bad YAML: " + oneLine(String.valueOf(e.getMessage())));
        }
        return null;
    }

    /** Walks the event stream: depth, node count, anchors, aliases, tags, number of documents. */
    private boolean checkEvents(String text) {
        int depth = 0;
        int nodes = 0;
        int documents = 0;
        for (Event e : new Parse(settings()).parseString(text)) {
            Pos at = e.getStartMark().map(this::pos).orElse(pos(0, 0));
            if (e instanceof DocumentStartEvent && ++documents > 1) {
                problems.add(at, "one YAML document per block: remove the `---` line");
                return false;
            }
            if (e instanceof AliasEvent) {
                problems.add(at, "YAML aliases (*name) are not allowed in lessons: write the value out");
                return false;
            }
            if (e instanceof NodeEvent ne && ne.getAnchor().isPresent()) {
                problems.add(at, "YAML anchors (&name) are not allowed in lessons: write the value out");
                return false;
            }
            if (e instanceof ScalarEvent s && s.getTag().isPresent() && !CORE_TAGS.contains(s.getTag().get())) {
                problems.add(at, "YAML tags like `" + s.getTag().get() + "` are not allowed in lessons");
                return false;
            }
            if (e instanceof CollectionStartEvent c) {
                if (c.getTag().isPresent() && !CORE_TAGS.contains(c.getTag().get())) {
                    problems.add(at, "YAML tags like `" + c.getTag().get() + "` are not allowed in lessons");
                    return false;
                }
                if (++depth > Limits.MAX_YAML_DEPTH) {
                    problems.add(at, "nested too deeply: lists and maps may be nested at most " + Limits.MAX_YAML_DEPTH + " levels");
                    return false;
                }
            }
            if (e instanceof CollectionEndEvent) {
                depth--;
            }
            if ((e instanceof ScalarEvent || e instanceof CollectionStartEvent) && ++nodes > Limits.MAX_YAML_NODES) {
                problems.add(at, "too many values: a block may hold at most " + Limits.MAX_YAML_NODES);
                return false;
            }
        }
        return true;
    }

    private YamlNode convert(Node node) {
        Pos at = node.getStartMark().map(this::pos).orElse(pos(0, 0));
        if (node instanceof ScalarNode s) {
            return scalar(s, at);
        }
        if (node instanceof SequenceNode seq) {
            List<YamlNode> items = new ArrayList<>(seq.getValue().size());
            for (Node n : seq.getValue()) {
                items.add(convert(n));
            }
            return new YamlNode.Seq(List.copyOf(items), at);
        }
        MappingNode map = (MappingNode) node;
        List<YamlNode.Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NodeTuple t : map.getValue()) {
            Node k = t.getKeyNode();
            Pos kp = k.getStartMark().map(this::pos).orElse(at);
            if (!(k instanceof ScalarNode ks)) {
                problems.add(kp, isUnquotedPlaceholder(k)
                        ? "`{{…}}` must be quoted in YAML: write \"{{name}}\""
                        : "keys must be plain words, not lists or maps");
                continue;
            }
            String key = ks.getValue();
            if (!seen.add(key)) {
                problems.add(kp, "duplicate key `" + key + "`: each key may appear once");
                continue;
            }
            entries.add(new YamlNode.Entry(key, kp, convert(t.getValueNode())));
        }
        return new YamlNode.MapNode(List.copyOf(entries), at);
    }

    /** {@code {{n}}} unquoted is a map whose key is the map {n: null}. */
    private static boolean isUnquotedPlaceholder(Node k) {
        return k instanceof MappingNode m && m.getValue().size() == 1 && m.getValue().get(0).getKeyNode() instanceof ScalarNode;
    }

    private YamlNode scalar(ScalarNode s, Pos at) {
        String text = s.getValue();
        if (text.length() > Limits.MAX_SCALAR_CHARS) {
            problems.add(at, "text too long: " + text.length() + " characters, at most " + Limits.MAX_SCALAR_CHARS);
            return new YamlNode.Scalar("", "", at);
        }
        String tag = s.getTag().getValue();
        Object value;
        if (tag.equals(Tag.INT.getValue())) {
            value = integer(text, at);
        } else if (tag.equals(Tag.FLOAT.getValue())) {
            value = floating(text);
        } else if (tag.equals(Tag.BOOL.getValue())) {
            value = text.toLowerCase(Locale.ROOT).equals("true");
        } else if (tag.equals(Tag.NULL.getValue())) {
            value = null;
        } else {
            value = text;
        }
        return new YamlNode.Scalar(value, text, at);
    }

    private Long integer(String text, Pos at) {
        String t = text;
        boolean negative = t.startsWith("-");
        if (t.startsWith("-") || t.startsWith("+")) {
            t = t.substring(1);
        }
        int radix = 10;
        if (t.startsWith("0x")) {
            radix = 16;
            t = t.substring(2);
        } else if (t.startsWith("0o")) {
            radix = 8;
            t = t.substring(2);
        }
        try {
            long v = Long.parseLong(t, radix);
            return negative ? -v : v;
        } catch (NumberFormatException e) {
            problems.add(at, "number too large: " + text);
            return 0L;
        }
    }

    private static Double floating(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return switch (t) {
            case ".inf", "+.inf" -> Double.POSITIVE_INFINITY;
            case "-.inf" -> Double.NEGATIVE_INFINITY;
            case ".nan" -> Double.NaN;
            default -> Double.parseDouble(t);
        };
    }

    private Pos pos(Mark m) {
        return pos(m.getLine(), m.getColumn());
    }

    private Pos pos(int line0, int column0) {
        return new Pos(firstLine + line0, column0 + 1 + columnShift);
    }

    private static String oneLine(String s) {
        return s == null ? "unreadable" : s.replaceAll("\\s+", " ").trim();
    }
}
