package org.convlab.cli.compute;

import static org.convlab.cli.compute.ComputeTestSupport.assertClose;
import static org.convlab.cli.compute.ComputeTestSupport.assertShape;
import static org.convlab.cli.compute.ComputeTestSupport.assertTensor;
import static org.convlab.cli.compute.ComputeTestSupport.error;
import static org.convlab.cli.compute.ComputeTestSupport.m;
import static org.convlab.cli.compute.ComputeTestSupport.ok;
import static org.convlab.cli.compute.ComputeTestSupport.v;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class NormComputeTest {
    private static final double S1 = Math.sqrt(1 + 1e-5); // sqrt(var + eps) for var 1

    @Test
    void batchNormTrainDefaults() {
        // x = [1, 3]: mean 2, biased var 1; running stats start at 0 and 1 and move by momentum 0.1,
        // the variance with the unbiased estimate 2.
        JsonNode r = ok("{'op':'batchnorm','input':[[1],[3]]}");
        assertTensor(m(v(-1 / S1), v(1 / S1)), r.get("output"));
        assertShape(r, 2, 1);
        assertTensor(v(2), r.get("mean"));
        assertTensor(v(1), r.get("var"));
        assertTensor(v(0.2), r.get("running_mean"));
        assertTensor(v(1.1), r.get("running_var"));
    }

    @Test
    void batchNormGammaBetaMomentumAndRunningStats() {
        JsonNode r = ok("{'op':'batchnorm','input':[[1,10],[3,10]],'gamma':[2,1],'beta':[1,5],'momentum':0.5,"
                + "'running_mean':[4,4],'running_var':[2,2]}");
        assertTensor(m(v(1 - 2 / S1, 5), v(1 + 2 / S1, 5)), r.get("output"));
        assertTensor(v(2, 10), r.get("mean"));
        assertTensor(v(1, 0), r.get("var"));
        assertTensor(v(3, 7), r.get("running_mean"));
        assertTensor(v(2, 1), r.get("running_var")); // 0.5*2 + 0.5*2 and 0.5*2 + 0.5*0
    }

    @Test
    void batchNormOverImagesUsesEveryPixelOfAChannel() {
        // channel 0 holds 1,2,3,4 over batch and space: mean 2.5, var 1.25; channel 1 holds 0,0,0,8: mean 2, var 12
        JsonNode r = ok("{'op':'batchnorm','input':[[[[1,2]],[[0,0]]],[[[3,4]],[[0,8]]]]}");
        assertTensor(v(2.5, 2), r.get("mean"));
        assertTensor(v(1.25, 12), r.get("var"));
        assertShape(r, 2, 2, 1, 2);
        double s0 = Math.sqrt(1.25 + 1e-5);
        assertClose((4 - 2.5) / s0, r.get("output").get(1).get(0).get(0).get(1).doubleValue(), "x[1][0][0][1]");
    }

    @Test
    void batchNormEvalUsesRunningStatistics() {
        JsonNode r = ok("{'op':'batchnorm','mode':'eval','input':[[1],[3]],'running_mean':[1],'running_var':[4]}");
        double s = Math.sqrt(4 + 1e-5);
        assertTensor(m(v(0), v(2 / s)), r.get("output"));
        assertTensor(v(1), r.get("running_mean"));
        assertTensor(v(4), r.get("running_var"));
    }

    @Test
    void batchNormTrainGradients() {
        // x = [0, 3, 6]: mean 3, var 6, xhat = (x - 3)/s; g = [1, 0, 0]
        // dx_i = (3 g_i - sum g - xhat_i sum(g xhat)) / (3 s); dgamma = sum(g xhat); dbeta = sum g
        double s = Math.sqrt(6 + 1e-5);
        double[] xhat = {-3 / s, 0, 3 / s};
        double[] g = {1, 0, 0};
        double sumGX = xhat[0];
        double[] dx = new double[3];
        for (int i = 0; i < 3; i++) {
            dx[i] = (3 * g[i] - 1 - xhat[i] * sumGX) / (3 * s);
        }
        JsonNode r = ok("{'op':'batchnorm','input':[[0],[3],[6]],'grad_output':[[1],[0],[0]]}");
        assertTensor(m(v(dx[0]), v(dx[1]), v(dx[2])), r.get("grad_input"));
        assertTensor(v(sumGX), r.get("grad_gamma"));
        assertTensor(v(1), r.get("grad_beta"));
    }

    @Test
    void batchNormEvalGradientsAreAnAffineMap() {
        // y = gamma (x - m) / s + beta: dx = gamma g / s
        double s = Math.sqrt(4 + 1e-5);
        JsonNode r = ok("{'op':'batchnorm','mode':'eval','input':[[1],[3]],'gamma':[3],'running_mean':[1],'running_var':[4],"
                + "'grad_output':[[1],[2]]}");
        assertTensor(m(v(3 / s), v(6 / s)), r.get("grad_input"));
        assertTensor(v((0 * 1 + (2 / s) * 2)), r.get("grad_gamma"));
        assertTensor(v(3), r.get("grad_beta"));
    }

    @Test
    void layerNormPerRow() {
        // [1,2,3]: mean 2, var 2/3; [5,5,5]: mean 5, var 0
        double s = Math.sqrt(2.0 / 3 + 1e-5);
        JsonNode r = ok("{'op':'layernorm','input':[[1,2,3],[5,5,5]],'gamma':[1,2,1],'beta':[0,0,1]}");
        assertTensor(m(v(-1 / s, 0, 1 / s + 1), v(0, 0, 1)), r.get("output"));
        assertTensor(v(2, 5), r.get("mean"));
        assertTensor(v(2.0 / 3, 0), r.get("var"));
    }

    @Test
    void layerNormGradients() {
        // One row x = [0, 3, 6]: the same algebra as batch norm over that row.
        double s = Math.sqrt(6 + 1e-5);
        double[] xhat = {-3 / s, 0, 3 / s};
        JsonNode r = ok("{'op':'layernorm','input':[[0,3,6]],'grad_output':[[1,0,0]]}");
        double sumGX = xhat[0];
        assertTensor(m(v((3 - 1 - xhat[0] * sumGX) / (3 * s), (-1 - 0) / (3 * s), (-1 - xhat[2] * sumGX) / (3 * s))),
                r.get("grad_input"));
        assertTensor(v(xhat[0], 0, 0), r.get("grad_gamma"));
        assertTensor(v(1, 0, 0), r.get("grad_beta"));
    }

    @Test
    void invalidNorms() {
        error("{'op':'batchnorm','mode':'eval','input':[[1],[3]]}", "running_mean", "required");
        error("{'op':'batchnorm','input':[[1,2]]}", "input", "more than one value per channel");
        error("{'op':'batchnorm','input':[[1],[3]],'eps':0}", "eps", "positive");
        error("{'op':'batchnorm','input':[[1],[3]],'momentum':1.5}", "momentum", "between 0 and 1");
        error("{'op':'batchnorm','input':[[1],[3]],'mode':'test'}", "mode", "\"train\" or \"eval\"");
        error("{'op':'batchnorm','input':[[1],[3]],'gamma':[1,2]}", "gamma", "channels: 1");
        error("{'op':'batchnorm','mode':'eval','input':[[1],[3]],'running_mean':[0],'running_var':[-1]}", "running_var", "negative");
        error("{'op':'layernorm','input':[1,2,3]}", "input", "rank 2");
        error("{'op':'layernorm','input':[[1,2,3]],'beta':[1]}", "beta", "features: 3");
    }
}
