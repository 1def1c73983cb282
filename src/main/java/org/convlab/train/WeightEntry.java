package org.convlab.train;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.convlab.engine.BatchNorm;
import org.convlab.engine.Param;
import org.convlab.engine.Shapes;

/**
 * One tensor of a model's saved state: a parameter, or a batch norm's running mean or variance
 * (state that is not trained but must travel with the weights).
 */
record WeightEntry(String name, int[] shape, Supplier<float[]> reader, Consumer<float[]> writer) {

    /** Every parameter in forward order, then each batch norm's running statistics. */
    static List<WeightEntry> of(Model model) {
        List<WeightEntry> entries = new ArrayList<>();
        for (Param p : model.params()) {
            float[] live = p.value().data();
            entries.add(new WeightEntry(p.name(), p.value().shape(), () -> live,
                    values -> System.arraycopy(values, 0, live, 0, live.length)));
        }
        for (ModelLayer layer : model.layers()) {
            if (layer.inner() instanceof BatchNorm bn) {
                int[] shape = {bn.channels()};
                entries.add(new WeightEntry(layer.id() + ".running_mean", shape, bn::runningMean,
                        mean -> bn.setRunningStats(mean, bn.runningVar())));
                entries.add(new WeightEntry(layer.id() + ".running_var", shape, bn::runningVar,
                        var -> bn.setRunningStats(bn.runningMean(), var)));
            }
        }
        return entries;
    }

    int size() {
        return Shapes.size(shape);
    }

    float[] read() {
        return reader.get();
    }

    void write(float[] values) {
        writer.accept(values);
    }

    /** The header line: "conv1.weight 6x1x5x5". */
    String fingerprint() {
        return name + " " + WeightsFile.shapeText(shape);
    }
}
