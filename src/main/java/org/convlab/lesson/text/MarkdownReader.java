package org.convlab.lesson.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.convlab.lesson.source.Limits;
import org.convlab.lesson.source.Pos;
import org.convlab.lesson.source.Problems;

/**
 * Turns Markdown (CommonMark with tables and LaTeX math) into {@link RichText}, checking images
 * and links as it goes. HTML is refused (comments are dropped: authors may leave notes), so what
 * the player shows is exactly what the Markdown says.
 */
public final class MarkdownReader {
    private static final Parser PARSER = buildParser();

    private final Problems problems;
    private final LinkRules links;
    private final Predicate<String> reservedFence;

    /**
     * @param reservedFence fence info words that are lesson blocks ("lab", "step", …): such a fence
     *                      found where narrative is expected (inside a list, a caption) is a mistake
     */
    public MarkdownReader(Problems problems, LinkRules links, Predicate<String> reservedFence) {
        this.problems = problems;
        this.links = links;
        this.reservedFence = reservedFence;
    }

    private static Parser buildParser() {
        Parser.Builder b = Parser.builder()
                .extensions(List.of(TablesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .maxOpenBlockParsers(Limits.MAX_MARKDOWN_DEPTH * 2);
        MathSyntax.install(b);
        return b.build();
    }

    /** Parses a whole text; the lesson parser walks its top-level blocks. */
    public static Document parse(String markdown) {
        return (Document) PARSER.parse(markdown);
    }

    /**
     * A short text from a YAML field (caption, prompt, hint): problems are reported at {@code at},
     * the field's place, since the text's own lines are not the file's.
     */
    public RichText read(String markdown, Pos at) {
        Document doc = parse(markdown);
        return new RichText(new Converter(at, 0).blocks(doc, 0));
    }

    /** Converts top-level blocks of a parsed body; {@code firstLine} is the file line of the body's line 0. */
    public RichText convert(List<Node> blocks, int firstLine) {
        Converter c = new Converter(null, firstLine);
        List<org.convlab.lesson.text.Block> out = new ArrayList<>();
        for (Node n : blocks) {
            c.block(n, 0, out);
        }
        return new RichText(out);
    }

    /** The file position of a node's start (or the fixed place for texts from YAML). */
    private final class Converter {
        private final Pos fixed;
        private final int firstLine;

        Converter(Pos fixed, int firstLine) {
            this.fixed = fixed;
            this.firstLine = firstLine;
        }

        Pos pos(Node n) {
            if (fixed != null) {
                return fixed;
            }
            for (Node x = n; x != null; x = x.getParent()) {
                if (!x.getSourceSpans().isEmpty()) {
                    var span = x.getSourceSpans().get(0);
                    return new Pos(firstLine + span.getLineIndex(), span.getColumnIndex() + 1);
                }
            }
            return new Pos(firstLine, 1);
        }

        /** A formula the player would refuse or could not read is a problem of the lesson, at its place. */
        void checkMath(Node n, String tex) {
            MathRules.problem(tex).ifPresent(why -> problems.add(pos(n), why));
        }

        List<org.convlab.lesson.text.Block> blocks(Node parent, int depth) {
            List<org.convlab.lesson.text.Block> out = new ArrayList<>();
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                block(n, depth, out);
            }
            return out;
        }

        void block(Node n, int depth, List<org.convlab.lesson.text.Block> out) {
            if (depth > Limits.MAX_MARKDOWN_DEPTH) {
                problems.add(pos(n), "lists and quotes nested too deeply (at most " + Limits.MAX_MARKDOWN_DEPTH + " levels)");
                return;
            }
            switch (n) {
                case Paragraph p -> paragraph(p, out);
                case Heading h -> out.add(new org.convlab.lesson.text.Block.Heading(h.getLevel(), inlines(h, 0)));
                case MathSyntax.DisplayMath m -> {
                    if (!m.closed) {
                        problems.add(pos(m), "display math is not closed: end it with `$$` (a blank line inside math is not allowed)");
                    } else {
                        checkMath(m, m.tex);
                    }
                    out.add(new org.convlab.lesson.text.Block.MathBlock(m.tex));
                }
                case FencedCodeBlock f -> {
                    String info = f.getInfo() == null ? "" : f.getInfo().strip();
                    String word = info.isEmpty() ? "" : info.split("\\s+")[0];
                    if (reservedFence.test(word)) {
                        problems.add(pos(f), "a ```" + word + " block must stand on its own at the start of a line,"
                                + " not inside a list, a quote or a text field");
                    }
                    out.add(new org.convlab.lesson.text.Block.CodeBlock(word, f.getLiteral()));
                }
                case IndentedCodeBlock c -> out.add(new org.convlab.lesson.text.Block.CodeBlock("", c.getLiteral()));
                case BulletList l -> out.add(new org.convlab.lesson.text.Block.BulletList(items(l, depth)));
                case OrderedList l -> out.add(new org.convlab.lesson.text.Block.OrderedList(l.getMarkerStartNumber() == null
                        ? 1 : l.getMarkerStartNumber(), items(l, depth)));
                case BlockQuote q -> out.add(new org.convlab.lesson.text.Block.Quote(blocks(q, depth + 1)));
                case ThematicBreak t -> out.add(new org.convlab.lesson.text.Block.Rule());
                case TableBlock t -> out.add(TableReader.table(t, this::inlinesOf));
                case HtmlBlock h -> html(h.getLiteral(), h);
                case LinkReferenceDefinition d -> {
                    // used by links; nothing to show
                }
                default -> problems.add(pos(n), "unsupported Markdown: " + n.getClass().getSimpleName());
            }
        }

        private void paragraph(Paragraph p, List<org.convlab.lesson.text.Block> out) {
            List<Inline> content = inlines(p, 0);
            // $$…$$ alone in a paragraph is display math, however it was wrapped.
            if (content.size() == 1 && content.get(0) instanceof Inline.Math m && m.display()) {
                out.add(new org.convlab.lesson.text.Block.MathBlock(m.tex()));
            } else if (!content.isEmpty()) {
                out.add(new org.convlab.lesson.text.Block.Paragraph(content));
            }
        }

        private List<List<org.convlab.lesson.text.Block>> items(Node list, int depth) {
            List<List<org.convlab.lesson.text.Block>> items = new ArrayList<>();
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    items.add(blocks(item, depth + 1));
                }
            }
            return items;
        }

        List<Inline> inlinesOf(Node parent) {
            return inlines(parent, 0);
        }

        List<Inline> inlines(Node parent, int depth) {
            List<Inline> out = new ArrayList<>();
            if (depth > Limits.MAX_MARKDOWN_DEPTH) {
                problems.add(pos(parent), "emphasis and links nested too deeply");
                return out;
            }
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                switch (n) {
                    case Text t -> text(out, t.getLiteral());
                    case Code c -> out.add(new Inline.Code(c.getLiteral()));
                    case Emphasis e -> out.add(new Inline.Emphasis(inlines(e, depth + 1)));
                    case StrongEmphasis s -> out.add(new Inline.Strong(inlines(s, depth + 1)));
                    case SoftLineBreak b -> out.add(new Inline.LineBreak(false));
                    case HardLineBreak b -> out.add(new Inline.LineBreak(true));
                    case MathSyntax.InlineMath m -> {
                        checkMath(m, m.tex);
                        out.add(new Inline.Math(m.tex, m.display));
                    }
                    case Link l -> {
                        String url = links.link(l.getDestination(), pos(l), problems);
                        List<Inline> content = inlines(l, depth + 1);
                        if (url == null) {
                            for (Inline x : content) {
                                if (x instanceof Inline.Text t) {
                                    text(out, t.text());
                                } else {
                                    out.add(x);
                                }
                            }
                        } else {
                            out.add(new Inline.Link(url, content));
                        }
                    }
                    case Image i -> {
                        var file = links.image(i.getDestination(), pos(i), problems);
                        if (file != null) {
                            out.add(new Inline.Image(file, altText(i), i.getTitle() == null ? "" : i.getTitle()));
                        }
                    }
                    case HtmlInline h -> html(h.getLiteral(), h);
                    default -> problems.add(pos(n), "unsupported Markdown: " + n.getClass().getSimpleName());
                }
            }
            return out;
        }

        private void html(String literal, Node n) {
            if (!literal.strip().startsWith("<!--")) {
                problems.add(pos(n), "HTML is not allowed in lessons; write Markdown (HTML comments are fine)");
            }
        }
    }

    /** Adjacent texts are merged, so "a $5" stays one piece even though the parser split it at the $. */
    private static void text(List<Inline> out, String s) {
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text prev) {
            out.set(out.size() - 1, new Inline.Text(prev.text() + s));
        } else {
            out.add(new Inline.Text(s));
        }
    }

    private static String altText(Image i) {
        StringBuilder sb = new StringBuilder();
        for (Node n = i.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                sb.append(t.getLiteral());
            }
        }
        return sb.toString();
    }

}
