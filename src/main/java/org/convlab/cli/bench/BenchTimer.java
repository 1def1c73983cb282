package org.convlab.cli.bench;

import java.util.Arrays;

/**
 * Times an operation the way the bench reports it: warm up until the JIT has compiled the hot
 * loops (rounds of the warm-up time until a round is no more than 10% faster than the one
 * before: in a fresh JVM the vector tiles take about 2 s to reach C2, and until then a call can
 * be a thousand times slower), then take several samples, each long enough to dwarf the clock's
 * resolution, and keep the median, which ignores the odd sample slowed by another process.
 */
public final class BenchTimer {
    private static final int MAX_WARMUP_ROUNDS = 12;

    private final double warmupSeconds;
    private final double sampleSeconds;
    private final int samples;

    /**
     * @param warmupSeconds length of one warm-up round (rounds repeat until the JIT has settled)
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

    /** Length of one warm-up round. */
    public double warmupSeconds() {
        return warmupSeconds;
    }

    /** Median seconds per call of {@code op}. */
    public double secondsPerCall(Runnable op) {
        double perCall = warmUpRound(op);
        for (int round = 1; round < MAX_WARMUP_ROUNDS; round++) {
            double next = warmUpRound(op);
            boolean settled = next > 0.9 * perCall;
            perCall = Math.min(perCall, next);
            if (settled) {
                break;
            }
        }
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

    /** Runs {@code op} for the warm-up time (at least twice) and returns its seconds per call. */
    private double warmUpRound(Runnable op) {
        long start = System.nanoTime();
        int calls = 0;
        do {
            op.run();
            calls++;
        } while (calls < 2 || System.nanoTime() - start < warmupSeconds * 1e9);
        return (System.nanoTime() - start) / 1e9 / calls;
    }
}
