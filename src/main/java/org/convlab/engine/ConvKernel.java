package org.convlab.engine;

/**
 * The fast convolution used for training: the same semantics and shapes as {@link ConvOps}
 * (which stays the reference), computed as matrix products on float32, split over disjoint
 * output slices on an {@link EnginePool}, with scratch buffers reused through a
 * {@link ConvWorkspace}. Stride-1 convolutions read shifted windows of a zero-padded copy of the
 * image (direct); others go through im2col. Results agree with ConvOps (double accumulation)
 * within 1e-4 of the sum of the terms' absolute values (the tests' bound; float32 rounding
 * usually lands far closer), not bitwise.
 *
 * <h2>Determinism</h2>
 * Every output element is summed in one fixed order whatever the number of threads, so a run on
 * 8 threads is bitwise equal to a run on 1, and the Vector API path is bitwise equal to the
 * scalar one ({@link Gemm} fixes the order). The orders, per element:
 * <ul>
 *   <li>forward: {@code s = 0; for ci, ky, kx: s = fma(w, x, s)} (padding taps add w·0), then {@code s + b};</li>
 *   <li>weight gradient: per chunk of 8 items, {@code s = 0; for n, oy, ox: s = fma(dy, x, s)}; bias: {@code s = s + dy}
 *   in that order; then the chunks' sums added in order (the chunks depend on the batch size alone);</li>
 *   <li>input gradient, direct: {@code s = 0; for co, then the flipped taps ky', kx': s = fma(w, dy, s)};
 *   im2col: over the taps (ky, kx) in order, {@code dx += (s = 0; for co: s = fma(w, dy, s))}.</li>
 * </ul>
 * Which algorithm runs depends on the shape only ({@link ConvPlan}). See docs/conv-kernel.md for
 * the design and its measurements.
 */
public final class ConvKernel {
    private static final class SharedHolder {
        static final ConvKernel KERNEL = new ConvKernel(EnginePool.shared());
    }

    private final EnginePool pool;
    private final Gemm gemm;
    private final ConvPlan.Policy policy;

    /** A kernel on {@code pool}, using the Vector API when the JVM has the jdk.incubator.vector module. */
    public ConvKernel(EnginePool pool) {
        this(pool, true);
    }

    /** As {@link #ConvKernel(EnginePool)}; {@code allowVectorApi = false} forces the scalar path (same bits, slower). */
    public ConvKernel(EnginePool pool, boolean allowVectorApi) {
        this(pool, allowVectorApi, ConvPlan.Policy.AUTO);
    }

    /** A kernel that runs one algorithm wherever it applies, for tests and measurements. */
    ConvKernel(EnginePool pool, boolean allowVectorApi, ConvPlan.Policy policy) {
        if (pool == null) {
            throw new IllegalArgumentException("a convolution kernel needs an engine pool");
        }
        this.pool = pool;
        this.gemm = Gemms.best(allowVectorApi);
        this.policy = policy;
    }

    /** The kernel on the shared pool (all cores), the default of the convolution layers. */
    public static ConvKernel shared() {
        return SharedHolder.KERNEL;
    }

    public EnginePool pool() {
        return pool;
    }

    public int threads() {
        return pool.threads();
    }

    /** The matrix product, for the other layers that run on this kernel (dense). */
    Gemm gemm() {
        return gemm;
    }

    /** True when this kernel runs on the Vector API, false on the scalar path. */
    public boolean vectorized() {
        return gemm.vectorized();
    }

    /** As {@link #forward(Tensor, Tensor, Tensor, Conv2dConfig, ConvWorkspace, Tensor)} with a fresh workspace and output. */
    public Tensor forward(Tensor input, Tensor weight, Tensor bias, Conv2dConfig cfg) {
        return forward(input, weight, bias, cfg, new ConvWorkspace(), null);
    }

    /**
     * output = conv2d(input, weight, bias), as {@link ConvOps#conv2d}. Reads input, weight and bias;
     * writes output and the workspace.
     *
     * @param input  [N, Cin, H, W]
     * @param weight [Cout, Cin/groups, kh, kw]
     * @param bias   [Cout], or null for none
     * @param ws     scratch buffers, reused between calls
     * @param output [N, Cout, Ho, Wo], overwritten; or null for a new tensor
     * @return output
     */
    public Tensor forward(Tensor input, Tensor weight, Tensor bias, Conv2dConfig cfg, ConvWorkspace ws, Tensor output) {
        int[] outShape = ConvOps.conv2dOutputShape(input.shape(), weight.shape(), bias == null ? null : bias.shape(), cfg);
        Tensor out = output == null ? Tensor.zeros(outShape) : requireShape("output", output, outShape);
        ConvGeometry geo = ConvGeometry.of(input.shape(), weight.shape(), outShape, cfg);
        ConvForward.run(pool, gemm, geo, ConvPlan.choose(geo, policy), input.data(), weight.data(), bias == null ? null : bias.data(), out.data(), ws);
        return out;
    }

    /** As {@link #backward(Tensor, Tensor, boolean, Tensor, Conv2dConfig, ConvWorkspace, ConvOps.ConvGrads)} with a fresh workspace and outputs. */
    public ConvOps.ConvGrads backward(Tensor input, Tensor weight, boolean hasBias, Tensor gradOutput, Conv2dConfig cfg) {
        return backward(input, weight, hasBias, gradOutput, cfg, new ConvWorkspace(), null);
    }

    /**
     * Gradients of L = sum(conv2d(input, weight, bias) * gradOutput), as {@link ConvOps#conv2dBackward}.
     * Reads input, weight and gradOutput; writes the gradients and the workspace.
     *
     * @param gradOutput [N, Cout, Ho, Wo]
     * @param output     gradients to overwrite (input [N, Cin, H, W], weight [Cout, Cin/groups, kh, kw],
     *                   bias [Cout] when hasBias); or null for new tensors. An input gradient of null
     *                   skips it (a network's first layer needs none): about a third of the work
     */
    public ConvOps.ConvGrads backward(Tensor input, Tensor weight, boolean hasBias, Tensor gradOutput, Conv2dConfig cfg,
                                      ConvWorkspace ws, ConvOps.ConvGrads output) {
        int[] outShape = ConvOps.conv2dOutputShape(input.shape(), weight.shape(), cfg);
        if (!gradOutput.hasShape(outShape)) {
            throw new IllegalArgumentException("conv2d backward: gradOutput " + Shapes.describe(gradOutput.shape())
                    + " must have the output shape " + Shapes.describe(outShape) + " of "
                    + ConvShapeRules.shown(input.shape(), weight.shape()));
        }
        ConvOps.ConvGrads grads = output == null
                ? new ConvOps.ConvGrads(Tensor.zeros(input.shape()), Tensor.zeros(weight.shape()),
                        hasBias ? Tensor.zeros(weight.dim(0)) : null)
                : checked(output, input, weight, hasBias);
        ConvGeometry geo = ConvGeometry.of(input.shape(), weight.shape(), outShape, cfg);
        ConvBackward.run(pool, gemm, geo, ConvPlan.choose(geo, policy), input.data(), weight.data(), gradOutput.data(),
                grads.input() == null ? null : grads.input().data(), grads.weight().data(), hasBias ? grads.bias().data() : null, ws);
        return grads;
    }

    private static ConvOps.ConvGrads checked(ConvOps.ConvGrads out, Tensor input, Tensor weight, boolean hasBias) {
        if (out.input() != null) {
            requireShape("input gradient", out.input(), input.shape());
        }
        requireShape("weight gradient", out.weight(), weight.shape());
        if (hasBias) {
            if (out.bias() == null) {
                throw new IllegalArgumentException("conv2d backward: a bias gradient tensor is needed when hasBias");
            }
            requireShape("bias gradient", out.bias(), weight.dim(0));
        }
        return out;
    }

    private static Tensor requireShape(String what, Tensor t, int... shape) {
        if (!t.hasShape(shape)) {
            throw new IllegalArgumentException("conv2d: " + what + " buffer " + Shapes.describe(t.shape())
                    + " must have shape " + Shapes.describe(shape));
        }
        return t;
    }
}
