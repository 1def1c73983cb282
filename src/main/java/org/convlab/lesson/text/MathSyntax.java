package org.convlab.lesson.text;

import java.util.Set;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.parser.Parser;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.commonmark.parser.SourceLine;

/**
 * LaTeX math in commonmark: {@code $…$} inline and {@code $$…$$} as a block. The math is taken
 * from the source as written, so Markdown never sees it: {@code \{}, {@code a_1} and {@code *}
 * arrive at jlatexmath untouched. Rules as in Pandoc: an inline opening {@code $} is followed by
 * a non-space, the closing one follows a non-space and is not followed by a digit (so "$5 and
 * $6" stays text); {@code \$} is a dollar sign. A block opens with a line starting {@code $$} and
 * ends at a line ending {@code $$}; a blank line inside is a mistake (TeX refuses it too).
 * Math inside a paragraph is at most {@value #MAX_INLINE_CHARS} characters ({@code $$…$$}:
 * {@value #MAX_DISPLAY_CHARS}); a longer one stays text.
 */
final class MathSyntax {
    private MathSyntax() {
    }

    static void install(Parser.Builder builder) {
        builder.customBlockParserFactory(new DisplayFactory());
        builder.customInlineContentParserFactory(new InlineFactory());
    }

    /** Inline math; {@code display} when written {@code $$…$$} inside a paragraph. */
    static final class InlineMath extends CustomNode {
        final String tex;
        final boolean display;

        InlineMath(String tex, boolean display) {
            this.tex = tex;
            this.display = display;
        }
    }

    /** Display math on lines of its own; {@code closed} is false when no closing $$ was found. */
    static final class DisplayMath extends CustomBlock {
        String tex = "";
        boolean closed;
    }

    private static final class DisplayParser extends AbstractBlockParser {
        private final DisplayMath block = new DisplayMath();
        private final StringBuilder tex = new StringBuilder();

        @Override
        public DisplayMath getBlock() {
            return block;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (block.closed) {
                return BlockContinue.none();
            }
            if (state.isBlank()) {
                return BlockContinue.none(); // left open: reported by the reader
            }
            CharSequence line = state.getLine().getContent();
            String rest = line.subSequence(state.getIndex(), line.length()).toString();
            String trimmed = rest.stripTrailing();
            if (trimmed.endsWith("$$") && !trimmed.endsWith("\\$$")) {
                tex.append(trimmed, 0, trimmed.length() - 2);
                block.closed = true;
                return BlockContinue.finished();
            }
            return BlockContinue.atIndex(state.getIndex());
        }

        @Override
        public void addLine(SourceLine line) {
            tex.append(line.getContent()).append('\n');
        }

        @Override
        public void closeBlock() {
            block.tex = tex.toString().strip();
        }
    }

    private static final class DisplayFactory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            int start = state.getNextNonSpaceIndex();
            if (line.length() < start + 2 || line.charAt(start) != '$' || line.charAt(start + 1) != '$') {
                return BlockStart.none();
            }
            DisplayParser parser = new DisplayParser();
            String rest = line.subSequence(start + 2, line.length()).toString().strip();
            if (rest.length() >= 2 && rest.endsWith("$$")) {
                parser.tex.append(rest, 0, rest.length() - 2);
                parser.block.closed = true;
            } else if (!rest.isEmpty()) {
                parser.tex.append(rest).append('\n');
            }
            return BlockStart.of(parser).atIndex(line.length());
        }
    }

    private static final class InlineFactory implements InlineContentParserFactory {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('$');
        }

        @Override
        public InlineContentParser create() {
            return InlineMathParser::parse;
        }
    }

    /** Longest math inside a paragraph, in characters; longer formulas belong on lines of their own. */
    static final int MAX_INLINE_CHARS = 1_000;
    static final int MAX_DISPLAY_CHARS = 4_000;

    private static final class InlineMathParser {
        static ParsedInline parse(InlineParserState state) {
            Scanner s = state.scanner();
            s.next(); // the opening $
            boolean display = s.next('$');
            Position from = s.position();
            char first = s.peek();
            if (first == Scanner.END || (!display && Character.isWhitespace(first))) {
                return ParsedInline.none();
            }
            char previous = 0;
            // Bounded, so a paragraph full of lone dollars costs linear time, not quadratic.
            int budget = display ? MAX_DISPLAY_CHARS : MAX_INLINE_CHARS;
            while (s.hasNext() && budget-- > 0) {
                char c = s.peek();
                if (c == '\\') {
                    s.next();
                    previous = s.peek();
                    if (s.hasNext()) {
                        s.next();
                    }
                    continue;
                }
                if (c == '`' && !display) {
                    return ParsedInline.none(); // a code span wins: "$5 and `x$`" is not math
                }
                if (c == '$') {
                    Position to = s.position();
                    s.next();
                    if (display) {
                        if (s.next('$')) {
                            return ParsedInline.of(new InlineMath(s.getSource(from, to).getContent().strip(), true), s.position());
                        }
                    } else if (!Character.isWhitespace(previous) && !Character.isDigit(s.peek())) {
                        return ParsedInline.of(new InlineMath(s.getSource(from, to).getContent(), false), s.position());
                    }
                    previous = c;
                    continue;
                }
                previous = c;
                s.next();
            }
            return ParsedInline.none();
        }
    }
}
