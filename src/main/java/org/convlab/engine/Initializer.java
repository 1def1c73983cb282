package org.convlab.engine;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * How a weight tensor gets its starting values. Every random draw comes from the generator
 * passed in (or a {@link SplittableRandom} seeded with the given seed), never a global one.
 * Fans come from the weight's shape ({@link Fans}), so the same initializer suits dense and
 * conv weights. Formulas follow {@code torch.nn.init}.
 */
public sealed interface Initializer {

    /** Overwrites every element of {@code weight}. */
    void fill(Tensor weight, RandomGenerator rng);

    /** A short label for menus, for example "He normal". */
    String label();

    default void fill(Tensor weight, long seed) {
        fill(weight, new SplittableRandom(seed));
    }

    /** 1/sqrt(fan_in): PyTorch's default bound for dense and conv weights and their biases. */
    static double fanInBound(int[] weightShape) {
        return 1.0 / Math.sqrt(Fans.of(weightShape).fanIn());
    }

    /** All zeros. */
    record Zeros() implements Initializer {
        @Override
        public void fill(Tensor weight, RandomGenerator rng) {
            weight.zero();
        }

        @Override
        public String label() {
            return "zeros";
        }
    }

    /** Every element set to {@code value}. */
    record Constant(double value) implements Initializer {
        @Override
        public void fill(Tensor weight, RandomGenerator rng) {
            Arrays.fill(weight.data(), (float) value);
        }

        @Override
        public String label() {
            return "constant " + value;
        }
    }

    /** Normal with the given mean and standard deviation. */
    record Normal(double mean, double std) implements Initializer {
        public Normal {
            requireNonNegative("std", std);
        }

        @Override
        public void fill(Tensor weight, RandomGenerator rng) {
            fillNormal(weight, mean, std, rng);
        }

        @Override
        public String label() {
            return "normal(" + mean + ", " + std + ")";
        }
    }

    /** Uniform in [low, high). */
    record Uniform(double low, double high) implements Initializer {
        public Uniform {
            if (!(low <= high)) {
                throw new IllegalArgumentException("uniform needs low <= high, got [" + low + ", " + high + ")");
            }
        }

        @Override
        public void fill(Tensor weight, RandomGenerator rng) {
            fillUniform(weight, low, high, rng);
        }

        @Override
        public String label() {
            return "uniform(" + low + ", " + high + ")";
        }
    }

    /** Uniform in ±1/sqrt(fan_in), what torch.nn.Linear and Conv2d start with. */
    record FanInUniform() implements Initializer {
        @Override
        public void fill(Tensor weight, RandomGenerator rng) {
            double bound = fanInBound(weight.shape());
            fillUniform(weight, -bound, bound, rng);
        }

        @Override
        public String label() {
            return "uniform ±1/√fan_in";
        }
    }

    /** Xavier/Glorot uniform: ±gain * sqrt(6 / (fan_in + fan_out)). */
    record XavierUniform(double gain) implements Initializer {
        public XavierUniform() {
            this(1.0);
        }

        @Override
        public void fill(Tensor weight, RandomGenerator rng) {
            Fans fans = Fans.of(weight.shape());
            double bound = gain * Math.sqrt(6.0 / (fans.fanIn() + fans.fanOut()));
            fillUniform(weight, -bound, bound, rng);
        }

        @Override
        public String label() {
            return "Xavier uniform";
        }
    }

    /** Xavier/Glorot normal: std = gain * sqrt(2 / (fan_in + fan_out)). */
    record XavierNormal(double gain) implements Initializer {
        public XavierNormal() {
            this(1.0);
        }

        @Override
        public void fill(Tensor weight, RandomGenerator rng) {
            Fans fans = Fans.of(weight.shape());
            fillNormal(weight, 0, gain * Math.sqrt(2.0 / (fans.fanIn() + fans.fanOut())), rng);
        }

        @Override
        public String label() {
            return "Xavier normal";
        }
    }

    /** He/Kaiming uniform for ReLU (gain sqrt 2, fan_in mode): ±sqrt(2) * sqrt(3 / fan_in) = ±sqrt(6 / fan_in). */
    record KaimingUniform() implements Initializer {
        @Override
        public void fill(Tensor weight, RandomGenerator rng) {
            double bound = Math.sqrt(2.0) * Math.sqrt(3.0 / Fans.of(weight.shape()).fanIn());
            fillUniform(weight, -bound, bound, rng);
        }

        @Override
        public String label() {
            return "He uniform";
        }
    }

    /** He/Kaiming normal for ReLU (gain sqrt 2, fan_in mode): std = sqrt(2 / fan_in). */
    record KaimingNormal() implements Initializer {
        @Override
        public void fill(Tensor weight, RandomGenerator rng) {
            fillNormal(weight, 0, Math.sqrt(2.0 / Fans.of(weight.shape()).fanIn()), rng);
        }

        @Override
        public String label() {
            return "He normal";
        }
    }

    private static void fillUniform(Tensor weight, double low, double high, RandomGenerator rng) {
        float[] w = weight.data();
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (low + (high - low) * rng.nextDouble());
        }
    }

    private static void fillNormal(Tensor weight, double mean, double std, RandomGenerator rng) {
        float[] w = weight.data();
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (mean + std * rng.nextGaussian());
        }
    }

    private static void requireNonNegative(String what, double value) {
        if (!(value >= 0)) {
            throw new IllegalArgumentException(what + " must not be negative, got " + value);
        }
    }
}
