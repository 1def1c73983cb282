package org.convlab.lesson.source;

import java.util.Collection;
import java.util.Locale;
import java.util.TreeSet;

/** "did you mean `stride`?" hints for near misses, and lists of what is allowed. */
public final class Suggest {
    private Suggest() {
    }

    /** " (did you mean `best`?)" when a candidate is within two edits, else "". */
    public static String didYouMean(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Math.min(3, Math.max(1, word.length() / 2 + 1));
        String w = word.toLowerCase(Locale.ROOT);
        for (String c : new TreeSet<>(candidates)) {
            int d = editDistance(w, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best == null ? "" : " (did you mean `" + best + "`?)";
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

    static int editDistance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 3 || a.length() > 64 || b.length() > 64) {
            return Integer.MAX_VALUE; // far apart; also keeps the table small for long words
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
