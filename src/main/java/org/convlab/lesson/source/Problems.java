package org.convlab.lesson.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one lesson file. Parsers report here and carry on, so a file shows
 * all its mistakes at once; after {@link Limits#MAX_PROBLEMS} the rest are only counted.
 */
public final class Problems {
    private final Path file;
    private final List<Problem> list = new ArrayList<>();
    private int dropped;

    public Problems(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public void add(Pos pos, String message) {
        Pos p = pos == null ? Pos.START : pos;
        for (Problem q : list) {
            if (q.line() == p.line() && q.column() == p.column() && q.message().equals(message)) {
                return; // the same mistake found twice (e.g. by two sampled students) is reported once
            }
        }
        if (list.size() >= Limits.MAX_PROBLEMS) {
            dropped++;
            return;
        }
        list.add(new Problem(file, p.line(), p.column(), message));
    }

    /** A mark for {@link #since}: how many problems are listed now. */
    public int mark() {
        return list.size();
    }

    /** The problems listed after {@code mark}, in the order found. */
    public List<Problem> since(int mark) {
        return List.copyOf(list.subList(Math.min(mark, list.size()), list.size()));
    }

    public int count() {
        return list.size() + dropped;
    }

    public boolean isEmpty() {
        return count() == 0;
    }

    /** The problems in file order; a last entry says how many more were left out. */
    public List<Problem> sorted() {
        List<Problem> out = new ArrayList<>(list);
        out.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        if (dropped > 0) {
            Problem last = out.get(out.size() - 1);
            out.add(new Problem(file, last.line(), last.column(), "… and " + dropped + " more problems"));
        }
        return List.copyOf(out);
    }
}
