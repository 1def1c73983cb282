package org.convlab.train;

import java.util.ArrayList;
import java.util.List;
import org.convlab.engine.Param;
import org.convlab.engine.Tensor;

/**
 * Per-layer statistics for a snapshot, computed only for the batches that publish one:
 * {@link #rememberWeights} before the step, {@link #captureGradientNorms} after backward,
 * {@link #collect} after the step. The weight copies are allocated once.
 */
final class LayerStatsCollector {
    static final int HISTOGRAM_BINS = 32;

    private final List<ModelLayer> layers;
    private final float[][][] before;    // [layer][own param][values] before the step
    private final double[] gradientNorm; // [layer], NaN for layers without own parameters

    LayerStatsCollector(Model model) {
        this.layers = model.layers();
        this.before = new float[layers.size()][][];
        this.gradientNorm = new double[layers.size()];
        for (int l = 0; l < layers.size(); l++) {
            List<Param> own = layers.get(l).ownParams();
            before[l] = new float[own.size()][];
            for (int p = 0; p < own.size(); p++) {
                before[l][p] = new float[own.get(p).value().size()];
            }
        }
    }

    void rememberWeights() {
        for (int l = 0; l < layers.size(); l++) {
            List<Param> own = layers.get(l).ownParams();
            for (int p = 0; p < own.size(); p++) {
                float[] w = own.get(p).value().data();
                System.arraycopy(w, 0, before[l][p], 0, w.length);
            }
        }
    }

    void captureGradientNorms() {
        for (int l = 0; l < layers.size(); l++) {
            List<Param> own = layers.get(l).ownParams();
            double sum = 0;
            for (Param p : own) {
                for (float g : p.grad().data()) {
                    sum += (double) g * g;
                }
            }
            gradientNorm[l] = own.isEmpty() ? Double.NaN : Math.sqrt(sum);
        }
    }

    /** Statistics of every layer; activations are the outputs of the last forward pass. */
    List<LayerStats> collect() {
        List<LayerStats> stats = new ArrayList<>(layers.size());
        for (int l = 0; l < layers.size(); l++) {
            ModelLayer layer = layers.get(l);
            Tensor out = layer.lastOutput();
            float[] values = out == null ? new float[0] : out.data();
            double sum = 0;
            double sumSquares = 0;
            for (float v : values) {
                sum += v;
                sumSquares += (double) v * v;
            }
            double mean = values.length == 0 ? Double.NaN : sum / values.length;
            double variance = values.length == 0 ? Double.NaN : Math.max(0, sumSquares / values.length - mean * mean);
            stats.add(new LayerStats(layer.id(), mean, Math.sqrt(variance), Histogram.of(values, HISTOGRAM_BINS),
                    gradientNorm[l], updateRatio(l)));
        }
        return stats;
    }

    private double updateRatio(int l) {
        List<Param> own = layers.get(l).ownParams();
        if (own.isEmpty()) {
            return Double.NaN;
        }
        double change = 0;
        double size = 0;
        for (int p = 0; p < own.size(); p++) {
            float[] now = own.get(p).value().data();
            float[] was = before[l][p];
            for (int i = 0; i < now.length; i++) {
                double d = (double) now[i] - was[i];
                change += d * d;
                size += (double) was[i] * was[i];
            }
        }
        return Math.sqrt(change) / Math.sqrt(size);
    }
}
