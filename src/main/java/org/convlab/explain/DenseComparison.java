package org.convlab.explain;

/**
 * A convolution's learnable numbers next to those of a dense (fully connected) layer that maps
 * the same inputs to the same outputs: every output element connected to every input element
 * with a weight of its own, and one bias per output element. This is what weight sharing and
 * local connections save.
 *
 * @param convWeights  the kernel's entries: Cout · C/groups · kh · kw
 * @param convBiases   Cout, or 0 without bias
 * @param inputs       the input's elements: C · H · W (padding is not an input)
 * @param outputs      the output's elements: Cout · Ho · Wo
 * @param denseWeights inputs · outputs
 * @param denseBiases  outputs when the convolution has a bias, else 0
 */
public record DenseComparison(long convWeights, long convBiases, long inputs, long outputs,
                              long denseWeights, long denseBiases) {

    /** The comparison for a valid setup (one with an output). */
    public static DenseComparison of(ConvSetup s) {
        if (!s.valid()) {
            throw new IllegalArgumentException("no output to compare: " + String.join("; ", s.problems()));
        }
        int[] in = s.input().shape();
        long inputs = (long) in[0] * in[1] * in[2];
        long outputs = (long) s.kernel().dim(0);
        for (OutputSize axis : s.outputSizes()) {
            outputs *= axis.result();
        }
        long convBiases = s.bias() == null ? 0 : s.bias().length;
        return new DenseComparison(s.kernel().size(), convBiases, inputs, outputs, inputs * outputs,
                s.bias() == null ? 0 : outputs);
    }
}
