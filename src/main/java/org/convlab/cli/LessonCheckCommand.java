package org.convlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.convlab.lesson.LessonChecker;
import org.convlab.lesson.LessonParser;
import org.convlab.lesson.source.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `convlab lesson check PATH...`: every problem of the lessons, as file:line:column: message. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {
            "Check lesson files the way the app reads them, and print every problem.",
            "",
            "Each PATH is a lesson.md, a lesson folder, or a folder of lesson folders",
            "(such as lessons/). Everything is checked: the front matter, the Markdown",
            "(images must be files in the lesson folder or assets/, links only go to web",
            "pages), every lab, step and exercise block, and every exercise for the",
            "numbers students can draw (all combinations when few, else "
                    + org.convlab.lesson.source.Limits.CHECK_SAMPLES + " draws",
            "including the smallest and the largest).",
            "",
            "Problems go to standard error, one per line, as FILE:LINE:COLUMN: MESSAGE,",
            "which most editors turn into links. Without problems one summary line goes",
            "to standard output. The format is documented in lessons/README.md.",
            "",
            "Examples:",
            "  convlab lesson check lessons",
            "  convlab lesson check lessons/03-padding/lesson.md",
            "",
            "Exit status: 0 no problems, 1 problems found, 2 bad usage."
        })
public final class LessonCheckCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Lesson files or folders to check.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LessonChecker.Report report = new LessonChecker(LessonParser.forProject()).check(paths);
        for (Problem p : report.problems()) {
            err.println(p);
        }
        if (report.ok()) {
            out.println("OK: " + report.summary() + " checked, no problems.");
        } else {
            int n = report.problems().size();
            err.println(n + (n == 1 ? " problem" : " problems") + " in " + report.summary() + ".");
        }
        out.flush();
        err.flush();
        return report.ok() ? 0 : 1;
    }
}
