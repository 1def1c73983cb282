package org.convlab.cli.bench;

/**
 * One part of `convlab bench`: it measures something, adds its fields to the JSON object and
 * its rows to a table. A new figure is one new class and one line in BenchCommand's list.
 */
public interface BenchSection {
    /** Name shown in progress messages, for example "conv". */
    String name();

    /** Runs the measurements on the context's kernels and writes the results into {@code report}. */
    void run(BenchContext ctx, BenchReport report);
}
