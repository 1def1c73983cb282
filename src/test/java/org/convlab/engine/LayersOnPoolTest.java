package org.convlab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers that split their work over the kernel's pool (dense, activations, max pooling) and
 * the optimizers' split updates: 1, 2 and 3 threads and the scalar product give bitwise the same
 * results, on shapes large enough to be split and with odd sizes; max pooling gives the
 * reference's bits, special values included.
 */
class LayersOnPoolTest {
    private static EnginePool one;
    private static EnginePool two;
    private static EnginePool three;
    private static List<ConvKernel> kernels; // the first is the source of truth: one thread, scalar product

    @BeforeAll
    static void start() {
        one = new EnginePool(1);
        two = new EnginePool(2);
        three = new EnginePool(3);
        kernels = List.of(new ConvKernel(one, false), new ConvKernel(one), new ConvKernel(two), new ConvKernel(three),
                new ConvKernel(three, false));
    }

    @AfterAll
    static void stop() {
        one.close();
        two.close();
        three.close();
    }

    /** Forward and backward of a fresh layer on every kernel: output, input gradient and parameter gradients bitwise equal. */
    private static void assertSameBitsOnEveryKernel(String label, Supplier<Layer> make, Tensor x, long seed) {
        float[][] expected = null;
        for (ConvKernel kernel : kernels) {
            Layer layer = make.get();
            Random rnd = new Random(seed);
            for (Param p : layer.params()) {
                float[] v = p.value().data();
                for (int i = 0; i < v.length; i++) {
                    v[i] = rnd.nextFloat() * 2f - 1f;
                }
            }
            layer.useKernel(kernel);
            Tensor y = layer.forward(x, Mode.TRAIN);
            Tensor g = GradCheck.randomLike(y, seed + 1);
            Tensor gx = layer.backward(g);
            float[][] got = new float[2 + layer.params().size()][];
            got[0] = y.data().clone();
            got[1] = gx.data().clone();
            for (int i = 0; i < layer.params().size(); i++) {
                got[2 + i] = layer.params().get(i).grad().data().clone();
            }
            if (expected == null) {
                expected = got;
                continue;
            }
            for (int i = 0; i < got.length; i++) {
                assertArrayEquals(expected[i], got[i], label + ": array " + i + " on " + kernel.threads()
                        + (kernel.vectorized() ? " threads, vector" : " threads, scalar"));
            }
        }
    }

    @Test
    void denseGivesTheSameBitsOnEveryThreadCountAndBothProducts() {
        Random rnd = new Random(1);
        // 33·131·77 multiply-adds: enough to be split into blocks; odd sizes leave partial tiles
        assertSameBitsOnEveryKernel("dense", () -> new Dense(131, 77, true), GradCheck.random(rnd, 33, 131), 2);
        assertSameBitsOnEveryKernel("dense, no bias", () -> new Dense(131, 77, false), GradCheck.random(rnd, 33, 131), 3);
        assertSameBitsOnEveryKernel("small dense", () -> new Dense(7, 3, true), GradCheck.random(rnd, 5, 7), 4);
        assertSameBitsOnEveryKernel("one row", () -> new Dense(400, 120, true), GradCheck.random(rnd, 1, 400), 5);
    }

    @Test
    void denseMatchesAFloat64ReferenceAndAddsIntoTheGradients() {
        Random rnd = new Random(6);
        int n = 9;
        int in = 150;
        int out = 40;
        Dense layer = new Dense(in, out, true, rnd);
        layer.useKernel(kernels.get(2));
        Tensor x = GradCheck.random(rnd, n, in);
        Tensor g = GradCheck.random(rnd, n, out);
        float[] w = layer.weight().value().data();
        float[] b = layer.bias().value().data();
        Tensor y = layer.forward(x, Mode.TRAIN);
        Tensor gx = layer.backward(g);
        layer.backward(g); // a second pass adds the same again
        for (int r = 0; r < n; r++) {
            for (int j = 0; j < out; j++) {
                double s = b[j];
                double scale = Math.abs(b[j]);
                for (int p = 0; p < in; p++) {
                    s += (double) x.data()[r * in + p] * w[j * in + p];
                    scale += Math.abs((double) x.data()[r * in + p] * w[j * in + p]);
                }
                assertEquals(s, y.data()[r * out + j], 1e-6 * scale, "y[" + r + "][" + j + "]");
            }
            for (int p = 0; p < in; p++) {
                double s = 0;
                for (int j = 0; j < out; j++) {
                    s += (double) g.data()[r * out + j] * w[j * in + p];
                }
                assertEquals(s, gx.data()[r * in + p], 1e-5, "dx[" + r + "][" + p + "]");
            }
        }
        for (int j = 0; j < out; j++) {
            double db = 0;
            for (int r = 0; r < n; r++) {
                db += g.data()[r * out + j];
            }
            assertEquals(2 * db, layer.bias().grad().data()[j], 1e-5, "db[" + j + "]");
            for (int p = 0; p < in; p += 7) {
                double dw = 0;
                for (int r = 0; r < n; r++) {
                    dw += (double) g.data()[r * out + j] * x.data()[r * in + p];
                }
                assertEquals(2 * dw, layer.weight().grad().data()[j * in + p], 1e-5, "dW[" + j + "][" + p + "]");
            }
        }
    }

    @Test
    void activationsGiveTheSameBitsOnEveryThreadCount() {
        Random rnd = new Random(7);
        Tensor x = GradCheck.random(rnd, 3, 5, 61, 67); // 61,305 elements: several ranges
        assertSameBitsOnEveryKernel("relu", ReLU::new, x, 8);
        assertSameBitsOnEveryKernel("tanh", Tanh::new, x, 9);
        assertSameBitsOnEveryKernel("leaky relu", () -> new LeakyReLU(0.1f), x, 10);
    }

    @Test
    void reluKeepsNaNAndPassesGradientOnlyWherePositive() {
        ReLU relu = new ReLU();
        Tensor x = Tensor.of(new float[] {-2f, -0f, 0f, Float.MIN_VALUE, 3f, Float.NaN, Float.POSITIVE_INFINITY,
            Float.NEGATIVE_INFINITY}, 1, 8);
        Tensor y = relu.forward(x, Mode.TRAIN);
        assertArrayEquals(new float[] {0f, 0f, 0f, Float.MIN_VALUE, 3f, Float.NaN, Float.POSITIVE_INFINITY, 0f}, y.data());
        Tensor gx = relu.backward(Tensor.filled(-5f, 1, 8));
        assertArrayEquals(new float[] {0f, 0f, 0f, -5f, -5f, 0f, -5f, 0f}, gx.data()); // +0, never -0
        for (float v : new float[] {gx.data()[0], gx.data()[1], gx.data()[5]}) {
            assertEquals(0, Float.floatToRawIntBits(v), "+0");
        }
    }

    @Test
    void maxPoolingGivesTheReferenceBitsOnEveryThreadCount() {
        Random rnd = new Random(11);
        Tensor x = GradCheck.random(rnd, 5, 7, 29, 31);
        float[] d = x.data();
        float[] special = {Float.NaN, -0f, 0f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 0.5f, 0.5f,
            Float.intBitsToFloat(0xFFC00001)}; // a NaN with the sign bit set, too
        for (int i = 0; i < d.length; i += 13) {
            d[i] = special[(i / 13) % special.length];
        }
        for (int i = 0; i < 60; i++) { // whole windows of -inf, of equal values, of -0 then +0
            d[i] = i < 20 ? Float.NEGATIVE_INFINITY : i < 40 ? 1f : (i % 2 == 0 ? -0f : 0f);
        }
        for (PoolConfig cfg : new PoolConfig[] {PoolConfig.of(2), PoolConfig.of(3, 2, 1), PoolConfig.of(3, 1, 1),
            new PoolConfig(2, 3, 2, 1, 0, 1)}) {
            PoolOps.MaxPoolResult ref = PoolOps.maxPool2d(x, cfg);
            Tensor g = GradCheck.randomLike(ref.output(), 12);
            g.data()[0] = -0f;
            Tensor refGrad = PoolOps.maxPool2dBackward(x.shape(), ref.argmax(), g);
            for (ConvKernel kernel : kernels) {
                MaxPool2d pool = new MaxPool2d(cfg);
                pool.useKernel(kernel);
                Tensor y = pool.forward(x, Mode.TRAIN);
                assertArrayEquals(bits(ref.output().data()), bits(y.data()), cfg + " forward on " + kernel.threads());
                Tensor gx = pool.backward(g);
                assertArrayEquals(bits(refGrad.data()), bits(gx.data()), cfg + " backward on " + kernel.threads());
            }
        }
    }

    private static int[] bits(float[] v) {
        int[] b = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = Float.floatToRawIntBits(v[i]);
        }
        return b;
    }

    @Test
    void outputsAndGradientsAreBuffersReusedFromBatchToBatch() {
        Random rnd = new Random(13);
        Layer[] layers = {new Dense(6, 4, true), new ReLU(), new MaxPool2d(PoolConfig.of(2))};
        Tensor[] inputs = {GradCheck.random(rnd, 3, 6), GradCheck.random(rnd, 2, 3, 4, 4), GradCheck.random(rnd, 2, 3, 4, 4)};
        for (int i = 0; i < layers.length; i++) {
            Tensor y1 = layers[i].forward(inputs[i], Mode.TRAIN);
            Tensor g1 = layers[i].backward(GradCheck.randomLike(y1, 1));
            Tensor y2 = layers[i].forward(inputs[i], Mode.TRAIN);
            Tensor g2 = layers[i].backward(GradCheck.randomLike(y2, 1));
            assertSame(y1, y2, layers[i].name());
            assertSame(g1, g2, layers[i].name());
        }
        Layer dense = layers[0];
        Tensor small = dense.forward(GradCheck.random(rnd, 1, 6), Mode.EVAL); // another batch size: another buffer
        assertArrayEquals(new int[] {1, 4}, small.shape());
    }

    @Test
    void aLayerToldItsInputGradientIsUnusedSkipsItAndKeepsTheParameterGradients() {
        Random rnd = new Random(14);
        Tensor x = GradCheck.random(rnd, 4, 2, 9, 9);
        Conv2d full = new Conv2d(2, 3, 3, 3, Conv2dConfig.of(1, 1, 1, 1), true);
        Conv2d first = new Conv2d(2, 3, 3, 3, Conv2dConfig.of(1, 1, 1, 1), true);
        first.setNeedsInputGradient(false);
        Dense dense = new Dense(8, 5, true);
        dense.setNeedsInputGradient(false);
        for (Layer l : new Layer[] {full, first}) {
            l.useKernel(kernels.get(2));
            Random init = new Random(15);
            l.params().forEach(p -> p.value().data()[0] = init.nextFloat());
        }
        Tensor g = GradCheck.randomLike(full.forward(x, Mode.TRAIN), 16);
        first.forward(x, Mode.TRAIN);
        assertTrue(full.backward(g) != null);
        assertNull(first.backward(g));
        for (int i = 0; i < full.params().size(); i++) {
            assertArrayEquals(full.params().get(i).grad().data(), first.params().get(i).grad().data());
        }
        Tensor y = dense.forward(GradCheck.random(rnd, 3, 8), Mode.TRAIN);
        assertNull(dense.backward(GradCheck.randomLike(y, 17)));
        Sequential seq = new Sequential(new ReLU(), new Conv2d(2, 3, 3, 3, Conv2dConfig.of(1, 1, 1, 1), true), new ReLU());
        seq.setNeedsInputGradient(false);
        Tensor s = seq.forward(x, Mode.TRAIN);
        assertNull(seq.backward(GradCheck.randomLike(s, 18)), "nothing below the first layer with parameters");
    }

    @Test
    void adamGivesTheSameBitsScalarOrVectorWholeOrInRangesOnAnyPool() {
        assertTrue(AdamUpdate.best(true).vectorized(), "the tests run with the Vector API module");
        float[][][] results = new float[6][][];
        for (int run = 0; run < results.length; run++) {
            Random rnd = new Random(19);
            Param big = new Param("w", GradCheck.random(rnd, 100, 203)); // 20,300 values: 5 ranges, a partial one last
            Param odd = new Param("b", GradCheck.random(rnd, 13));       // fewer than a vector, then a tail
            List<Param> params = List.of(odd, big);
            boolean vector = run % 2 == 0;
            Adam adam = new Adam(params, 1e-2, 0.9, 0.999, 1e-8, run < 4 ? 0 : 0.01, vector);
            adam.usePool(run < 2 ? null : three);
            for (int step = 0; step < 4; step++) {
                Random grads = new Random(20 + step);
                for (Param p : params) {
                    float[] gd = p.grad().data();
                    for (int i = 0; i < gd.length; i++) { // ordinary, zero, subnormal-squared and large gradients
                        int kind = grads.nextInt(8);
                        gd[i] = kind == 0 ? 0f : kind == 1 ? 1e-30f * (grads.nextFloat() - 0.5f)
                                : kind == 2 ? 1e6f * (grads.nextFloat() - 0.5f) : grads.nextFloat() - 0.5f;
                    }
                }
                adam.step();
            }
            results[run] = new float[][] {big.value().data().clone(), odd.value().data().clone()};
        }
        for (int run = 1; run < results.length; run++) {
            int base = run < 4 ? 0 : 4; // runs 4 and 5 have weight decay
            for (int k = 0; k < 2; k++) {
                assertArrayEquals(bits(results[base][k]), bits(results[run][k]), "run " + run + ", parameter " + k);
            }
        }
    }

    @Test
    void optimizersOnAPoolGiveTheSameBits() {
        for (int kind = 0; kind < 3; kind++) {
            float[][] results = new float[2][];
            for (int run = 0; run < 2; run++) {
                Random rnd = new Random(19);
                Param big = new Param("w", GradCheck.random(rnd, 100, 203));
                Param small = new Param("b", GradCheck.random(rnd, 7));
                List<Param> params = List.of(big, small);
                Optimizer opt = kind == 0 ? new Adam(params, 1e-2) : kind == 1 ? new Sgd(params, 0.1, 0.9, 1e-3)
                        : new Sgd(params, 0.1, 0, 0);
                if (run == 1) {
                    opt.usePool(three);
                }
                for (int step = 0; step < 3; step++) {
                    Random grads = new Random(20 + step);
                    for (Param p : params) {
                        float[] gd = p.grad().data();
                        for (int i = 0; i < gd.length; i++) {
                            gd[i] = grads.nextFloat() - 0.5f;
                        }
                    }
                    opt.step();
                }
                results[run] = big.value().data().clone();
            }
            assertArrayEquals(results[0], results[1], "optimizer " + kind);
        }
    }
}
