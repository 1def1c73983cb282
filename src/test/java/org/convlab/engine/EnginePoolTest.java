package org.convlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** The engine pool runs every task once, on its own threads, and stops cleanly. */
class EnginePoolTest {

    @Test
    void runsEveryTaskExactlyOnceWithWorkerNumbersInRange() {
        for (int threads = 1; threads <= 3; threads++) {
            try (EnginePool pool = new EnginePool(threads)) {
                for (int count : new int[] {0, 1, 2, 7, 1000}) {
                    AtomicIntegerArray runs = new AtomicIntegerArray(Math.max(count, 1));
                    int t = threads;
                    pool.run(count, (task, worker) -> {
                        assertTrue(worker >= 0 && worker < t, "worker " + worker);
                        runs.incrementAndGet(task);
                    });
                    for (int i = 0; i < count; i++) {
                        assertEquals(1, runs.get(i), "task " + i + " of " + count + " on " + threads + " threads");
                    }
                }
            }
        }
    }

    @Test
    void usesItsOwnThreadsNeverTheCommonPool() {
        Set<String> names = ConcurrentHashMap.newKeySet();
        try (EnginePool pool = new EnginePool(3)) {
            for (int round = 0; round < 50; round++) {
                pool.run(64, (task, worker) -> names.add(Thread.currentThread().getName()));
            }
        }
        names.remove(Thread.currentThread().getName());
        assertTrue(names.stream().allMatch(n -> n.startsWith("convlab-engine-")), names.toString());
    }

    @Test
    void aFailingTaskIsRethrownAfterTheOthersAndThePoolStaysUsable() {
        try (EnginePool pool = new EnginePool(2)) {
            AtomicIntegerArray runs = new AtomicIntegerArray(50);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> pool.run(50, (task, worker) -> {
                runs.incrementAndGet(task);
                if (task == 17) {
                    throw new IllegalStateException("task 17 failed");
                }
            }));
            assertEquals("task 17 failed", e.getMessage());
            for (int i = 0; i < 50; i++) {
                assertEquals(1, runs.get(i));
            }
            AtomicIntegerArray again = new AtomicIntegerArray(10);
            pool.run(10, (task, worker) -> again.incrementAndGet(task));
            assertEquals(1, again.get(9));
        }
    }

    @Test
    void aJobStartedInsideAJobRunsInlineWithoutDeadlock() {
        try (EnginePool pool = new EnginePool(2)) {
            AtomicIntegerArray inner = new AtomicIntegerArray(8 * 8);
            pool.run(8, (outer, w) -> pool.run(8, (task, worker) -> inner.incrementAndGet(outer * 8 + task)));
            for (int i = 0; i < 64; i++) {
                assertEquals(1, inner.get(i));
            }
        }
    }

    @Test
    void jobsFromTwoThreadsAtOnceBothComplete() throws InterruptedException {
        try (EnginePool pool = new EnginePool(2)) {
            AtomicIntegerArray a = new AtomicIntegerArray(20_000);
            AtomicIntegerArray b = new AtomicIntegerArray(20_000);
            Thread other = Thread.ofPlatform().start(() -> {
                for (int r = 0; r < 200; r++) {
                    int round = r;
                    pool.run(100, (task, worker) -> a.incrementAndGet(round * 100 + task));
                }
            });
            for (int r = 0; r < 200; r++) {
                int round = r;
                pool.run(100, (task, worker) -> b.incrementAndGet(round * 100 + task));
            }
            other.join();
            for (int i = 0; i < 20_000; i++) {
                assertEquals(1, b.get(i), "b " + i);
            }
            for (int i = 0; i < 20_000; i++) {
                assertEquals(1, a.get(i), "a " + i);
            }
        }
    }

    @Test
    void theCallersInterruptFlagSurvivesAJob() {
        try (EnginePool pool = new EnginePool(2)) {
            AtomicIntegerArray runs = new AtomicIntegerArray(100);
            Thread.currentThread().interrupt();
            pool.run(100, (task, worker) -> {
                busyWait(20_000);
                runs.incrementAndGet(task);
            });
            assertTrue(Thread.interrupted(), "the interrupt flag is still set (and cleared here)");
            for (int i = 0; i < 100; i++) {
                assertEquals(1, runs.get(i));
            }
        }
    }

    @Test
    void closeStopsTheHelpersAndLaterJobsAreRefused() throws InterruptedException {
        EnginePool pool = new EnginePool(3);
        Set<Thread> helpers = ConcurrentHashMap.newKeySet();
        for (int round = 0; round < 100 && helpers.size() < 2; round++) {
            pool.run(64, (task, worker) -> {
                if (worker > 0) {
                    helpers.add(Thread.currentThread());
                }
                busyWait(10_000);
            });
        }
        pool.close();
        pool.close(); // idempotent
        for (Thread h : helpers) {
            h.join(2000);
            assertFalse(h.isAlive(), h.getName() + " still running after close");
        }
        assertThrows(IllegalStateException.class, () -> pool.run(1, (task, worker) -> { }));
    }

    @Test
    void theSharedPoolHasOneWorkerPerCoreAndRefusesToClose() {
        assertSame(EnginePool.shared(), EnginePool.shared());
        assertEquals(Runtime.getRuntime().availableProcessors(), EnginePool.shared().threads());
        assertThrows(IllegalStateException.class, () -> EnginePool.shared().close());
        assertThrows(IllegalArgumentException.class, () -> new EnginePool(0));
    }

    private static void busyWait(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }
}
