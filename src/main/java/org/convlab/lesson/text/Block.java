package org.convlab.lesson.text;

import java.util.List;

/** A block of narrative: what a lesson's Markdown becomes, ready for the player to render. */
public sealed interface Block {
    /** # Heading, level 1 to 6. */
    record Heading(int level, List<Inline> content) implements Block {
    }

    record Paragraph(List<Inline> content) implements Block {
    }

    /** Display math ({@code $$ … $$} on lines of its own), LaTeX as written. */
    record MathBlock(String tex) implements Block {
    }

    /** A code listing; {@code language} is the fence's info word or "". */
    record CodeBlock(String language, String code) implements Block {
    }

    /** A bullet list; each item is a list of blocks. */
    record BulletList(List<List<Block>> items) implements Block {
    }

    /** A numbered list starting at {@code start}. */
    record OrderedList(int start, List<List<Block>> items) implements Block {
    }

    record Quote(List<Block> blocks) implements Block {
    }

    /** A table: header cells, then rows of cells; one alignment per column. */
    record Table(List<Alignment> alignments, List<List<Inline>> header, List<List<List<Inline>>> rows) implements Block {
    }

    /** A horizontal rule. */
    record Rule() implements Block {
    }

    enum Alignment {
        NONE, LEFT, CENTER, RIGHT
    }
}
