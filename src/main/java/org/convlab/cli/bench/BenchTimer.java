package org.convlab.cli.bench;

import java.util.Arrays;

/**
 * Times an operation the way the bench reports it: warm up (the JIT compiles the hot loops),
 * then take several samples, each long enough to dwarf the clock's resolution, and keep the
 * median, which ignores the odd sample slowed by another process on a shared machine.
 */
public final class BenchTimer {
    private final double warmupSeconds;
    private final double sampleSeconds;
    private final int samples;

    /**
     * @param warmupSeconds time spent running the operation before measuring
     * @param sampleSeconds minimum length of one sample (it repeats the operation as often as needed)
     * @param samples       number of samples; the median is reported
     */
    public BenchTimer(double warmupSeconds, double sampleSeconds, int samples) {
        if (samples < 1 || warmupSeconds < 0 || sampleSeconds <= 0) {
            throw new IllegalArgumentException("a timer needs at least one sample and positive durations");
        }
        this.warmupSeconds = warmupSeconds;
        this.sampleSeconds = sampleSeconds;
        this.samples = samples;
    }

    /** Median seconds per call of {@code op}. */
    public double secondsPerCall(Runnable op) {
        long start = System.nanoTime();
        int calls = 0;
        do { // at least two calls: the first may include one-time allocation of buffers
            op.run();
            calls++;
        } while (calls < 2 || System.nanoTime() - start < warmupSeconds * 1e9);
        double perCall = (System.nanoTime() - start) / 1e9 / calls;
        int reps = (int) Math.max(1, Math.ceil(sampleSeconds / Math.max(perCall, 1e-9)));
        double[] times = new double[samples];
        for (int s = 0; s < samples; s++) {
            long t0 = System.nanoTime();
            for (int r = 0; r < reps; r++) {
                op.run();
            }
            times[s] = (System.nanoTime() - t0) / 1e9 / reps;
        }
        Arrays.sort(times);
        return samples % 2 == 1 ? times[samples / 2] : (times[samples / 2 - 1] + times[samples / 2]) / 2;
    }
}
