package org.convlab.engine;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A dedicated, owned pool of threads for engine work (never the common ForkJoinPool).
 *
 * <p>{@link #run} splits a job into numbered tasks; the calling thread works too, as worker 0,
 * and the others are helper threads 1..threads-1. Tasks are claimed from a counter, so which
 * worker runs which task varies; callers make each task write its own disjoint output slice
 * and use the worker number only to pick a scratch buffer, so results never depend on it.
 *
 * <p>Dispatch is cheap because small convolutions (LeNet at batch 32) run a job every few
 * hundred microseconds: idle helpers, and the caller waiting for the last task, spin briefly,
 * then yield, then park. A job started while another is
 * running (another thread, or a task that starts a job) runs on its caller alone: same
 * results, no deadlock.
 *
 * <p>Close the pool when done with it; {@link #shared()} lives as long as the process.
 */
public final class EnginePool implements AutoCloseable {
    /** A job's body: run task number {@code task} using scratch space of worker {@code worker}. */
    @FunctionalInterface
    public interface Tasks {
        void run(int task, int worker);
    }

    /** A body over a range of a flat index space: handle indices {@code from..to-1} using worker {@code worker}'s scratch. */
    @FunctionalInterface
    public interface Ranges {
        void run(int from, int to, int worker);
    }

    // Waiting, in three phases: spin (cheapest wake-up), then yield (so a thread that needs this
    // core, maybe the very caller we serve, gets it), then park. Measured on 2 shared cores: helpers
    // that spun 200 us without yielding stole the caller's core after every wake-up and made a job
    // that follows a pause take 140-600 us instead of a few.
    private static final long SPIN_NANOS = 20_000;
    private static final long YIELD_NANOS = 200_000;

    private static final class SharedHolder {
        static final EnginePool POOL = new EnginePool(Runtime.getRuntime().availableProcessors(), true);
    }

    private final int threads;
    private final Thread[] helpers; // [threads - 1]
    private final boolean shared;
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile Job job;       // the latest job; helpers compare by identity
    private volatile boolean closed;

    /** A pool of {@code threads} workers, the caller of {@link #run} included (so threads - 1 new threads). */
    public EnginePool(int threads) {
        this(threads, false);
    }

    private EnginePool(int threads, boolean shared) {
        if (threads < 1) {
            throw new IllegalArgumentException("an engine pool needs at least 1 thread, got " + threads);
        }
        this.threads = threads;
        this.shared = shared;
        this.helpers = new Thread[threads - 1];
        for (int i = 0; i < helpers.length; i++) {
            int worker = i + 1;
            helpers[i] = Thread.ofPlatform().daemon().name("convlab-engine-" + worker).unstarted(() -> helperLoop(worker));
            helpers[i].start();
        }
    }

    /** The process-wide pool with one worker per available processor, created on first use. */
    public static EnginePool shared() {
        return SharedHolder.POOL;
    }

    /** Number of workers, the calling thread included. */
    public int threads() {
        return threads;
    }

    /**
     * Runs tasks 0..count-1, each exactly once, and returns when all have finished. The first
     * exception a task throws is rethrown here after the others have finished.
     */
    public void run(int count, Tasks tasks) {
        if (closed) {
            throw new IllegalStateException("this engine pool has been closed");
        }
        if (count <= 0) {
            return;
        }
        if (threads == 1 || count == 1 || !busy.compareAndSet(false, true)) {
            for (int t = 0; t < count; t++) {
                tasks.run(t, 0);
            }
            return;
        }
        try {
            Job j = new Job(tasks, count, Thread.currentThread());
            job = j;
            for (Thread h : helpers) {
                LockSupport.unpark(h);
            }
            j.work(0);
            j.awaitDone();
            j.rethrow();
        } finally {
            busy.set(false);
        }
    }

    /**
     * Runs {@code body} over 0..length-1 split into consecutive ranges of at least {@code grain}
     * indices, at most 4 per worker (so a worker descheduled by another process delays the job by
     * about one range). For work whose every index is computed on its own (element-wise layers,
     * pooling planes, optimizer updates), so the split, and with it the thread count, cannot
     * change a result. Fewer than 2·grain indices run inline on the caller.
     */
    public void runRanges(int length, int grain, Ranges body) {
        if (length <= 0) {
            return;
        }
        int ranges = (int) Math.min(Math.max(1, length / Math.max(1, grain)), 4L * threads);
        if (threads == 1 || ranges == 1) {
            body.run(0, length, 0);
            return;
        }
        int size = Math.ceilDiv(length, ranges);
        run(Math.ceilDiv(length, size), (task, worker) -> body.run(task * size, Math.min(length, (task + 1) * size), worker));
    }

    private void helperLoop(int worker) {
        Job seen = null;
        while (!closed) {
            Job j = job;
            if (j == seen) {
                j = awaitNewJob(seen);
                if (j == null) {
                    return;
                }
            }
            seen = j;
            j.work(worker);
        }
    }

    /** Spins, yields, then parks until a job other than {@code seen} is published; null once closed. */
    private Job awaitNewJob(Job seen) {
        long start = System.nanoTime();
        while (!closed) {
            Job j = job;
            if (j != seen) {
                return j;
            }
            pause(start, this); // run() unparks every helper after publishing a job
        }
        return null;
    }

    /** One step of waiting that began at {@code start}: spin, yield or park, by how long it has lasted. */
    private static void pause(long start, Object blocker) {
        long waited = System.nanoTime() - start;
        if (waited < SPIN_NANOS) {
            Thread.onSpinWait();
        } else if (waited < YIELD_NANOS) {
            Thread.yield();
        } else {
            LockSupport.park(blocker);
        }
    }

    /**
     * Stops the helper threads and waits up to a second for them; idempotent. The shared pool
     * refuses, as other users may still hold it.
     */
    @Override
    public void close() {
        if (shared) {
            throw new IllegalStateException("the shared engine pool lives as long as the process and cannot be closed");
        }
        closed = true;
        for (Thread h : helpers) {
            LockSupport.unpark(h);
        }
        boolean interrupted = false;
        for (Thread h : helpers) {
            try {
                h.join(1000);
            } catch (InterruptedException e) {
                interrupted = true; // keep stopping the others, then restore the flag
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** One call of {@link #run}: a task counter shared by the workers and a count of finished tasks. */
    private static final class Job {
        private final Tasks tasks;
        private final int count;
        private final Thread caller;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        private volatile Throwable failure;

        Job(Tasks tasks, int count, Thread caller) {
            this.tasks = tasks;
            this.count = count;
            this.caller = caller;
        }

        void work(int worker) {
            for (int t = next.getAndIncrement(); t < count; t = next.getAndIncrement()) {
                try {
                    tasks.run(t, worker);
                } catch (Throwable e) {
                    if (failure == null) {
                        failure = e;
                    }
                } finally {
                    if (done.incrementAndGet() == count) {
                        LockSupport.unpark(caller);
                    }
                }
            }
        }

        /** Waits for the last task; the tasks write into the caller's buffers, so an interrupt cannot cut this short. */
        void awaitDone() {
            long start = System.nanoTime();
            boolean interrupted = false;
            while (done.get() < count) {
                pause(start, this);
                interrupted |= Thread.interrupted(); // park returns at once while the flag is set
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        void rethrow() {
            Throwable e = failure;
            if (e instanceof RuntimeException r) {
                throw r;
            }
            if (e instanceof Error err) {
                throw err;
            }
            if (e != null) {
                throw new IllegalStateException(e);
            }
        }
    }
}
