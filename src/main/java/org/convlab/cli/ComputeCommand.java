package org.convlab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.convlab.cli.compute.ComputeRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `convlab compute FILE`: asks the engine for operations described as JSON. */
@Command(name = "compute", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Compute operations with ConvLab's engine from a JSON spec and print the result as JSON.",
            "",
            "FILE holds one spec object or a JSON array of them ('-' reads standard input); the",
            "result is one object, or an array in the same order. Tensors are nested arrays of",
            "numbers. Semantics follow PyTorch: cross-correlation, floor((n + 2p - d(k-1) - 1)/s) + 1.",
            "",
            "Ops and fields (omitted stride, dilation, groups = 1; padding = 0; pools: stride = kernel):",
            "  conv1d         input [C][L] or [L]; kernel [Cout][C/groups][k] or [k]; bias [Cout];",
            "                 stride, dilation, groups: int; padding: int, \"valid\" or \"same\"",
            "  conv2d         input [C][H][W] or [H][W]; kernel [Cout][C/groups][kh][kw] or [kh][kw];",
            "                 bias; stride, padding, dilation: int or [h, w] (padding also \"valid\"/\"same\"); groups",
            "  maxpool2d,     input [C][H][W] or [H][W]; kernel int or [h, w]; stride; padding (at most",
            "  avgpool2d      half the window; average pooling counts the padding)",
            "  globalavgpool  input [C][H][W] -> output [C]",
            "  batchnorm      input [N][F] or [N][C][H][W]; gamma, beta (default 1, 0); eps (1e-5);",
            "                 mode \"train\" (default) or \"eval\" with running_mean, running_var; momentum (0.1)",
            "                 -> also mean, var (biased, used to normalize), running_mean, running_var",
            "                 (updated with the unbiased variance, as in PyTorch)",
            "  layernorm      input [N][F]; gamma, beta, eps -> also mean, var (one per row)",
            "  receptive_field  layers: [{kernel, stride, dilation, padding}, ...] (1D) -> layers: [{size,",
            "                 jump, start}, ...] after each layer; start is the centre of the first output's",
            "                 field, with input pixel i centred at i + 0.5",
            "",
            "Results carry output and shape. With grad_output (the shape of output) they also carry the",
            "gradients of sum(output * grad_output): grad_input, for convolutions grad_kernel and",
            "grad_bias, for the norms grad_gamma and grad_beta. Without a channel axis on both input",
            "and kernel, the output has none either.",
            "",
            "An invalid spec gives {\"error\": {\"message\": \"...\", \"field\": \"...\"}} in its place; the others are",
            "still computed.",
            "",
            "Example:",
            "  echo '{\"op\": \"conv2d\", \"input\": [[1,2,3],[4,5,6],[7,8,9]], \"kernel\": [[1,0],[0,-1]]}' \\",
            "    | convlab compute -",
            "  {\"output\":[[-4.0,-4.0],[-4.0,-4.0]],\"shape\":[2,2]}",
            "",
            "Exit status: 0 all specs computed, 1 some spec was invalid, 2 the input was not readable JSON."
        })
public final class ComputeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "JSON file with the spec(s), or - for standard input.")
    String file;

    @Option(names = "--pretty", description = "Indent the JSON output.")
    boolean pretty;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String text;
        try {
            text = file.equals("-") ? read(System.in) : Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("compute: no such file: " + file);
            return ComputeRunner.NOT_JSON;
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println("compute: cannot read " + file + ": " + e.getMessage());
            return ComputeRunner.NOT_JSON;
        }
        ComputeRunner.Outcome outcome = ComputeRunner.run(text);
        if (outcome.readError() != null) {
            err.println("compute: " + (file.equals("-") ? "standard input" : file) + ": " + outcome.readError());
            return outcome.status();
        }
        out.println(ComputeRunner.format(outcome.result(), pretty));
        out.flush();
        return outcome.status();
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
