package org.convlab.train;

/** How the learning rate changes over a run. */
public enum LearningRateSchedule {
    /** The same rate for every step. */
    CONSTANT("constant"),
    /**
     * Falls in a straight line from the configured rate at the first step towards 0 after the
     * last, so the final steps are small and the weights settle.
     */
    LINEAR_DECAY("linear");

    private final String id;

    LearningRateSchedule(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The rate for step {@code step} (0-based) of {@code totalSteps}, given the configured {@code base} rate. */
    public double rate(double base, long step, long totalSteps) {
        return switch (this) {
            case CONSTANT -> base;
            case LINEAR_DECAY -> base * (totalSteps - step) / totalSteps;
        };
    }

    /** The schedule with this id ("constant", "linear"), case-insensitive. */
    public static LearningRateSchedule fromId(String id) {
        for (LearningRateSchedule s : values()) {
            if (s.id.equalsIgnoreCase(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown learning-rate schedule \"" + id + "\"; choose constant or linear");
    }
}
