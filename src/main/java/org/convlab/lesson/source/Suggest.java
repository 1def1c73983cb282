package org.convlab.lesson.source;

import java.util.Collection;
import java.util.TreeSet;
import org.convlab.text.NearMiss;

/** "did you mean `stride`?" hints for near misses, and lists of what is allowed. */
public final class Suggest {
    private Suggest() {
    }

    /** " (did you mean `best`?)" for a near miss (a short word: fewer edits), else "". */
    public static String didYouMean(String word, Collection<String> candidates) {
        return NearMiss.closest(word, candidates, Math.min(2, word.length() / 2)).map(Suggest::hint).orElse("");
    }

    /** " (did you mean `shown`?)": the one wording of the hint, which the player's problem list sets apart. */
    public static String hint(String shown) {
        return " (did you mean `" + shown + "`?)";
    }

    /** "`a`, `b` and `c`", sorted. */
    public static String list(Collection<String> words) {
        StringBuilder sb = new StringBuilder();
        var sorted = new TreeSet<>(words);
        int i = 0;
        for (String s : sorted) {
            if (i > 0) {
                sb.append(i == sorted.size() - 1 ? " and " : ", ");
            }
            sb.append('`').append(s).append('`');
            i++;
        }
        return sb.toString();
    }

}
