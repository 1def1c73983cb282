package org.convlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Pause, resume and cancel take effect within one batch. The requests are made from the
 * listener at a known batch, so "within one batch" is checked by batch numbers, not by time;
 * the timeouts only keep a broken build from hanging.
 */
class TrainerControlTest {
    private static final Duration SAFETY = Duration.ofSeconds(60);

    @Test
    void cancelStopsBeforeTheNextBatch() {
        List<TrainingSnapshot> seen = new CopyOnWriteArrayList<>();
        AtomicReference<Trainer> trainer = new AtomicReference<>();
        trainer.set(new Trainer(TinyProblem.model(1), TinyProblem.train(), TinyProblem.test(), TinyProblem.config(2), s -> {
            seen.add(s);
            if (s.state() == TrainingState.RUNNING && s.batch() == 3) {
                trainer.get().cancel();
            }
        }));
        TrainingSnapshot last = trainer.get().run();
        assertEquals(TrainingState.CANCELLED, last.state());
        assertEquals(1, last.epoch());
        assertEquals(3, last.batch());
        assertEquals(3L * TinyProblem.BATCH, last.imagesSeen());
        assertEquals("cancelled at epoch 1 of 2 after batch 3 of " + TinyProblem.BATCHES_PER_EPOCH, last.message());
        assertTrue(seen.stream().noneMatch(s -> s.batch() > 3), "no batch after the cancel");
    }

    @Test
    void pauseStopsBeforeTheNextBatchAndResumeLosesNothing() throws Exception {
        Model uninterrupted = TinyProblem.model(1);
        new Trainer(uninterrupted, TinyProblem.train(), TinyProblem.test(), TinyProblem.config(2), s -> { }).run();

        List<TrainingSnapshot> seen = new CopyOnWriteArrayList<>();
        CountDownLatch paused = new CountDownLatch(1);
        AtomicReference<Trainer> trainer = new AtomicReference<>();
        Model model = TinyProblem.model(1);
        trainer.set(new Trainer(model, TinyProblem.train(), TinyProblem.test(), TinyProblem.config(2), s -> {
            seen.add(s);
            if (s.state() == TrainingState.RUNNING && s.epoch() == 2 && s.batch() == 2 && paused.getCount() > 0) {
                trainer.get().pause();
            }
            if (s.state() == TrainingState.PAUSED) {
                paused.countDown();
            }
        }));
        trainer.get().start();
        assertTrue(paused.await(SAFETY.toSeconds(), TimeUnit.SECONDS));
        TrainingSnapshot atPause = trainer.get().latest();
        assertEquals(TrainingState.PAUSED, atPause.state());
        assertEquals(2, atPause.epoch());
        assertEquals(2, atPause.batch());
        assertEquals("paused at epoch 2 of 2 after batch 2 of " + TinyProblem.BATCHES_PER_EPOCH, atPause.message());

        trainer.get().resume();
        assertTrue(trainer.get().awaitTermination(SAFETY));
        assertEquals(TrainingState.FINISHED, trainer.get().latest().state());
        int pauseIndex = seen.indexOf(atPause);
        assertEquals(TrainingState.RUNNING, seen.get(pauseIndex + 1).state());
        assertTrue(seen.get(pauseIndex + 1).message().startsWith("resumed at epoch 2 of 2 after batch 2"));
        assertEquals(3, seen.get(pauseIndex + 2).batch());
        for (int i = 0; i < model.params().size(); i++) {
            assertArrayEquals(uninterrupted.params().get(i).value().data(), model.params().get(i).value().data());
        }
    }

    @Test
    void cancelEndsAPausedRun() throws Exception {
        CountDownLatch paused = new CountDownLatch(1);
        AtomicReference<Trainer> trainer = new AtomicReference<>();
        trainer.set(new Trainer(TinyProblem.model(1), TinyProblem.train(), null, TinyProblem.config(1), s -> {
            if (s.state() == TrainingState.RUNNING && s.batch() == 1) {
                trainer.get().pause();
            }
            if (s.state() == TrainingState.PAUSED) {
                paused.countDown();
            }
        }));
        trainer.get().start();
        assertTrue(paused.await(SAFETY.toSeconds(), TimeUnit.SECONDS));
        trainer.get().cancel();
        assertTrue(trainer.get().awaitTermination(SAFETY));
        TrainingSnapshot last = trainer.get().latest();
        assertEquals(TrainingState.CANCELLED, last.state());
        assertEquals(1, last.batch());
    }
}
