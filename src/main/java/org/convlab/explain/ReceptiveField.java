package org.convlab.explain;

import java.util.ArrayList;
import java.util.List;

/**
 * Receptive-field arithmetic along one axis, in the terms of Dang Ha The Hien's "A guide to
 * receptive field arithmetic for CNNs":
 * <ul>
 *   <li>size: how many input pixels one output feature sees, r' = r + (k_eff - 1)·j</li>
 *   <li>jump: the distance in input pixels between neighbouring output features, j' = j·s</li>
 *   <li>start: the input coordinate of the centre of the first output feature's field,
 *       start' = start + ((k_eff - 1)/2 - p)·j, counting pixel i's centre at i + 0.5</li>
 * </ul>
 * where k_eff = d·(k - 1) + 1 is the dilated kernel size. The input itself has size 1, jump 1,
 * start 0.5.
 */
public final class ReceptiveField {
    private ReceptiveField() {
    }

    /** One layer's kernel, stride, dilation and padding (before the first input element). */
    public record Layer(int kernel, int stride, int dilation, int padding) {
        public Layer {
            if (kernel < 1) {
                throw new IllegalArgumentException("kernel must be at least 1, got " + kernel);
            }
            if (stride < 1) {
                throw new IllegalArgumentException("stride must be at least 1, got " + stride);
            }
            if (dilation < 1) {
                throw new IllegalArgumentException("dilation must be at least 1, got " + dilation);
            }
            if (padding < 0) {
                throw new IllegalArgumentException("padding must not be negative, got " + padding);
            }
        }

        /** d·(k - 1) + 1. */
        public int effectiveKernel() {
            return dilation * (kernel - 1) + 1;
        }
    }

    /** The field after a layer. */
    public record Step(long size, long jump, double start) {
    }

    /** The input before any layer: size 1, jump 1, start 0.5. */
    public static final Step INPUT = new Step(1, 1, 0.5);

    /** The field after one more layer. */
    public static Step next(Step in, Layer layer) {
        long size = in.size() + (long) (layer.effectiveKernel() - 1) * in.jump();
        long jump = in.jump() * layer.stride();
        double start = in.start() + ((layer.effectiveKernel() - 1) / 2.0 - layer.padding()) * in.jump();
        return new Step(size, jump, start);
    }

    /** The field after each layer, in order. */
    public static List<Step> through(List<Layer> layers) {
        List<Step> steps = new ArrayList<>(layers.size());
        Step s = INPUT;
        for (Layer l : layers) {
            s = next(s, l);
            steps.add(s);
        }
        return steps;
    }
}
