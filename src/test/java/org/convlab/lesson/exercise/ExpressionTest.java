package org.convlab.lesson.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExpressionTest {
    private static double eval(String s, Map<String, Double> v) throws Exception {
        return Expression.parse(s).evaluate(v);
    }

    private static double eval(String s) throws Exception {
        return eval(s, Map.of());
    }

    @Test
    void precedenceAndAssociativity() throws Exception {
        assertEquals(7, eval("1 + 2 * 3"));
        assertEquals(9, eval("(1 + 2) * 3"));
        assertEquals(2, eval("8 / 2 / 2"), "left to right");
        assertEquals(-1, eval("1 - 1 - 1"), "left to right");
        assertEquals(-6, eval("-2 * 3"));
        assertEquals(5, eval("2 - -3"));
        assertEquals(0.5, eval("1 / 2"));
        assertEquals(12, eval("2×3÷1×2"));
        assertEquals(1, eval("3 − 2"), "the typographic minus");
    }

    @Test
    void floorCeilAndParameters() throws Exception {
        Map<String, Double> v = Map.of("n", 7.0, "p", 1.0, "k", 3.0, "s", 2.0);
        assertEquals(4, eval("floor((n + 2*p - k) / s) + 1", v));
        assertEquals(3, eval("ceil(n / s) - 1", v));
        assertEquals(-2, eval("floor(-1.5)"));
        assertEquals(Set.of("n", "p", "k", "s"), Expression.parse("floor((n + 2*p - k) / s) + 1").names());
    }

    @Test
    void pluggedInShowsTheValues() throws Exception {
        Expression e = Expression.parse("floor((n + 2*p - k) / s) + 1");
        assertEquals("floor((7 + 2 × 1 − 3) / 2) + 1", e.pluggedIn(Map.of("n", 7.0, "p", 1.0, "k", 3.0, "s", 2.0)));
    }

    @Test
    void divisionByZeroIsAnErrorNotInfinity() throws Exception {
        Expression e = Expression.parse("n / (s - 2)");
        var ex = assertThrows(Expression.ExpressionException.class, () -> e.evaluate(Map.of("n", 4.0, "s", 2.0)));
        assertTrue(ex.getMessage().contains("division by zero"), ex.getMessage());
        assertEquals(3, e.evaluate(Map.of("n", 3.0, "s", 3.0)));
    }

    @Test
    void syntaxErrorsSayWhere() {
        var e = assertThrows(Expression.ExpressionException.class, () -> Expression.parse("(n + 1"));
        assertTrue(e.getMessage().contains("missing `)`"), e.getMessage());
        assertEquals(7, e.column());
        assertEquals(3, assertThrows(Expression.ExpressionException.class, () -> Expression.parse("n ^ 2")).column());
        assertTrue(assertThrows(Expression.ExpressionException.class, () -> Expression.parse("sqrt(4)")).getMessage()
                .contains("unknown function `sqrt`"));
        assertTrue(assertThrows(Expression.ExpressionException.class, () -> Expression.parse("floor + 1")).getMessage()
                .contains("needs parentheses"));
        assertTrue(assertThrows(Expression.ExpressionException.class, () -> Expression.parse("1 +")).getMessage()
                .contains("ends too early"));
    }

    @Test
    void nestingAndLengthAreBounded() {
        String deep = "(".repeat(100) + "1" + ")".repeat(100);
        assertTrue(assertThrows(Expression.ExpressionException.class, () -> Expression.parse(deep)).getMessage().contains("too"));
        String minus = "-".repeat(150) + "1";
        assertTrue(assertThrows(Expression.ExpressionException.class, () -> Expression.parse(minus)).getMessage().contains("nested too deeply"));
        String longOne = "1+".repeat(150) + "1";
        assertTrue(assertThrows(Expression.ExpressionException.class, () -> Expression.parse(longOne)).getMessage().contains("too long"));
    }

    @Test
    void unknownNamesFailAtEvaluation() throws Exception {
        Expression e = Expression.parse("m + 1");
        assertTrue(assertThrows(Expression.ExpressionException.class, () -> e.evaluate(Map.of())).getMessage().contains("unknown name `m`"));
    }
}
