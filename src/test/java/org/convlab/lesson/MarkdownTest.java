package org.convlab.lesson;

import static org.convlab.lesson.LessonTestSupport.lesson;
import static org.convlab.lesson.LessonTestSupport.ok;
import static org.convlab.lesson.LessonTestSupport.one;
import static org.convlab.lesson.LessonTestSupport.parse;
import static org.convlab.lesson.LessonTestSupport.show;
import static org.convlab.lesson.LessonTestSupport.at;
import static org.convlab.lesson.LessonTestSupport.any;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.convlab.lesson.text.Block;
import org.convlab.lesson.text.Inline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The narrative: Markdown into blocks, math kept exactly as written. */
class MarkdownTest {
    @TempDir
    Path dir;

    private List<Block> blocks(String body) {
        Lesson l = ok(dir, lesson(body));
        return ((Segment.Narrative) l.segments().get(0)).text().blocks();
    }

    @Test
    void inlineMathKeepsBackslashesUnderscoresAndStars() {
        List<Block> b = blocks("The sum $\\sum_{i} w_i x_i * b$ and $\\{a_1\\}$ here.\n");
        Block.Paragraph p = (Block.Paragraph) b.get(0);
        assertEquals(List.of(new Inline.Text("The sum "), new Inline.Math("\\sum_{i} w_i x_i * b", false),
                new Inline.Text(" and "), new Inline.Math("\\{a_1\\}", false), new Inline.Text(" here.")), p.content());
    }

    @Test
    void displayMathOnItsOwnLinesIsABlockEvenWithMarkdownLookingLines() {
        List<Block> b = blocks("""
                Before.

                $$
                o = \\left\\lfloor \\frac{n + 2p - k}{s} \\right\\rfloor + 1
                - x_1
                $$

                $$ y = 2 $$
                """);
        assertEquals(new Block.MathBlock("o = \\left\\lfloor \\frac{n + 2p - k}{s} \\right\\rfloor + 1\n- x_1"), b.get(1));
        assertEquals(new Block.MathBlock("y = 2"), b.get(2));
    }

    @Test
    void dollarsThatAreNotMathStayText() {
        Block.Paragraph p = (Block.Paragraph) blocks("It costs $5 and $6, a \\$ sign, and `code $x$`.\n").get(0);
        assertTrue(p.content().stream().noneMatch(i -> i instanceof Inline.Math), p.toString());
        assertEquals("It costs $5 and $6, a $ sign, and code $x$.", new org.convlab.lesson.text.RichText(List.of(p)).plainText());
    }

    @Test
    void mathThePlayerCouldNotDrawIsReportedAtItsPlace() {
        ParseResult r = parse(dir, lesson("Fine $\\frac{a}{b}$, then $\\fraq{a}{b}$.\n\n$$\n\\newcommand{\\x}{1}\n$$\n"));
        assertEquals(2, r.problems().size(), show(r));
        at(r, 8, 26, "unknown LaTeX command `\\fraq` (did you mean `\\frac`?)");
        at(r, 10, 1, "\\newcommand is not allowed in lesson math");
    }

    @Test
    void mathInAYamlTextIsCheckedToo() {
        ParseResult r = parse(dir, lesson("""
                ```exercise
                id: e1
                kind: numeric
                lab: conv2d
                prompt: 'What is $\\fraq{1}{2}$?'
                answer: {output_size: width}
                ```
                """));
        any(r, "unknown LaTeX command `\\fraq`");
    }

    @Test
    void unclosedDisplayMathIsReported() {
        one(parse(dir, lesson("Text.\n\n$$\nx = 1\n\nMore text.\n")), 10, 1, "display math is not closed");
    }

    @Test
    void headingsListsTablesQuotesAndCode() {
        List<Block> b = blocks("""
                ## Output size $o$

                - one
                - **two** with *emphasis*

                3. three

                | n | o |
                |--:|:-:|
                | 5 | $3$ |

                > a quote

                ---
                """);
        assertEquals(new Block.Heading(2, List.of(new Inline.Text("Output size "), new Inline.Math("o", false))), b.get(0));
        assertTrue(b.get(1) instanceof Block.BulletList l && l.items().size() == 2);
        assertTrue(b.get(2) instanceof Block.OrderedList o && o.start() == 3);
        Block.Table t = (Block.Table) b.get(3);
        assertEquals(List.of(Block.Alignment.RIGHT, Block.Alignment.CENTER), t.alignments());
        assertEquals(List.of(new Inline.Math("3", false)), t.rows().get(0).get(1));
        assertTrue(b.get(4) instanceof Block.Quote);
        assertEquals(new Block.Rule(), b.get(5));
    }

    @Test
    void htmlIsRefusedButCommentsAreNotes() {
        ParseResult r = parse(dir, lesson("Text <b>bold</b>.\n"));
        LessonTestSupport.at(r, 8, 6, "HTML is not allowed");
        LessonTestSupport.at(r, 8, 13, "HTML is not allowed");
        ok(dir, lesson("<!-- a note for authors -->\n\nText.\n"));
    }

    @Test
    void linksGoOnlyToWebPages() {
        Block.Paragraph p = (Block.Paragraph) blocks("See [PyTorch](https://pytorch.org/docs).\n").get(0);
        assertEquals(new Inline.Link("https://pytorch.org/docs", List.of(new Inline.Text("PyTorch"))), p.content().get(1));
        one(parse(dir, lesson("See [notes](../secret.txt).\n")), 8, 5, "links may only go to web pages");
        one(parse(dir, lesson("See [x](file:///etc/passwd).\n")), 8, 5, "links may only go to web pages");
    }
}
