package org.convlab.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** `convlab lesson ...`: commands for lesson files. */
@Command(name = "lesson", mixinStandardHelpOptions = true,
        description = {"Work with lesson files (lessons/NN-name/lesson.md; the format is in lessons/README.md)."},
        subcommands = {CommandLine.HelpCommand.class, LessonCheckCommand.class})
public final class LessonCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
