package org.convlab.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the command line: `convlab SUBCOMMAND ...`. */
@Command(name = "convlab",
        mixinStandardHelpOptions = true,
        versionProvider = ConvLabCommand.Version.class,
        description = {
            "ConvLab shows how convolutional neural networks work.",
            "Without arguments ./launcher/convlab opens the app; these subcommands run headless."
        },
        subcommands = {
            CommandLine.HelpCommand.class,
            ComputeCommand.class,
            LessonCommand.class,
            SnapshotCommand.class,
            TrainCommand.class,
            BenchCommand.class,
        })
public final class ConvLabCommand implements Callable<Integer> {

    /** A command line with ConvLab's error handling: messages, not stack traces. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ConvLabCommand());
        cl.setExecutionExceptionHandler(new UserErrorHandler());
        return cl;
    }

    @Override
    public Integer call() {
        CommandLine.usage(this, System.out);
        return 0;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = ConvLabCommand.class.getPackage().getImplementationVersion();
            return new String[] {"ConvLab " + (v == null ? "development build" : v) + " on Java " + Runtime.version()};
        }
    }
}
