package org.convlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.convlab.data.Dataset;
import org.convlab.data.SyntheticShapes;
import org.junit.jupiter.api.Test;

/** Training on a tiny problem: learning, determinism, statistics, divergence and bad inputs. */
class TrainerTest {

    private static TrainingSnapshot train(Model model, TrainingConfig config, List<TrainingSnapshot> seen) {
        return new Trainer(model, TinyProblem.train(), TinyProblem.test(), config, seen::add).run();
    }

    @Test
    void trainingLowersTheLoss() {
        List<TrainingSnapshot> seen = new ArrayList<>();
        TrainingSnapshot last = train(TinyProblem.model(1), TinyProblem.config(8), seen);
        assertEquals(TrainingState.FINISHED, last.state(), last.message());
        List<EpochResult> epochs = last.history();
        assertEquals(8, epochs.size());
        assertTrue(epochs.getLast().trainLoss() < 0.7 * epochs.getFirst().trainLoss(),
                "loss " + epochs.getFirst().trainLoss() + " -> " + epochs.getLast().trainLoss());
        assertTrue(epochs.getLast().testAccuracy() > 0.4, "test accuracy " + epochs.getLast().testAccuracy()); // chance: 0.25
        assertTrue(last.message().startsWith("finished 8 epochs: test accuracy "), last.message());
    }

    @Test
    void theSameSeedsGiveBitwiseTheSameRun() {
        Model a = TinyProblem.model(3);
        Model b = TinyProblem.model(3);
        TrainingConfig config = TinyProblem.config(2).withOptimizer(OptimizerKind.MOMENTUM, 0.05).withClipping(1, 5);
        TrainingSnapshot ra = train(a, config, new ArrayList<>());
        TrainingSnapshot rb = train(b, config, new ArrayList<>());
        for (int i = 0; i < a.params().size(); i++) {
            assertArrayEquals(a.params().get(i).value().data(), b.params().get(i).value().data(), a.params().get(i).name());
        }
        assertEquals(ra.history().getLast().trainLoss(), rb.history().getLast().trainLoss());
        assertEquals(ra.history().getLast().testLoss(), rb.history().getLast().testLoss());
        Model c = TinyProblem.model(3);
        train(c, config.withSeed(99), new ArrayList<>()); // another order of the images
        assertFalse(java.util.Arrays.equals(a.params().getFirst().value().data(), c.params().getFirst().value().data()));
    }

    @Test
    void theThreadCountDoesNotChangeABit() {
        // LeNet-5 on 28×28 images at batch 32: large enough that every layer and the optimizer split their work
        Dataset train = SyntheticShapes.generate(new SyntheticShapes.Spec(64, 28, 28, 6, 20, 0.05f, 21));
        Dataset test = SyntheticShapes.generate(new SyntheticShapes.Spec(40, 28, 28, 6, 20, 0.05f, 22));
        TrainingConfig config = TinyProblem.config(1).withBatchSize(32).withOptimizer(OptimizerKind.ADAM, 1e-3);
        List<Model> models = new ArrayList<>();
        List<TrainingSnapshot> results = new ArrayList<>();
        for (int threads : new int[] {1, 2, 3}) {
            Model model = Models.lenet5(1, 28, 28, 4).build(7);
            results.add(new Trainer(model, train, test, config.withThreads(threads), s -> { }).run());
            models.add(model);
        }
        for (int m = 1; m < models.size(); m++) {
            assertEquals(TrainingState.FINISHED, results.get(m).state(), results.get(m).message());
            for (int i = 0; i < models.get(0).params().size(); i++) {
                assertArrayEquals(models.get(0).params().get(i).value().data(), models.get(m).params().get(i).value().data(),
                        models.get(0).params().get(i).name() + " on " + (m + 1) + " threads");
            }
            assertEquals(results.get(0).history().getLast().testLoss(), results.get(m).history().getLast().testLoss());
        }
    }

    @Test
    void snapshotsCarryProgressAndPerLayerStatistics() {
        List<TrainingSnapshot> seen = new ArrayList<>();
        Model model = TinyProblem.model(1);
        train(model, TinyProblem.config(1), seen);
        List<TrainingSnapshot> batches = seen.stream().filter(s -> s.message().contains(", batch ")).toList();
        assertEquals(TinyProblem.BATCHES_PER_EPOCH, batches.size()); // interval 0: one per batch
        TrainingSnapshot s = batches.get(2);
        assertEquals(3, s.batch());
        assertEquals(3L * TinyProblem.BATCH, s.imagesSeen());
        assertEquals(model.layers().stream().map(ModelLayer::id).toList(),
                s.layers().stream().map(LayerStats::layerId).toList());
        LayerStats relu = s.layer("relu1");
        assertTrue(relu.activationMean() >= 0 && relu.activationStd() > 0);
        assertEquals(TinyProblem.BATCH * 4 * 8 * 8, relu.activationHistogram().total());
        assertEquals(0, relu.activationHistogram().min()); // ReLU output: zeros included
        assertTrue(Double.isNaN(relu.gradientNorm()) && Double.isNaN(relu.updateRatio()));
        LayerStats conv = s.layer("conv1");
        assertTrue(conv.gradientNorm() > 0 && conv.updateRatio() > 0 && conv.updateRatio() < 1, conv.toString());
        List<TrainingState> states = seen.stream().map(TrainingSnapshot::state).toList();
        assertEquals(List.of(TrainingState.EVALUATING, TrainingState.RUNNING, TrainingState.FINISHED),
                states.subList(states.size() - 3, states.size()));
    }

    @Test
    void batchSnapshotsAreRateBoundedByTheClock() {
        long[] now = {0};
        TimeSource clock = () -> now[0] += 10_000_000; // every read is 10 ms later
        List<TrainingSnapshot> seen = new ArrayList<>();
        TrainingConfig config = TinyProblem.config(3).withSnapshotInterval(java.time.Duration.ofMillis(100));
        new Trainer(TinyProblem.model(1), TinyProblem.train(), null, config, seen::add, clock).run();
        List<TrainingSnapshot> batches = seen.stream().filter(s -> s.message().contains(", batch ")).toList();
        int totalBatches = 3 * TinyProblem.BATCHES_PER_EPOCH;
        assertFalse(batches.isEmpty());
        assertTrue(batches.size() < totalBatches / 2, batches.size() + " snapshots for " + totalBatches + " batches");
        for (int i = 1; i < batches.size(); i++) {
            double gap = batches.get(i).elapsedSeconds() - batches.get(i - 1).elapsedSeconds();
            assertTrue(gap >= 0.1 - 1e-9, "snapshots " + gap + " s apart");
        }
        assertEquals(3, seen.stream().filter(s -> s.message().endsWith(" done")).count()); // epoch ends always published
    }

    @Test
    void aLinearScheduleLowersTheLearningRateStepByStep() {
        List<TrainingSnapshot> seen = new ArrayList<>();
        TrainingConfig config = TinyProblem.config(2).withSchedule(LearningRateSchedule.LINEAR_DECAY);
        train(TinyProblem.model(1), config, seen);
        int steps = 2 * TinyProblem.BATCHES_PER_EPOCH;
        List<TrainingSnapshot> batches = seen.stream().filter(s -> s.message().contains(", batch ")).toList();
        assertEquals(0.01, batches.getFirst().learningRate(), 1e-12);
        assertEquals(0.01 / steps, batches.getLast().learningRate(), 1e-12); // the last step, just above 0
        assertEquals(0.01 * 9 / 12, LearningRateSchedule.LINEAR_DECAY.rate(0.01, 3, 12), 1e-15);
        assertEquals(0.01, LearningRateSchedule.CONSTANT.rate(0.01, 11, 12));
    }

    @Test
    void aHugeLearningRateStopsTheRunWithAStatusNamingTheLayer() {
        List<TrainingSnapshot> seen = new ArrayList<>();
        Model model = TinyProblem.model(1);
        TrainingSnapshot last = train(model, TinyProblem.config(3).withOptimizer(OptimizerKind.SGD, 1e30), seen);
        assertEquals(TrainingState.DIVERGED, last.state());
        String m = last.message();
        assertTrue(m.matches("stopped at epoch 1, batch \\d+: the .*(infinite|NaN \\(not a number\\)).*; "
                + "try a smaller learning rate or gradient clipping"), m);
        assertTrue(model.layers().stream().anyMatch(l -> m.contains(l.id())), m);
        assertEquals(last, seen.getLast());
    }

    @Test
    void divergenceNamesTheGradientNearestTheOutput() {
        Model model = TinyProblem.model(1);
        model.params().get(0).grad().data()[3] = Float.NaN;           // conv1.weight
        model.params().get(2).grad().data()[0] = Float.POSITIVE_INFINITY; // dense1.weight
        assertEquals("the gradient of dense1.weight became infinite", Divergence.checkGradients(model));
        model.params().get(2).grad().zero();
        assertEquals("the gradient of conv1.weight became NaN (not a number)", Divergence.checkGradients(model));
        assertEquals(null, Divergence.checkWeights(model));
    }

    @Test
    void aFailingListenerEndsTheRunAsFailedWithoutThrowing() {
        List<TrainingSnapshot> seen = new CopyOnWriteArrayList<>();
        Trainer trainer = new Trainer(TinyProblem.model(1), TinyProblem.train(), null, TinyProblem.config(1), s -> {
            seen.add(s);
            if (s.batch() == 2 && s.state() == TrainingState.RUNNING) {
                throw new IllegalStateException("view gone");
            }
        });
        TrainingSnapshot last = trainer.run();
        assertEquals(TrainingState.FAILED, last.state());
        assertTrue(last.message().contains("view gone"), last.message());
    }

    @Test
    void imagesThatDoNotFitTheModelAreRefused() {
        Dataset big = SyntheticShapes.generate(SyntheticShapes.Spec.of(8, 1));
        String m = assertThrows(IllegalArgumentException.class, () -> new Trainer(TinyProblem.model(1), big, null,
                TinyProblem.config(1), s -> { })).getMessage();
        assertTrue(m.endsWith("has images [1, 28, 28] but the model expects [1, 8, 8]"), m);
        Model twoClasses = ModelBuilder.input(1, 8, 8).dense(2).build(1);
        m = assertThrows(IllegalArgumentException.class, () -> new Trainer(twoClasses, TinyProblem.train(), null,
                TinyProblem.config(1), s -> { })).getMessage();
        assertTrue(m.endsWith("has 4 classes but the model outputs only 2 scores"), m);
    }

    @Test
    void aTrainerRunsOnce() {
        Trainer trainer = new Trainer(TinyProblem.model(1), TinyProblem.train(), null, TinyProblem.config(1), s -> { });
        trainer.run();
        assertThrows(IllegalStateException.class, trainer::start);
    }
}
