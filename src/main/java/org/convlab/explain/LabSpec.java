package org.convlab.explain;

/**
 * A lab in a given state, as lessons and the snapshot command describe it: which lab, its setup
 * and the current step (-1: no step chosen). Exactly one of {@code conv} and {@code pool} is set.
 */
public record LabSpec(String lab, ConvSetup conv, PoolSetup pool, int step) {
    /** The labs that exist. */
    public static final String CONV1D = "conv1d";
    public static final String CONV2D = "conv2d";
    public static final String POOL = "pool";

    public static boolean isLab(String id) {
        return CONV1D.equals(id) || CONV2D.equals(id) || POOL.equals(id);
    }
}
