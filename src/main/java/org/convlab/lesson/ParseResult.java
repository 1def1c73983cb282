package org.convlab.lesson;

import java.nio.file.Path;
import java.util.List;
import org.convlab.lesson.source.Problem;

/**
 * What parsing a lesson file gives: the lesson (as much of it as could be read; null only when
 * the file itself is unreadable: missing, too big, not UTF-8) and every problem found, in file
 * order.
 */
public record ParseResult(Path file, Lesson lesson, List<Problem> problems) {
    public ParseResult {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
