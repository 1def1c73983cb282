package org.convlab.train;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.convlab.data.Dataset;
import org.convlab.engine.ConvKernel;
import org.convlab.engine.EnginePool;
import org.convlab.engine.Shapes;

/**
 * Trains a {@link Model} on a data set on a thread of its own, publishing {@link TrainingSnapshot}s
 * to a {@link TrainingListener}. {@link #pause}, {@link #resume} and {@link #cancel} may be called
 * from any thread and take effect within one batch. A loss, gradient or weight that becomes NaN
 * or infinite ends the run in {@link TrainingState#DIVERGED} with a message naming the layer;
 * nothing is thrown from the training thread.
 *
 * <pre>{@code
 * Trainer trainer = new Trainer(model, data.train(), data.test(), TrainingConfig.defaults(),
 *         s -> Platform.runLater(() -> view.show(s)));
 * trainer.start();
 * ...
 * trainer.cancel();
 * }</pre>
 *
 * <p>The model belongs to the training thread until the run ends ({@link #awaitTermination}).
 */
public final class Trainer {
    private final TrainingLoop loop;
    private final Model model;
    private final int threads; // engine workers for this run
    private final RunControl control = new RunControl();
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile TrainingSnapshot latest;
    private boolean started; // guarded by this

    /** A trainer with the system clock. */
    public Trainer(Model model, Dataset train, Dataset test, TrainingConfig config, TrainingListener listener) {
        this(model, train, test, config, listener, TimeSource.SYSTEM);
    }

    /**
     * @param test  the images to measure accuracy on after every epoch, or null for none
     * @param clock the clock for snapshot timing and images per second
     * @throws IllegalArgumentException when the images do not fit the model or have more classes than it outputs
     */
    public Trainer(Model model, Dataset train, Dataset test, TrainingConfig config, TrainingListener listener,
                   TimeSource clock) {
        Objects.requireNonNull(listener, "listener");
        requireFits(model, train);
        if (test != null) {
            requireFits(model, test);
        }
        this.model = model;
        this.threads = config.threads();
        this.loop = new TrainingLoop(model, train, test, config, clock, control, snapshot -> {
            latest = snapshot;
            listener.onSnapshot(snapshot);
        });
    }

    /** Starts training on a new daemon thread named "convlab-trainer". */
    public synchronized void start() {
        claimStart();
        Thread thread = new Thread(this::runLoop, "convlab-trainer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Trains on the calling thread and returns the final snapshot; for tests and command-line tools. */
    public TrainingSnapshot run() {
        synchronized (this) {
            claimStart();
        }
        return runLoop();
    }

    /** Trains with the layers and the optimizer on a pool of the configured size, owned by this run. */
    private TrainingSnapshot runLoop() {
        try (EnginePool pool = new EnginePool(threads)) {
            loop.useKernel(new ConvKernel(pool));
            try {
                return loop.run();
            } finally {
                loop.useKernel(ConvKernel.shared()); // the pool closes; the model stays usable
            }
        } finally {
            done.countDown();
        }
    }

    /** Pauses before the next batch; the listener gets a {@link TrainingState#PAUSED} snapshot. */
    public void pause() {
        control.pause();
    }

    public void resume() {
        control.resume();
    }

    /** Stops before the next batch (also when paused); the last snapshot is {@link TrainingState#CANCELLED}. */
    public void cancel() {
        control.cancel();
    }

    /** Waits for the run to end; true when it has. */
    public boolean awaitTermination(Duration timeout) throws InterruptedException {
        return done.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** The most recent snapshot published, or null before the first. */
    public TrainingSnapshot latest() {
        return latest;
    }

    private void claimStart() {
        if (started) {
            throw new IllegalStateException("this trainer has already been started; create a new one for another run");
        }
        started = true;
    }

    private static void requireFits(Model model, Dataset data) {
        int[] imageShape = {data.channels(), data.height(), data.width()};
        if (!Arrays.equals(imageShape, model.inputShape())) {
            throw new IllegalArgumentException(data.name() + " has images " + Shapes.describe(imageShape)
                    + " but the model expects " + Shapes.describe(model.inputShape()));
        }
        if (data.numClasses() > model.outputSize()) {
            throw new IllegalArgumentException(data.name() + " has " + data.numClasses() + " classes but the model outputs only "
                    + model.outputSize() + " scores");
        }
    }
}
