package org.convlab.lesson.exercise;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.convlab.lesson.source.Limits;

/**
 * A small arithmetic expression over an exercise's parameters, for answers nothing else
 * computes: numbers, parameter names, {@code + - * /} (also {@code × ÷ −}), parentheses,
 * {@code floor(…)} and {@code ceil(…)}, with the usual precedence. Evaluated here by a
 * recursive-descent parser of bounded depth, never by a scripting engine.
 */
public final class Expression {
    /** A problem with an expression; {@code column} is 1-based within its text (0: not tied to one place). */
    public static final class ExpressionException extends Exception {
        private final int column;

        ExpressionException(String message, int column) {
            super(message);
            this.column = column;
        }

        public int column() {
            return column;
        }
    }

    private sealed interface Node {
    }

    private record Num(double value, String text) implements Node {
    }

    private record Var(String name) implements Node {
    }

    private record Neg(Node operand) implements Node {
    }

    private record Bin(char op, Node left, Node right, int column) implements Node {
    }

    private record Call(String function, Node argument) implements Node {
    }

    private static final Set<String> FUNCTIONS = Set.of("floor", "ceil");

    private final String source;
    private final Node root;
    private final Set<String> names;

    private Expression(String source, Node root, Set<String> names) {
        this.source = source;
        this.root = root;
        this.names = names;
    }

    /** Parses {@code text}; throws with the column of the first mistake. */
    public static Expression parse(String text) throws ExpressionException {
        if (text.length() > Limits.MAX_EXPRESSION_CHARS) {
            throw new ExpressionException("expression too long: " + text.length() + " characters, at most "
                    + Limits.MAX_EXPRESSION_CHARS, 0);
        }
        Parser p = new Parser(text);
        Node root = p.sum(0);
        p.skipSpaces();
        if (p.at < text.length()) {
            throw new ExpressionException("unexpected `" + text.charAt(p.at) + "` in `" + text + "`", p.at + 1);
        }
        return new Expression(text, root, Set.copyOf(p.names));
    }

    public String source() {
        return source;
    }

    /** The parameter names used. */
    public Set<String> names() {
        return names;
    }

    /** The value with {@code values} for the names; throws on a missing name, division by zero or overflow. */
    public double evaluate(Map<String, Double> values) throws ExpressionException {
        double v = eval(root, values);
        if (!Double.isFinite(v)) {
            throw new ExpressionException("`" + source + "` is not a finite number", 0);
        }
        return v;
    }

    /** The expression with the values written in, for feedback: "floor((7 + 2 − 3) / 2) + 1". */
    public String pluggedIn(Map<String, Double> values) {
        return show(root, values, 0);
    }

    private double eval(Node n, Map<String, Double> values) throws ExpressionException {
        return switch (n) {
            case Num num -> num.value();
            case Var v -> {
                Double x = values.get(v.name());
                if (x == null) {
                    throw new ExpressionException("unknown name `" + v.name() + "` in `" + source + "`", 0);
                }
                yield x;
            }
            case Neg neg -> -eval(neg.operand(), values);
            case Call c -> c.function().equals("floor") ? Math.floor(eval(c.argument(), values)) : Math.ceil(eval(c.argument(), values));
            case Bin b -> {
                double l = eval(b.left(), values);
                double r = eval(b.right(), values);
                yield switch (b.op()) {
                    case '+' -> l + r;
                    case '-' -> l - r;
                    case '*' -> l * r;
                    default -> {
                        if (r == 0) {
                            throw new ExpressionException("division by zero in `" + source + "`", b.column());
                        }
                        yield l / r;
                    }
                };
            }
        };
    }

    private static String show(Node n, Map<String, Double> values, int parentPrecedence) {
        return switch (n) {
            case Num num -> num.text();
            case Var v -> values.containsKey(v.name()) ? Numbers.format(values.get(v.name())) : v.name();
            case Neg neg -> "−" + show(neg.operand(), values, 3);
            case Call c -> c.function() + "(" + show(c.argument(), values, 0) + ")";
            case Bin b -> {
                int prec = b.op() == '+' || b.op() == '-' ? 1 : 2;
                String op = switch (b.op()) {
                    case '+' -> " + ";
                    case '-' -> " − ";
                    case '*' -> " × ";
                    default -> " / ";
                };
                String s = show(b.left(), values, prec) + op + show(b.right(), values, prec + 1);
                yield prec < parentPrecedence ? "(" + s + ")" : s;
            }
        };
    }

    /** sum := product (('+'|'-') product)*; product := unary (('*'|'/') unary)*; unary := '-' unary | atom. */
    private static final class Parser {
        private final String s;
        private int at;
        private final Set<String> names = new TreeSet<>();

        Parser(String s) {
            this.s = s;
        }

        void skipSpaces() {
            while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
                at++;
            }
        }

        /** The next operator as + - * /, or 0. */
        char peekOperator() {
            skipSpaces();
            if (at >= s.length()) {
                return 0;
            }
            return switch (s.charAt(at)) {
                case '+' -> '+';
                case '-', '−' -> '-';
                case '*', '×', '·' -> '*';
                case '/', '÷' -> '/';
                default -> 0;
            };
        }

        Node sum(int depth) throws ExpressionException {
            Node left = product(depth);
            for (char op = peekOperator(); op == '+' || op == '-'; op = peekOperator()) {
                int column = ++at;
                left = new Bin(op, left, product(depth), column);
            }
            return left;
        }

        Node product(int depth) throws ExpressionException {
            Node left = unary(depth);
            for (char op = peekOperator(); op == '*' || op == '/'; op = peekOperator()) {
                int column = ++at;
                left = new Bin(op, left, unary(depth), column);
            }
            return left;
        }

        Node unary(int depth) throws ExpressionException {
            if (depth > Limits.MAX_EXPRESSION_DEPTH) {
                throw new ExpressionException("expression nested too deeply in `" + s + "`", at + 1);
            }
            char op = peekOperator();
            if (op == '-' || op == '+') {
                at++;
                Node operand = unary(depth + 1);
                return op == '-' ? new Neg(operand) : operand;
            }
            return atom(depth);
        }

        Node atom(int depth) throws ExpressionException {
            skipSpaces();
            if (at >= s.length()) {
                throw new ExpressionException("`" + s + "` ends too early", at + 1);
            }
            char c = s.charAt(at);
            if (c == '(') {
                at++;
                Node inner = sum(depth + 1);
                expect(')');
                return inner;
            }
            if (Character.isDigit(c) || c == '.') {
                int start = at;
                while (at < s.length() && (Character.isDigit(s.charAt(at)) || s.charAt(at) == '.')) {
                    at++;
                }
                String text = s.substring(start, at);
                try {
                    return new Num(Double.parseDouble(text), text);
                } catch (NumberFormatException e) {
                    throw new ExpressionException("`" + text + "` is not a number", start + 1);
                }
            }
            if (Character.isLetter(c) || c == '_') {
                int start = at;
                while (at < s.length() && (Character.isLetterOrDigit(s.charAt(at)) || s.charAt(at) == '_')) {
                    at++;
                }
                String name = s.substring(start, at);
                skipSpaces();
                if (at < s.length() && s.charAt(at) == '(') {
                    if (!FUNCTIONS.contains(name)) {
                        throw new ExpressionException("unknown function `" + name + "`; functions are floor and ceil", start + 1);
                    }
                    at++;
                    Node arg = sum(depth + 1);
                    expect(')');
                    return new Call(name, arg);
                }
                if (FUNCTIONS.contains(name)) {
                    throw new ExpressionException("`" + name + "` needs parentheses: " + name + "(…)", start + 1);
                }
                names.add(name);
                return new Var(name);
            }
            throw new ExpressionException("unexpected `" + c + "` in `" + s + "`", at + 1);
        }

        void expect(char c) throws ExpressionException {
            skipSpaces();
            if (at >= s.length() || s.charAt(at) != c) {
                throw new ExpressionException("missing `" + c + "` in `" + s + "`", at + 1);
            }
            at++;
        }
    }
}
