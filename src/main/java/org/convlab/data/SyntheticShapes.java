package org.convlab.data;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.convlab.engine.Tensor;

/**
 * A seeded synthetic data set of squares, triangles, circles and diamonds at random places,
 * sizes and brightness, with Gaussian pixel noise: small enough to train on in seconds, and
 * the same seed always gives the same images. Classes are balanced (they differ by at most one).
 */
public final class SyntheticShapes {
    /** Class names, indexed by label: the {@link ShapeKind} constants in order. */
    public static final List<String> CLASS_NAMES = Arrays.stream(ShapeKind.values()).map(ShapeKind::displayName).toList();

    private static final float MIN_INTENSITY = 0.6f;

    /**
     * What to generate.
     *
     * @param count    number of images
     * @param height   image height in pixels
     * @param width    image width in pixels
     * @param minSize  smallest shape (bounding box side, pixels)
     * @param maxSize  largest shape, at most the image's smaller side
     * @param noiseStd standard deviation of the Gaussian noise added to every pixel (0 for none)
     * @param seed     the one source of randomness
     */
    public record Spec(int count, int height, int width, int minSize, int maxSize, float noiseStd, long seed) {
        public Spec {
            if (count < 1 || height < 1 || width < 1) {
                throw new IllegalArgumentException("count, height and width must be positive: "
                        + count + ", " + height + ", " + width);
            }
            if (minSize < 1 || minSize > maxSize || maxSize > Math.min(height, width)) {
                throw new IllegalArgumentException("shape sizes must satisfy 1 <= min <= max <= " + Math.min(height, width)
                        + " for a " + height + "×" + width + " image, not " + minSize + ".." + maxSize);
            }
            if (!(noiseStd >= 0) || Float.isInfinite(noiseStd)) {
                throw new IllegalArgumentException("noise standard deviation must be finite and >= 0, not " + noiseStd);
            }
        }

        /** {@code count} 28×28 images, shapes 8 to 20 pixels, noise 0.05. */
        public static Spec of(int count, long seed) {
            return new Spec(count, 28, 28, 8, 20, 0.05f, seed);
        }

        /** The same with another image size; shape sizes scale with it (2/7 to 5/7 of the smaller side). */
        public Spec withImageSize(int newHeight, int newWidth) {
            int side = Math.min(newHeight, newWidth);
            int max = Math.max(1, side * 5 / 7);
            return new Spec(count, newHeight, newWidth, Math.min(max, Math.max(1, side * 2 / 7)), max, noiseStd, seed);
        }

        public Spec withSizes(int newMinSize, int newMaxSize) {
            return new Spec(count, height, width, newMinSize, newMaxSize, noiseStd, seed);
        }

        public Spec withNoise(float newNoiseStd) {
            return new Spec(count, height, width, minSize, maxSize, newNoiseStd, seed);
        }
    }

    private SyntheticShapes() {
    }

    /** {@code count} 28×28 images with the default spec. */
    public static Dataset generate(int count, long seed) {
        return generate(Spec.of(count, seed));
    }

    public static Dataset generate(Spec spec) {
        SplittableRandom random = new SplittableRandom(spec.seed());
        int[] labels = balancedLabels(spec.count(), random);
        int pixels = spec.height() * spec.width();
        float[] data = new float[spec.count() * pixels]; // [N, 1, H, W]
        for (int i = 0; i < spec.count(); i++) {
            int size = spec.minSize() + random.nextInt(spec.maxSize() - spec.minSize() + 1);
            int left = random.nextInt(spec.width() - size + 1);
            int top = random.nextInt(spec.height() - size + 1);
            float intensity = MIN_INTENSITY + (1 - MIN_INTENSITY) * (float) random.nextDouble();
            ShapeRenderer.draw(ShapeKind.values()[labels[i]], left, top, size, intensity,
                    data, i * pixels, spec.height(), spec.width());
            addNoise(data, i * pixels, pixels, spec.noiseStd(), random);
        }
        String name = "Synthetic shapes (seed " + spec.seed() + ")";
        return new Dataset(name, Tensor.wrap(data, spec.count(), 1, spec.height(), spec.width()), labels, CLASS_NAMES);
    }

    /** Labels 0,1,2,3,0,1,... shuffled (Fisher-Yates), so every class gets its share. */
    private static int[] balancedLabels(int count, SplittableRandom random) {
        int kinds = ShapeKind.values().length;
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = i % kinds;
        }
        for (int i = count - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = labels[i];
            labels[i] = labels[j];
            labels[j] = swap;
        }
        return labels;
    }

    private static void addNoise(float[] data, int offset, int length, float std, SplittableRandom random) {
        if (std == 0) {
            return;
        }
        for (int k = offset; k < offset + length; k++) {
            float noisy = data[k] + std * (float) random.nextGaussian();
            data[k] = Math.clamp(noisy, 0f, 1f);
        }
    }
}
