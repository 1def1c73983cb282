package org.convlab.lesson.text;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convlab.lesson.source.Suggest;
import org.convlab.text.NearMiss;
import org.scilab.forge.jlatexmath.MacroInfo;
import org.scilab.forge.jlatexmath.SymbolAtom;
import org.scilab.forge.jlatexmath.TeXFormula;

/**
 * What a lesson's LaTeX may hold, checked where the lesson is read so that {@code lesson check}
 * and the player's problem list name a bad formula by file and line, not only the page that
 * fails to draw it. Commands that define macros or reach files are refused; anything else must
 * be LaTeX that JLaTeXMath, the player's renderer, can read.
 */
public final class MathRules {
    private static final Set<String> REFUSED = Set.of("includegraphics", "newcommand", "renewcommand", "newenvironment",
            "renewenvironment", "def", "input", "include");
    private static final Pattern COMMAND = Pattern.compile("\\\\([A-Za-z@]+)");
    /** One use of JLaTeXMath at a time: see {@link #withJLaTeXMath}. */
    private static final Object PARSE_LOCK = new Object();
    /** How JLaTeXMath 1.0.7 words an unknown command. */
    private static final Pattern UNKNOWN = Pattern.compile("Unknown symbol or command or predefined TeXFormula: '([A-Za-z@]+)'");
    private static Set<String> known; // guarded by PARSE_LOCK

    private MathRules() {
    }

    /** Why a formula may not be drawn at all (a refused command), or empty when it may. */
    public static Optional<String> refusal(String tex) {
        Matcher m = COMMAND.matcher(tex);
        while (m.find()) {
            String name = m.group(1);
            if (REFUSED.contains(name) || name.startsWith("jlm")) {
                return Optional.of("\\" + name + " is not allowed in lesson math");
            }
        }
        return Optional.empty();
    }

    /** What is wrong with a formula (refused, or not LaTeX the renderer reads), or empty. */
    public static Optional<String> problem(String tex) {
        Optional<String> refused = refusal(tex);
        if (refused.isPresent()) {
            return refused;
        }
        Optional<String> braces = braces(tex);
        if (braces.isPresent()) {
            return braces;
        }
        try {
            withJLaTeXMath(() -> new TeXFormula(tex));
            return Optional.empty();
        } catch (RuntimeException | StackOverflowError e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
            Matcher unknown = UNKNOWN.matcher(why);
            if (unknown.matches()) {
                String name = unknown.group(1);
                return Optional.of("unknown LaTeX command `\\" + name + "`" + NearMiss.closest(name, knownCommands(), 2)
                        .map(k -> Suggest.hint("\\" + k)).orElse(""));
            }
            return Optional.of("the formula cannot be read: " + why);
        }
    }

    /**
     * Unbalanced braces, which JLaTeXMath forgives silently (it closes what is open at the end)
     * though the formula then means something else. A brace after a backslash is a
     * literal brace and does not count.
     */
    private static Optional<String> braces(String tex) {
        int depth = 0;
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '\\') {
                i++; // the next character is escaped (or starts a command name)
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth < 0) {
                return Optional.of("a `}` closes nothing (at character " + (i + 1) + " of the formula)");
            }
        }
        return depth == 0 ? Optional.empty()
                : Optional.of(depth == 1 ? "a `{` is never closed" : depth + " `{` are never closed");
    }

    /**
     * Runs {@code work} that uses JLaTeXMath. Its static tables are built on first use and are not
     * safe to use from two threads at once (lessons are read on worker threads while the player
     * draws on the FX thread), so every use of the library, here and in the player, goes through
     * this one lock.
     */
    public static <T> T withJLaTeXMath(Supplier<T> work) {
        synchronized (PARSE_LOCK) {
            return work.get();
        }
    }

    /** Every command JLaTeXMath knows: symbols, macros and its predefined formulas. */
    private static Set<String> knownCommands() {
        synchronized (PARSE_LOCK) {
            if (known == null) {
                Set<String> all = new TreeSet<>(SymbolAtom.symbols.keySet());
                all.addAll(MacroInfo.Commands.keySet());
                all.addAll(TeXFormula.predefinedTeXFormulas.keySet());
                all.removeIf(name -> REFUSED.contains(name) || name.startsWith("jlm"));
                known = Set.copyOf(all);
            }
            return known;
        }
    }
}
