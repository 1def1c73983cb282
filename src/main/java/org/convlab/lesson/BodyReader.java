package org.convlab.lesson;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.convlab.lesson.source.BlockKinds;
import org.convlab.lesson.source.Pos;
import org.convlab.lesson.source.Problems;
import org.convlab.lesson.source.Suggest;
import org.convlab.lesson.source.YamlNode;
import org.convlab.lesson.source.YamlReader;
import org.convlab.lesson.text.MarkdownReader;

/**
 * Walks the Markdown body's top-level blocks in order: runs of ordinary Markdown become
 * {@link Segment.Narrative}; fences whose info string names a lesson block ({@code lab NAME},
 * {@code step}, {@code exercise}) have their YAML body read and become labs, steps and exercises.
 * A near miss ({@code exercize}) is an error; any other info word is a code listing.
 */
final class BodyReader {
    private final Problems problems;
    private final MarkdownReader markdown;
    private final List<String> lines;
    private final int firstLine;
    private final BlockReader blocks;

    /**
     * @param lines     the body's lines
     * @param firstLine file line (1-based) of the body's first line
     */
    BodyReader(Problems problems, MarkdownReader markdown, List<String> lines, int firstLine, BlockReader blocks) {
        this.problems = problems;
        this.markdown = markdown;
        this.lines = lines;
        this.firstLine = firstLine;
        this.blocks = blocks;
    }

    List<Segment> read() {
        Document doc = MarkdownReader.parse(String.join("\n", lines));
        List<Segment> out = new ArrayList<>();
        List<Node> narrative = new ArrayList<>();
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            String kind = n instanceof FencedCodeBlock f ? kind(f) : null;
            if (kind == null) {
                narrative.add(n);
                continue;
            }
            flush(narrative, out);
            out.add(block((FencedCodeBlock) n, kind));
        }
        flush(narrative, out);
        return out;
    }

    private void flush(List<Node> narrative, List<Segment> out) {
        if (!narrative.isEmpty()) {
            out.add(new Segment.Narrative(line(narrative.get(0)), markdown.convert(narrative, firstLine)));
            narrative.clear();
        }
    }

    /** The lesson-block kind a fence names, "?word" for a near miss, or null for a code listing. */
    private static String kind(FencedCodeBlock f) {
        String info = f.getInfo() == null ? "" : f.getInfo().strip();
        String word = info.isEmpty() ? "" : info.split("\\s+")[0];
        if (BlockKinds.isKind(word)) {
            return word;
        }
        if (!word.isEmpty() && !Suggest.didYouMean(word, BlockKinds.ALL).isEmpty()) {
            return "?" + word;
        }
        return null;
    }

    private Segment block(FencedCodeBlock f, String kind) {
        int line = line(f);
        Pos at = new Pos(line, column(f));
        int mark = problems.mark();
        String info = f.getInfo().strip();
        String word = kind.startsWith("?") ? kind.substring(1) : kind;
        if (kind.startsWith("?")) {
            problems.add(at, "unknown block kind `" + word + "`" + Suggest.didYouMean(word, BlockKinds.ALL)
                    + "; blocks are ```lab NAME, ```step and ```exercise");
            return new Segment.Broken(line, word, problems.since(mark));
        }
        if (f.getClosingFenceLength() == null) {
            problems.add(at, "the ```" + word + " block is not closed: end it with a line of " + f.getFenceCharacter().repeat(3));
            return new Segment.Broken(line, word, problems.since(mark));
        }
        String args = info.substring(word.length()).strip();
        YamlNode yaml = new YamlReader(problems, line + 1, 0).read(body(f));
        if (problems.since(mark).isEmpty()) {
            Segment s = switch (word) {
                case BlockKinds.LAB -> blocks.lab(args, yaml, at);
                case BlockKinds.STEP -> blocks.step(args, yaml, at);
                default -> blocks.exercise(args, yaml, at);
            };
            if (s != null && problems.since(mark).isEmpty()) {
                return s;
            }
        } else {
            blocks.failed(word);
        }
        return new Segment.Broken(line, word, problems.since(mark));
    }

    /** The raw lines between the fences, so YAML positions are the file's. */
    private String body(FencedCodeBlock f) {
        var spans = f.getSourceSpans();
        int open = spans.get(0).getLineIndex();
        int close = spans.get(spans.size() - 1).getLineIndex();
        return String.join("\n", lines.subList(open + 1, Math.max(open + 1, close)));
    }

    private int line(Node n) {
        return n.getSourceSpans().isEmpty() ? firstLine : firstLine + n.getSourceSpans().get(0).getLineIndex();
    }

    private static int column(Node n) {
        return n.getSourceSpans().isEmpty() ? 1 : n.getSourceSpans().get(0).getColumnIndex() + 1;
    }
}
