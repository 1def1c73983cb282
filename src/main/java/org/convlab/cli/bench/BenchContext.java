package org.convlab.cli.bench;

import java.io.PrintWriter;
import org.convlab.engine.ConvKernel;
import org.convlab.engine.EnginePool;

/**
 * What every bench section shares: the thread count asked for, a kernel on a pool of that many
 * workers and one on a single worker (the same object when the count is 1), the timer, and a
 * writer for progress messages. Owns the pools; close it when the bench ends.
 */
public final class BenchContext implements AutoCloseable {
    private final int threads;
    private final EnginePool pool;
    private final EnginePool singlePool;
    private final ConvKernel kernel;
    private final ConvKernel singleKernel;
    private final BenchTimer timer;
    private final PrintWriter progress;

    public BenchContext(int threads, BenchTimer timer, PrintWriter progress) {
        this.threads = threads;
        this.pool = new EnginePool(threads);
        this.singlePool = threads == 1 ? pool : new EnginePool(1);
        this.kernel = new ConvKernel(pool);
        this.singleKernel = threads == 1 ? kernel : new ConvKernel(singlePool);
        this.timer = timer;
        this.progress = progress;
    }

    public int threads() {
        return threads;
    }

    /** The kernel on {@link #threads()} workers. */
    public ConvKernel kernel() {
        return kernel;
    }

    /** The kernel on one worker, for the 1-thread figures. */
    public ConvKernel singleThreadKernel() {
        return singleKernel;
    }

    public BenchTimer timer() {
        return timer;
    }

    /** Prints a progress line (to standard error, so JSON on standard output stays clean). */
    public void progress(String message) {
        progress.println(message);
        progress.flush();
    }

    @Override
    public void close() {
        pool.close();
        if (singlePool != pool) {
            singlePool.close();
        }
    }
}
