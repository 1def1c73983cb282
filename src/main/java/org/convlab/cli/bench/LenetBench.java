package org.convlab.cli.bench;

import java.util.Locale;

/**
 * The LeNet-5 training figures of `convlab bench`: images per second at batch
 * {@value LenetTrainingBench#BATCH} on the context's threads and on one thread.
 */
public final class LenetBench implements BenchSection {
    @Override
    public String name() {
        return "lenet5";
    }

    @Override
    public void run(BenchContext ctx, BenchReport report) {
        int n = ctx.threads();
        ctx.progress("bench lenet5 training on " + n + (n == 1 ? " thread" : " threads") + " …");
        double multi = LenetTrainingBench.imagesPerSecond(ctx.kernel(), ctx.timer());
        report.json().put("lenet5_train_img_per_s", Math.round(multi));
        BenchTable table = report.table("LeNet-5 training, batch " + LenetTrainingBench.BATCH + ", images/s (median)",
                "threads", "images/s");
        table.row(String.valueOf(n), String.format(Locale.ROOT, "%,.0f", multi));
        double single = multi;
        if (n > 1) {
            ctx.progress("bench lenet5 training on 1 thread …");
            single = LenetTrainingBench.imagesPerSecond(ctx.singleThreadKernel(), ctx.timer());
            table.row("1", String.format(Locale.ROOT, "%,.0f", single));
            table.row("speed-up", String.format(Locale.ROOT, "%.2fx", multi / single));
        }
        report.json().put("lenet5_train_img_per_s_1thread", Math.round(single));
    }
}
