package org.convlab.train;

import org.convlab.engine.Initializer;

/** Ready-made networks. Each method returns a builder, so a caller can still add to it or pick the seed. */
public final class Models {
    private Models() {
    }

    /**
     * LeNet-5 as usually taught today, with ReLU and max pooling: conv 6@5×5 pad 2, ReLU,
     * max-pool 2, conv 16@5×5, ReLU, max-pool 2, dense 120, ReLU, dense 84, ReLU, dense
     * {@code classes}. On 1×28×28 digits and 10 classes: 61,706 parameters.
     */
    public static ModelBuilder lenet5(int channels, int height, int width, int classes) {
        return ModelBuilder.input(channels, height, width)
                .conv(6, 5, 2).relu().maxPool(2)
                .conv(16, 5).relu().maxPool(2)
                .dense(120).relu()
                .dense(84).relu()
                .dense(classes);
    }

    /** LeNet-5 for 28×28 grey digits in 10 classes. */
    public static ModelBuilder lenet5() {
        return lenet5(1, 28, 28, 10);
    }

    /** A small multilayer perceptron: flatten, dense 128, ReLU, dense 64, ReLU, dense {@code classes}. */
    public static ModelBuilder mlp(int channels, int height, int width, int classes) {
        return ModelBuilder.input(channels, height, width)
                .dense(128).relu()
                .dense(64).relu()
                .dense(classes);
    }

    /**
     * A deep plain (no skip connection, no normalization) network for the gradient lab:
     * flatten, then {@code depth} hidden dense layers of {@code width} units each followed by
     * {@code activation}, then dense {@code classes}. {@code init} fills every weight; null picks
     * He or Glorot automatically, as {@link ModelBuilder} does.
     */
    public static ModelBuilder deepPlain(int channels, int height, int width, int classes,
                                         int depth, int hiddenWidth, ActivationKind activation, Initializer init) {
        if (depth < 1) {
            throw new IllegalArgumentException("a deep plain network needs at least 1 hidden layer, got depth " + depth);
        }
        ModelBuilder b = ModelBuilder.input(channels, height, width).initializer(init).flatten();
        for (int i = 0; i < depth; i++) {
            b.dense(hiddenWidth).activation(activation);
        }
        return b.dense(classes);
    }
}
