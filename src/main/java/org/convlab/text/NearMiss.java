package org.convlab.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Finds the name a typo was meant to be ("strides" for "stride"), so every error about an unknown
 * name can say "did you mean …?". Case does not count; ties go to the alphabetically first name,
 * so a message never depends on the order of a set.
 */
public final class NearMiss {
    private NearMiss() {
    }

    /** The candidate closest to {@code word} within {@code maxEdits} edits, if any. */
    public static Optional<String> closest(String word, Collection<String> candidates, int maxEdits) {
        String best = null;
        int bestDistance = maxEdits + 1;
        String w = word.toLowerCase(Locale.ROOT);
        for (String c : new TreeSet<>(candidates)) {
            int d = editDistance(w, c.toLowerCase(Locale.ROOT), maxEdits);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The Levenshtein distance (insertions, deletions, substitutions) between a and b, or
     * Integer.MAX_VALUE when it is certainly above {@code limit} (the lengths alone differ by
     * more), which also keeps a long word from costing a large table.
     */
    public static int editDistance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return Integer.MAX_VALUE;
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
