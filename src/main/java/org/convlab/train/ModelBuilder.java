package org.convlab.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.convlab.engine.AvgPool2d;
import org.convlab.engine.BatchNorm;
import org.convlab.engine.Conv2d;
import org.convlab.engine.Conv2dConfig;
import org.convlab.engine.Dense;
import org.convlab.engine.Flatten;
import org.convlab.engine.GlobalAvgPool;
import org.convlab.engine.Initializer;
import org.convlab.engine.Layer;
import org.convlab.engine.MaxPool2d;
import org.convlab.engine.Param;
import org.convlab.engine.PoolConfig;
import org.convlab.engine.Residual;
import org.convlab.engine.Sequential;
import org.convlab.engine.Shapes;

/**
 * Describes a network layer by layer and builds fresh copies of it:
 * <pre>{@code
 * Model lenet = ModelBuilder.input(1, 28, 28)
 *         .conv(6, 5, 2).relu().maxPool(2)
 *         .conv(16, 5).relu().maxPool(2)
 *         .dense(120).relu().dense(84).relu().dense(10)
 *         .build(seed);
 * }</pre>
 * Shapes are checked as layers are added, so a mistake is reported at the call that makes it.
 * {@code dense} after an image flattens it first. Layers get ids by kind: conv1, relu1, pool1,
 * dense1, res1 and so on.
 *
 * <p>Initialization, all drawn from the one seed given to {@link #build}: a conv or dense weight
 * followed by a ReLU-like activation (batch norm in between allowed) gets He/Kaiming normal,
 * any other weight Xavier/Glorot uniform, unless {@link #initializer} chose one; biases start
 * at zero, batch norm at gamma 1 and beta 0.
 */
public final class ModelBuilder {
    private enum Kind { WEIGHTED, RELU_LIKE, NORM, OTHER, BLOCK }

    /** One layer to create: its id, what creates it, and the shapes around it (one sample). */
    private record Step(String id, Kind kind, Supplier<Layer> factory, Initializer init, List<Step> members,
                        int[] in, int[] out) {
    }

    private final int[] inputShape;            // [C, H, W]
    private final Map<String, Integer> counters; // shared with residual sub-builders, so ids stay unique
    private final List<Step> steps = new ArrayList<>();
    private int[] shape;                       // one sample after the last step
    private Initializer initializer;           // null: automatic

    private ModelBuilder(int[] shape, Map<String, Integer> counters, Initializer initializer) {
        this.inputShape = shape.clone();
        this.shape = shape.clone();
        this.counters = counters;
        this.initializer = initializer;
    }

    /** Starts a network for images of {@code channels}×{@code height}×{@code width}. */
    public static ModelBuilder input(int channels, int height, int width) {
        if (channels < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException("the input needs at least 1 channel and 1×1 pixels, got "
                    + channels + " channels of " + height + "×" + width);
        }
        return new ModelBuilder(new int[] {channels, height, width}, new HashMap<>(), null);
    }

    /** A convolution with stride 1 and no padding. */
    public ModelBuilder conv(int filters, int kernel) {
        return conv(filters, kernel, 1, 0);
    }

    /** A convolution with stride 1 and {@code padding} zeros on every side. */
    public ModelBuilder conv(int filters, int kernel, int padding) {
        return conv(filters, kernel, 1, padding);
    }

    public ModelBuilder conv(int filters, int kernel, int stride, int padding) {
        String id = nextId("conv");
        int[] in = requireImage(id, "a convolution");
        if (filters < 1 || kernel < 1 || stride < 1 || padding < 0) {
            throw new IllegalArgumentException(id + " needs at least 1 filter, a kernel and stride of at least 1 and "
                    + "padding of at least 0, got " + filters + " filters, kernel " + kernel + ", stride " + stride
                    + ", padding " + padding);
        }
        Conv2dConfig cfg = Conv2dConfig.of(stride, padding, 1, 1);
        int outH = cfg.outHeight(in[1], kernel);
        int outW = cfg.outWidth(in[2], kernel);
        if (outH < 1 || outW < 1) {
            throw new IllegalArgumentException(id + ": a " + kernel + "×" + kernel + " kernel with padding " + padding
                    + " does not fit the " + in[1] + "×" + in[2] + " input; use a smaller kernel or more padding");
        }
        return add(id, Kind.WEIGHTED, () -> new Conv2d(in[0], filters, kernel, kernel, cfg, true),
                new int[] {filters, outH, outW});
    }

    /** Max pooling over size×size windows with stride = size. */
    public ModelBuilder maxPool(int size) {
        return pool(true, size);
    }

    /** Average pooling over size×size windows with stride = size. */
    public ModelBuilder avgPool(int size) {
        return pool(false, size);
    }

    private ModelBuilder pool(boolean max, int size) {
        String id = nextId("pool");
        int[] in = requireImage(id, "pooling");
        if (size < 1) {
            throw new IllegalArgumentException(id + " needs a window of at least 1, got " + size);
        }
        PoolConfig cfg = PoolConfig.of(size);
        if (cfg.outHeight(in[1]) < 1 || cfg.outWidth(in[2]) < 1) {
            throw new IllegalArgumentException(id + ": a " + size + "×" + size + " window does not fit the "
                    + in[1] + "×" + in[2] + " input");
        }
        int[] out = {in[0], cfg.outHeight(in[1]), cfg.outWidth(in[2])};
        return add(id, Kind.OTHER, () -> max ? new MaxPool2d(cfg) : new AvgPool2d(cfg), out);
    }

    /** The mean of each channel: [C, H, W] to [C]. */
    public ModelBuilder globalAvgPool() {
        String id = nextId("gap");
        int[] in = requireImage(id, "global average pooling");
        return add(id, Kind.OTHER, GlobalAvgPool::new, new int[] {in[0]});
    }

    /** Batch normalization over the channels (or features, after flattening). */
    public ModelBuilder batchNorm() {
        String id = nextId("bn");
        int channels = shape[0];
        return add(id, Kind.NORM, () -> new BatchNorm(channels), shape);
    }

    public ModelBuilder relu() {
        return activation(ActivationKind.RELU);
    }

    public ModelBuilder leakyRelu() {
        return activation(ActivationKind.LEAKY_RELU);
    }

    public ModelBuilder elu() {
        return activation(ActivationKind.ELU);
    }

    public ModelBuilder tanh() {
        return activation(ActivationKind.TANH);
    }

    public ModelBuilder sigmoid() {
        return activation(ActivationKind.SIGMOID);
    }

    public ModelBuilder activation(ActivationKind kind) {
        return add(nextId(kind.id()), kind.reluFamily() ? Kind.RELU_LIKE : Kind.OTHER, kind::create, shape);
    }

    /** [C, H, W] to [C·H·W]; {@link #dense} does this by itself when needed. */
    public ModelBuilder flatten() {
        return add(nextId("flatten"), Kind.OTHER, Flatten::new, new int[] {Shapes.size(shape)});
    }

    /** A fully connected layer with {@code units} outputs and a bias. */
    public ModelBuilder dense(int units) {
        if (shape.length != 1) {
            flatten();
        }
        String id = nextId("dense");
        if (units < 1) {
            throw new IllegalArgumentException(id + " needs at least 1 unit, got " + units);
        }
        int in = shape[0];
        return add(id, Kind.WEIGHTED, () -> new Dense(in, units, true), new int[] {units});
    }

    /**
     * A skip connection y = x + f(x), with f the layers {@code branch} adds to the builder it is
     * given (which starts at the current shape). f must keep the shape.
     */
    public ModelBuilder residual(UnaryOperator<ModelBuilder> branch) {
        String id = nextId("res");
        ModelBuilder sub = new ModelBuilder(shape, counters, initializer);
        branch.apply(sub);
        if (sub.steps.isEmpty()) {
            throw new IllegalArgumentException(id + " has an empty branch; add at least one layer to it");
        }
        if (!Arrays.equals(sub.shape, shape)) {
            throw new IllegalArgumentException(id + ": the branch turns " + Shapes.describe(shape) + " into "
                    + Shapes.describe(sub.shape) + ", but x + f(x) needs both the same shape (keep the channels and "
                    + "pad a k×k convolution by (k-1)/2)");
        }
        steps.add(new Step(id, Kind.BLOCK, null, null, List.copyOf(sub.steps), shape, shape));
        return this;
    }

    /** The initializer for the conv and dense weights added from now on; null goes back to the automatic choice. */
    public ModelBuilder initializer(Initializer init) {
        this.initializer = init;
        return this;
    }

    /** Shape of one sample after the layers so far, without the batch axis. */
    public int[] outputShape() {
        return shape.clone();
    }

    /** A new model with fresh layers, initialized from {@code seed}. */
    public Model build(long seed) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("the model has no layers; add at least one, such as dense(10)");
        }
        if (shape.length != 1) {
            throw new IllegalArgumentException("the model must end in a vector of class scores, such as dense(10), "
                    + "but it ends in " + Shapes.describe(shape));
        }
        SplittableRandom rng = new SplittableRandom(seed);
        return new Model(inputShape, instantiate(steps, 0, rng));
    }

    private static List<ModelLayer> instantiate(List<Step> steps, int depth, SplittableRandom rng) {
        List<ModelLayer> layers = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (step.kind() == Kind.BLOCK) {
                List<ModelLayer> members = instantiate(step.members(), depth + 1, rng);
                layers.add(new ModelLayer(step.id(), new Residual(new Sequential(members)), depth, step.in(), step.out(),
                        members));
                continue;
            }
            Layer layer = step.factory().get();
            if (step.kind() == Kind.WEIGHTED) {
                Initializer init = step.init() != null ? step.init() : automaticInitializer(steps, i);
                for (Param p : layer.params()) {
                    if (p.name().equals("weight")) {
                        init.fill(p.value(), rng);
                    }
                }
            }
            layers.add(new ModelLayer(step.id(), layer, depth, step.in(), step.out(), List.of()));
        }
        return layers;
    }

    /** He for a weight whose next activation (past any batch norm) is ReLU-like, else Glorot. */
    private static Initializer automaticInitializer(List<Step> steps, int weighted) {
        for (int j = weighted + 1; j < steps.size(); j++) {
            Kind next = steps.get(j).kind();
            if (next != Kind.NORM) {
                return next == Kind.RELU_LIKE ? new Initializer.KaimingNormal() : new Initializer.XavierUniform();
            }
        }
        return new Initializer.XavierUniform();
    }

    private ModelBuilder add(String id, Kind kind, Supplier<Layer> factory, int[] out) {
        steps.add(new Step(id, kind, factory, kind == Kind.WEIGHTED ? initializer : null, List.of(), shape, out.clone()));
        shape = out.clone();
        return this;
    }

    private int[] requireImage(String id, String what) {
        if (shape.length != 3) {
            throw new IllegalArgumentException(id + ": " + what + " needs images [C, H, W], but the data is already "
                    + "flattened to " + Shapes.describe(shape) + " here; put convolutions and pooling before dense layers");
        }
        return shape.clone();
    }

    private String nextId(String kind) {
        return kind + counters.merge(kind, 1, Integer::sum);
    }
}
