package org.convlab.train;

/** Where a training run is. The last four are final: no snapshot follows them. */
public enum TrainingState {
    RUNNING,
    /** Measuring loss and accuracy on the test images at the end of an epoch. */
    EVALUATING,
    PAUSED,
    /** Every epoch done. */
    FINISHED,
    /** Stopped on request. */
    CANCELLED,
    /** Stopped because the loss, a gradient or a weight became NaN or infinite; the message says which. */
    DIVERGED,
    /** Stopped by an unexpected error; the message says what it was. */
    FAILED;

    public boolean isFinal() {
        return this == FINISHED || this == CANCELLED || this == DIVERGED || this == FAILED;
    }
}
