package org.convlab.train;

import java.util.Arrays;
import java.util.List;

/**
 * Counts of values in equal-width bins spanning [min, max]. When every value is the same,
 * min equals max and the first bin holds them all.
 *
 * @param min    smallest value, the left edge of the first bin
 * @param max    largest value, the right edge of the last bin (inclusive)
 * @param counts values per bin, left to right
 */
public record Histogram(double min, double max, List<Integer> counts) {
    public Histogram {
        counts = List.copyOf(counts);
    }

    public double binWidth() {
        return counts.isEmpty() ? 0 : (max - min) / counts.size();
    }

    /** Sum of the counts. */
    public long total() {
        return counts.stream().mapToLong(Integer::longValue).sum();
    }

    /** Histogram of {@code values} in {@code bins} bins, in two passes over the array. */
    static Histogram of(float[] values, int bins) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (float v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        int[] counts = new int[bins];
        if (values.length == 0) {
            return new Histogram(0, 0, Arrays.stream(counts).boxed().toList());
        }
        double scale = max > min ? bins / (max - min) : 0;
        for (float v : values) {
            int bin = (int) ((v - min) * scale);
            counts[Math.min(bin, bins - 1)]++; // the maximum belongs to the last bin
        }
        return new Histogram(min, max, Arrays.stream(counts).boxed().toList());
    }
}
