package org.convlab.engine;

import org.junit.jupiter.api.Test;

/** Finite-difference checks of the {@link NormOps} backward passes over edge shapes. */
class NormOpsGradientTest {
    private static final float EPS = 1e-5f;

    /** Batch norm in training as a function of (x, gamma, beta). */
    private static final GradCheck.Op BATCH_NORM_TRAIN = new GradCheck.Op() {
        @Override
        public Tensor forward(Tensor[] in) {
            return NormOps.batchNormTrain(in[0], in[1].data(), in[2].data(), EPS).output();
        }

        @Override
        public Tensor[] backward(Tensor[] in, Tensor g) {
            return asTensors(NormOps.batchNormTrainBackward(in[0], in[1].data(), EPS, g));
        }
    };

    /** Batch norm in evaluation as a function of (x, gamma, beta), with fixed running statistics. */
    private static GradCheck.Op batchNormEval(float[] runningMean, float[] runningVar) {
        return new GradCheck.Op() {
            @Override
            public Tensor forward(Tensor[] in) {
                return NormOps.batchNormEval(in[0], in[1].data(), in[2].data(), runningMean, runningVar, EPS);
            }

            @Override
            public Tensor[] backward(Tensor[] in, Tensor g) {
                return asTensors(NormOps.batchNormEvalBackward(in[0], in[1].data(), runningMean, runningVar, EPS, g));
            }
        };
    }

    /** Layer norm as a function of (x, gamma, beta). */
    private static final GradCheck.Op LAYER_NORM = new GradCheck.Op() {
        @Override
        public Tensor forward(Tensor[] in) {
            return NormOps.layerNorm(in[0], in[1].data(), in[2].data(), EPS).output();
        }

        @Override
        public Tensor[] backward(Tensor[] in, Tensor g) {
            return asTensors(NormOps.layerNormBackward(in[0], in[1].data(), EPS, g));
        }
    };

    private static Tensor[] asTensors(NormOps.NormGrads grads) {
        return new Tensor[] {grads.input(), Tensor.wrap(grads.gamma(), grads.gamma().length), Tensor.wrap(grads.beta(), grads.beta().length)};
    }

    /** x spread over [-3, 3) and gamma, beta in [-1, 1), for {@code params} channels or features. */
    private static Tensor[] inputs(long seed, int params, int... shape) {
        return new Tensor[] {TestInputs.spread(seed, 3f, shape), TestInputs.random(seed + 1, params), TestInputs.random(seed + 2, params)};
    }

    @Test
    void batchNormTrainOnFeatures() {
        GradCheck.assertGradients("batchnorm train [4, 3]", BATCH_NORM_TRAIN, inputs(1, 3, 4, 3));
        GradCheck.assertGradients("batchnorm train [6, 1] single channel", BATCH_NORM_TRAIN, inputs(2, 1, 6, 1));
        GradCheck.assertGradients("batchnorm train [2, 5] batch of two", BATCH_NORM_TRAIN, inputs(3, 5, 2, 5));
    }

    @Test
    void batchNormTrainOnImages() {
        GradCheck.assertGradients("batchnorm train [2, 3, 3, 5]", BATCH_NORM_TRAIN, inputs(4, 3, 2, 3, 3, 5));
        GradCheck.assertGradients("batchnorm train [1, 2, 3, 2] batch of one", BATCH_NORM_TRAIN, inputs(5, 2, 1, 2, 3, 2));
        GradCheck.assertGradients("batchnorm train [3, 1, 2, 1] single channel", BATCH_NORM_TRAIN, inputs(6, 1, 3, 1, 2, 1));
    }

    @Test
    void batchNormEvalOnFeaturesAndImages() {
        GradCheck.Op eval3 = batchNormEval(new float[] {0.5f, -1, 0}, new float[] {2, 0.5f, 1});
        GradCheck.assertGradients("batchnorm eval [1, 3] batch of one", eval3, inputs(7, 3, 1, 3));
        GradCheck.assertGradients("batchnorm eval [5, 3]", eval3, inputs(8, 3, 5, 3));
        GradCheck.assertGradients("batchnorm eval [1, 3, 2, 3]", eval3, inputs(9, 3, 1, 3, 2, 3));
        GradCheck.Op eval1 = batchNormEval(new float[] {0.2f}, new float[] {0.3f});
        GradCheck.assertGradients("batchnorm eval [2, 1, 3, 2] single channel", eval1, inputs(10, 1, 2, 1, 3, 2));
    }

    @Test
    void layerNormOnFeatures() {
        GradCheck.assertGradients("layernorm [1, 5] batch of one", LAYER_NORM, inputs(11, 5, 1, 5));
        GradCheck.assertGradients("layernorm [3, 7]", LAYER_NORM, inputs(12, 7, 3, 7));
        GradCheck.assertGradients("layernorm [4, 2]", LAYER_NORM, inputs(13, 2, 4, 2));
    }

    @Test
    void layerNormOverSeveralAxes() {
        GradCheck.assertGradients("layernorm [2, 3, 2, 1]", LAYER_NORM, inputs(14, 6, 2, 3, 2, 1));
    }
}
