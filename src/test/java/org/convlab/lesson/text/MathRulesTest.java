package org.convlab.lesson.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MathRulesTest {
    @Test
    void mathThatReadsFilesOrDefinesMacrosIsRefused() {
        assertEquals(Optional.empty(), MathRules.refusal("\\sum_{j=0}^{k-1} w_j\\,x_{i+j} \\quad \\lfloor n/s \\rfloor"));
        assertTrue(MathRules.refusal("x \\includegraphics{/etc/passwd}").orElseThrow().contains("\\includegraphics"));
        assertTrue(MathRules.refusal("\\newcommand{\\a}{\\a\\a}\\a").orElseThrow().contains("\\newcommand"));
        assertTrue(MathRules.refusal("\\jlmExternalFont{Serif}").orElseThrow().contains("\\jlmExternalFont"));
        assertTrue(MathRules.refusal("\\renewenvironment{x}{}{}").orElseThrow().contains("not allowed"));
    }

    @Test
    void aFormulaTheRendererCannotReadIsAProblem() {
        assertEquals(Optional.empty(), MathRules.problem("o = \\left\\lfloor \\frac{n + 2p - k}{s} \\right\\rfloor + 1"));
        assertEquals(Optional.empty(), MathRules.problem("\\mathbb{R}^{C \\times H \\times W}, \\; \\sigma(x) = \\tfrac{1}{1 + e^{-x}}"));
        assertEquals(Optional.of("unknown LaTeX command `\\fraq` (did you mean `\\frac`?)"), MathRules.problem("\\fraq{a}{b}"));
        assertEquals(Optional.of("unknown LaTeX command `\\tmes` (did you mean `\\times`?)"), MathRules.problem("k \\tmes k"));
        assertEquals(Optional.of("unknown LaTeX command `\\qwertyuiop`"), MathRules.problem("\\qwertyuiop"));
        assertTrue(MathRules.problem("\\def\\x{1}").orElseThrow().contains("\\def is not allowed"));
    }

    @Test
    void unbalancedBracesAreNamedThoughTheRendererWouldForgiveThem() {
        assertEquals(Optional.of("a `{` is never closed"), MathRules.problem("\\sqrt{x"));
        assertEquals(Optional.of("2 `{` are never closed"), MathRules.problem("\\frac{a{b"));
        assertEquals(Optional.of("a `}` closes nothing (at character 2 of the formula)"), MathRules.problem("x}"));
        assertEquals(Optional.empty(), MathRules.problem("\\{a_1, a_2\\}"), "escaped braces are literal");
        assertEquals(Optional.empty(), MathRules.problem("\\left\\{ x \\right. \\\\ {y}"), "a line break then a group");
    }
}
