package org.convlab.train;

/** A monotonic clock in nanoseconds; tests pass a fake one to control snapshot timing. */
@FunctionalInterface
public interface TimeSource {
    TimeSource SYSTEM = System::nanoTime;

    long nanoTime();
}
