package org.convlab.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Layers applied one after another, like {@code torch.nn.Sequential}. Parameters carry the
 * layer's index as a prefix ("0.weight", "2.bias"), sharing value and gradient with the layer.
 */
public final class Sequential implements Layer {
    private final List<Layer> layers;
    private final List<Param> params; // every layer's params, prefixed with its index

    public Sequential(Layer... layers) {
        this(List.of(layers));
    }

    public Sequential(List<? extends Layer> layers) {
        this.layers = List.copyOf(layers);
        List<Param> all = new ArrayList<>();
        for (int i = 0; i < this.layers.size(); i++) {
            for (Param p : this.layers.get(i).params()) {
                all.add(p.withPrefix(i + "."));
            }
        }
        this.params = List.copyOf(all);
    }

    public List<Layer> layers() {
        return layers;
    }

    @Override
    public String name() {
        return "sequential(" + layers.size() + (layers.size() == 1 ? " layer)" : " layers)");
    }

    /** The shape after each layer in turn; an error names the layer that rejects its input. */
    @Override
    public int[] outputShape(int[] inputShape) {
        int[] shape = inputShape.clone();
        for (int i = 0; i < layers.size(); i++) {
            shape = shapeAfter(i, shape);
        }
        return shape;
    }

    @Override
    public Tensor forward(Tensor input, Mode mode) {
        Tensor x = input;
        for (int i = 0; i < layers.size(); i++) {
            shapeAfter(i, x.shape());
            x = layers.get(i).forward(x, mode);
        }
        return x;
    }

    @Override
    public Tensor backward(Tensor gradOutput) {
        Tensor g = gradOutput;
        for (int i = layers.size() - 1; i >= 0 && g != null; i--) { // null: told no input gradient is needed
            g = layers.get(i).backward(g);
        }
        return g;
    }

    @Override
    public void useKernel(ConvKernel kernel) {
        for (Layer l : layers) {
            l.useKernel(kernel);
        }
    }

    /** No layer up to the first with parameters passes on an input gradient when this one needs none. */
    @Override
    public void setNeedsInputGradient(boolean needed) {
        for (Layer l : layers) {
            l.setNeedsInputGradient(needed);
            if (!l.params().isEmpty()) {
                break;
            }
        }
    }

    @Override
    public List<Param> params() {
        return params;
    }

    @Override
    public long flops(int[] inputShape) {
        long total = 0;
        int[] shape = inputShape.clone();
        for (int i = 0; i < layers.size(); i++) {
            total += layers.get(i).flops(shape);
            shape = shapeAfter(i, shape);
        }
        return total;
    }

    private int[] shapeAfter(int index, int[] shape) {
        Layer layer = layers.get(index);
        try {
            return layer.outputShape(shape);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("layer " + index + " (" + layer.name() + ") rejects input "
                    + Arrays.toString(shape) + ": " + e.getMessage(), e);
        }
    }
}
