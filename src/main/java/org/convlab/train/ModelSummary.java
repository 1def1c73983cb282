package org.convlab.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a model is made of, layer by layer, as plain values a lesson can show or check:
 * the output shape of one sample, the trainable parameters and the floating-point operations
 * of one forward pass for one sample (as each engine layer counts them).
 *
 * @param inputShape one sample's shape, for example [1, 28, 28]
 * @param layers     every layer in forward order; members of a residual block come before the
 *                   block's own row, which counts only the element-wise add
 * @param parameters sum over the rows
 * @param flops      sum over the rows
 */
public record ModelSummary(List<Integer> inputShape, List<Row> layers, long parameters, long flops) {

    /**
     * One layer.
     *
     * @param id          short id, such as "conv1"
     * @param description the engine layer's name, such as "Conv2d(1→6, 5×5, pad 2)"
     * @param depth       0 at the top, 1 inside a residual block
     * @param outputShape one sample's output shape
     */
    public record Row(String id, String description, int depth, List<Integer> outputShape, long parameters, long flops) {
        public Row {
            outputShape = List.copyOf(outputShape);
        }
    }

    public ModelSummary {
        inputShape = List.copyOf(inputShape);
        layers = List.copyOf(layers);
    }

    static ModelSummary of(Model model) {
        List<Row> rows = new ArrayList<>();
        long params = 0;
        long flops = 0;
        for (ModelLayer layer : model.layers()) {
            long layerFlops = layer.flops(withBatch(layer.sampleInputShape()));
            rows.add(new Row(layer.id(), layer.name(), layer.depth(), boxed(layer.sampleOutputShape()),
                    layer.parameterCount(), layerFlops));
            params += layer.parameterCount();
            flops += layerFlops;
        }
        return new ModelSummary(boxed(model.inputShape()), rows, params, flops);
    }

    /** The summary as a fixed-width text table with a total line, numbers grouped by thousands. */
    public String table() {
        String[] header = {"layer", "type", "output", "parameters", "FLOPs"};
        List<String[]> cells = new ArrayList<>();
        cells.add(header);
        cells.add(new String[] {"input", "", shape(inputShape), "", ""});
        for (Row r : layers) {
            cells.add(new String[] {"  ".repeat(r.depth()) + r.id(), r.description(), shape(r.outputShape()),
                    grouped(r.parameters()), grouped(r.flops())});
        }
        cells.add(new String[] {"total", "", "", grouped(parameters), grouped(flops)});
        int[] widths = new int[header.length];
        for (String[] row : cells) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] row : cells) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                boolean number = c >= 3; // numbers right-aligned
                String cell = number ? " ".repeat(widths[c] - row[c].length()) + row[c]
                        : row[c] + " ".repeat(widths[c] - row[c].length());
                line.append(c == 0 ? "" : "  ").append(cell);
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return table();
    }

    /** "6×28×28". */
    static String shape(List<Integer> dims) {
        return String.join("×", dims.stream().map(String::valueOf).toList());
    }

    static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static List<Integer> boxed(int[] dims) {
        return Arrays.stream(dims).boxed().toList();
    }

    private static int[] withBatch(int[] sample) {
        int[] shape = new int[sample.length + 1];
        shape[0] = 1;
        System.arraycopy(sample, 0, shape, 1, sample.length);
        return shape;
    }
}
