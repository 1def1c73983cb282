package org.convlab.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One run of the command line inside the test JVM: exit status, standard output and standard error. */
public record CliRun(int status, String out, String err) {
    public static CliRun of(String... args) {
        CommandLine cl = ConvLabCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int status = cl.execute(args);
        return new CliRun(status, out.toString(), err.toString());
    }
}
