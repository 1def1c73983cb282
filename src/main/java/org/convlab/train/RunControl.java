package org.convlab.train;

/**
 * Pause, resume and cancel requests from any thread, honoured by the training thread at its
 * checkpoints between batches, so each takes effect within one batch.
 */
final class RunControl {
    private boolean pauseRequested;
    private boolean cancelled;

    synchronized void pause() {
        pauseRequested = true;
    }

    synchronized void resume() {
        pauseRequested = false;
        notifyAll();
    }

    synchronized void cancel() {
        cancelled = true;
        notifyAll();
    }

    /**
     * Called by the training thread between batches. Returns false when the run should stop.
     * While paused it calls {@code onPause} once, blocks until resumed or cancelled, then calls
     * {@code onResume} if resumed. The callbacks run outside the lock, so they may call back in.
     * An interrupt counts as a cancel, and the interrupt flag is kept.
     */
    boolean checkpoint(Runnable onPause, Runnable onResume) {
        synchronized (this) {
            if (cancelled) {
                return false;
            }
            if (!pauseRequested) {
                return true;
            }
        }
        onPause.run();
        synchronized (this) {
            while (pauseRequested && !cancelled) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    cancelled = true;
                }
            }
            if (cancelled) {
                return false;
            }
        }
        onResume.run();
        return true;
    }
}
