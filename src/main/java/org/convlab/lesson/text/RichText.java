package org.convlab.lesson.text;

import java.util.List;

/**
 * Formatted text from a lesson: narrative, a caption, a prompt, a hint. A list of blocks; short
 * texts are usually one paragraph.
 */
public record RichText(List<Block> blocks) {
    public static final RichText EMPTY = new RichText(List.of());

    public RichText {
        blocks = List.copyOf(blocks);
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    /** The words without formatting (math as its LaTeX source): for titles, tooltips, screen readers, tests. */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            block(b, sb);
        }
        return sb.toString();
    }

    private static void block(Block b, StringBuilder sb) {
        switch (b) {
            case Block.Heading h -> inlines(h.content(), sb);
            case Block.Paragraph p -> inlines(p.content(), sb);
            case Block.MathBlock m -> sb.append(m.tex());
            case Block.CodeBlock c -> sb.append(c.code());
            case Block.BulletList l -> items(l.items(), sb);
            case Block.OrderedList l -> items(l.items(), sb);
            case Block.Quote q -> q.blocks().forEach(x -> block(x, sb));
            case Block.Table t -> {
                t.header().forEach(c -> inlines(c, sb.append(' ')));
                t.rows().forEach(r -> r.forEach(c -> inlines(c, sb.append(' '))));
            }
            case Block.Rule r -> sb.append("---");
        }
    }

    private static void items(List<List<Block>> items, StringBuilder sb) {
        for (List<Block> item : items) {
            item.forEach(x -> block(x, sb));
            sb.append('\n');
        }
    }

    static void inlines(List<Inline> xs, StringBuilder sb) {
        for (Inline x : xs) {
            switch (x) {
                case Inline.Text t -> sb.append(t.text());
                case Inline.Emphasis e -> inlines(e.content(), sb);
                case Inline.Strong s -> inlines(s.content(), sb);
                case Inline.Code c -> sb.append(c.code());
                case Inline.Math m -> sb.append(m.display() ? "$$" : "$").append(m.tex()).append(m.display() ? "$$" : "$");
                case Inline.Link l -> inlines(l.content(), sb);
                case Inline.Image i -> sb.append(i.alt());
                case Inline.LineBreak br -> sb.append(br.hard() ? "\n" : " ");
            }
        }
    }
}
