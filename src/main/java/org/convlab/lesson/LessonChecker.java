package org.convlab.lesson;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convlab.lesson.source.Problem;

/**
 * Checks lesson files and folders, as {@code convlab lesson check} does: every problem of every
 * file, plus lesson ids used twice, plus paths that hold no lessons.
 */
public final class LessonChecker {
    private final LessonParser parser;

    public LessonChecker(LessonParser parser) {
        this.parser = parser;
    }

    /** The outcome: problems in path order, and what was checked. */
    public record Report(List<Problem> problems, int lessons, int steps, int exercises) {
        public boolean ok() {
            return problems.isEmpty();
        }

        /** "7 lessons, 60 steps, 24 exercises". */
        public String summary() {
            return lessons + (lessons == 1 ? " lesson, " : " lessons, ") + steps + (steps == 1 ? " step, " : " steps, ")
                    + exercises + (exercises == 1 ? " exercise" : " exercises");
        }
    }

    public Report check(List<Path> paths) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Path> ids = new HashMap<>();
        int lessons = 0;
        int steps = 0;
        int exercises = 0;
        for (Path path : paths) {
            List<Path> files;
            try {
                files = LessonFiles.find(path);
            } catch (IOException e) {
                problems.add(new Problem(path, 0, 0, "no such file or folder"));
                continue;
            }
            if (files.isEmpty()) {
                problems.add(new Problem(path, 0, 0, "no lessons here: a lesson is a folder with a " + LessonFiles.FILE_NAME));
            }
            for (Path f : files) {
                ParseResult r = parser.parse(f);
                problems.addAll(r.problems());
                lessons++;
                if (r.lesson() != null) {
                    steps += r.lesson().steps().size();
                    exercises += r.lesson().exercises().size();
                    Path other = ids.putIfAbsent(r.lesson().id(), f);
                    if (other != null && !other.equals(f)) {
                        problems.add(new Problem(f, 1, 1, "lesson id `" + r.lesson().id() + "` is also used by " + other
                                + "; ids must be unique (they key saved progress)"));
                    }
                }
            }
        }
        return new Report(List.copyOf(problems), lessons, steps, exercises);
    }
}
