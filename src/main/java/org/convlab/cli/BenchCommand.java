package org.convlab.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.convlab.cli.bench.BenchContext;
import org.convlab.cli.bench.BenchReport;
import org.convlab.cli.bench.BenchSection;
import org.convlab.cli.bench.BenchTimer;
import org.convlab.cli.bench.ConvBench;
import org.convlab.cli.bench.LenetBench;
import org.convlab.cli.bench.ConvShape;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** `convlab bench`: engine throughput figures, as a table or one JSON object. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the engine's throughput: convolution GFLOP/s forward and forward+backward, on the"
                + " chosen number of threads and on one thread. Figures are medians of repeated runs after a warm-up;"
                + " while other programs use the cores they vary a lot, the multi-threaded ones most.",
            "Example: convlab bench --threads 2 --json"})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads of the engine pool, the calling thread included (default: all available cores).")
    Integer threads;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Option(names = "--shape", paramLabel = "N,Cin,H,W->Cout,k,stride,pad",
            description = "A convolution to measure instead of the default five; repeat for several.")
    List<String> shapes;

    @Option(names = "--samples", defaultValue = "7", paramLabel = "COUNT",
            description = "Timed samples per figure; the median is reported (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--sample-ms", defaultValue = "100", paramLabel = "MS",
            description = "Minimum length of one sample in milliseconds (default: ${DEFAULT-VALUE}).")
    int sampleMillis;

    @Option(names = "--warmup-ms", defaultValue = "300", paramLabel = "MS",
            description = "Length of one warm-up round in milliseconds (default: ${DEFAULT-VALUE}). Before each figure,"
                    + " rounds repeat until one is less than 10%% faster than the last; before the first, every shape"
                    + " runs for 10 rounds, so the JIT compiler has finished.")
    int warmupMillis;

    @Override
    public Integer call() {
        int n = Threads.resolve(threads);
        if (samples < 1 || sampleMillis < 1 || warmupMillis < 0) {
            throw new UserError("--samples and --sample-ms must be at least 1, --warmup-ms at least 0");
        }
        List<ConvShape> convShapes;
        try {
            convShapes = (shapes == null ? ConvBench.DEFAULT_SHAPES : shapes).stream().map(ConvShape::parse).toList();
        } catch (IllegalArgumentException e) {
            throw new UserError("--shape: " + e.getMessage());
        }
        // One line per section: a new figure is a new BenchSection and one more entry here.
        List<BenchSection> sections = List.of(
                new LenetBench(),
                new ConvBench(convShapes));

        PrintWriter out = spec.commandLine().getOut();
        BenchReport report = new BenchReport();
        BenchTimer timer = new BenchTimer(warmupMillis / 1000.0, sampleMillis / 1000.0, samples);
        try (BenchContext ctx = new BenchContext(n, timer, spec.commandLine().getErr())) {
            report.json().put("threads", n);
            report.json().put("vector_api", ctx.kernel().vectorized());
            for (BenchSection s : sections) {
                s.run(ctx, report);
            }
            if (json) {
                out.println(JsonMapper.builder().build().writeValueAsString(report.json()));
            } else {
                out.println("Engine bench on " + n + (n == 1 ? " thread" : " threads") + " ("
                        + (ctx.kernel().vectorized() ? "Vector API" : "scalar path") + ", "
                        + Runtime.getRuntime().availableProcessors() + " cores available)\n");
                out.print(report.tablesText());
            }
        }
        out.flush();
        return 0;
    }
}
