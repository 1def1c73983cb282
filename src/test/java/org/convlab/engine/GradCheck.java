package org.convlab.engine;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;

/**
 * The one finite-difference gradient check every op and layer goes through.
 *
 * <p>It draws a random upstream gradient g, takes L = sum(output * g) and compares the analytic
 * gradients of L with central differences (L(x + h) - L(x - h)) / 2h, element by element.
 * Inputs should keep clear of kinks (ReLU at 0, ties in max pooling) by more than h.
 */
public final class GradCheck {
    /** Step for central differences; float32 forward passes need a step this large. */
    public static final float STEP = 1e-2f;
    private static final double ABS_TOL = 2e-3;
    private static final double REL_TOL = 2e-3;

    private GradCheck() {
    }

    /** An operation of several inputs with its analytic backward pass. */
    public interface Op {
        Tensor forward(Tensor[] inputs);

        /** Gradients of sum(output * gradOutput), one per input, in input order. */
        Tensor[] backward(Tensor[] inputs, Tensor gradOutput);
    }

    /** Checks the gradients of {@code op} with respect to every input. */
    public static void assertGradients(String label, Op op, Tensor... inputs) {
        Tensor out = op.forward(inputs);
        Tensor g = randomLike(out, 4242);
        Tensor[] analytic = op.backward(inputs, g);
        for (int k = 0; k < inputs.length; k++) {
            float[] x = inputs[k].data();
            float[] a = analytic[k].data();
            if (a.length != x.length) {
                fail(label + ": gradient " + k + " has " + a.length + " elements, input has " + x.length);
            }
            for (int i = 0; i < x.length; i++) {
                float saved = x[i];
                x[i] = saved + STEP;
                double plus = dot(op.forward(inputs), g);
                x[i] = saved - STEP;
                double minus = dot(op.forward(inputs), g);
                x[i] = saved;
                double numeric = (plus - minus) / (2.0 * STEP);
                assertClose(label + ": d/d input " + k + "[" + i + "]", numeric, a[i]);
            }
        }
    }

    /**
     * Checks a layer: the gradient with respect to its input and to each of its parameters.
     * The layer runs in {@code mode} for every forward pass.
     */
    public static void assertLayerGradients(String label, Layer layer, Tensor input, Mode mode) {
        Tensor out = layer.forward(input, mode);
        Tensor g = randomLike(out, 4243);
        List<Param> params = layer.params();
        params.forEach(Param::zeroGrad);
        Tensor gradInput = layer.backward(g);
        checkAgainst(label + ": d/d input", layer, input, mode, g, input.data(), gradInput.data());
        for (Param p : params) {
            checkAgainst(label + ": d/d " + p.name(), layer, input, mode, g, p.value().data(), p.grad().data());
        }
    }

    private static void checkAgainst(String label, Layer layer, Tensor input, Mode mode, Tensor g,
                                     float[] x, float[] analytic) {
        for (int i = 0; i < x.length; i++) {
            float saved = x[i];
            x[i] = saved + STEP;
            double plus = dot(layer.forward(input, mode), g);
            x[i] = saved - STEP;
            double minus = dot(layer.forward(input, mode), g);
            x[i] = saved;
            assertClose(label + "[" + i + "]", (plus - minus) / (2.0 * STEP), analytic[i]);
        }
    }

    private static void assertClose(String what, double numeric, double analytic) {
        double err = Math.abs(numeric - analytic);
        if (err > ABS_TOL + REL_TOL * Math.max(Math.abs(numeric), Math.abs(analytic))) {
            fail(what + ": analytic " + analytic + " but finite differences give " + numeric);
        }
    }

    private static double dot(Tensor a, Tensor b) {
        double s = 0;
        float[] x = a.data();
        float[] y = b.data();
        for (int i = 0; i < x.length; i++) {
            s += (double) x[i] * y[i];
        }
        return s;
    }

    /** A tensor of the same shape with seeded values in [-1, 1). */
    public static Tensor randomLike(Tensor t, long seed) {
        return random(new Random(seed), t.shape());
    }

    /** Seeded values in [-1, 1). */
    public static Tensor random(Random rnd, int... shape) {
        Tensor t = Tensor.zeros(shape);
        float[] d = t.data();
        for (int i = 0; i < d.length; i++) {
            d[i] = rnd.nextFloat() * 2f - 1f;
        }
        return t;
    }
}
