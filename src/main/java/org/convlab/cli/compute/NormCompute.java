package org.convlab.cli.compute;

import java.util.Set;
import org.convlab.engine.NormOps;
import org.convlab.engine.Tensor;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** batchnorm (train and eval, running statistics with momentum) and layernorm. */
final class NormCompute {
    private static final Set<String> BN_FIELDS = Set.of("input", "gamma", "beta", "eps", "mode", "running_mean", "running_var", "momentum", "grad_output");
    private static final Set<String> LN_FIELDS = Set.of("input", "gamma", "beta", "eps", "grad_output");

    private NormCompute() {
    }

    static ObjectNode batchNorm(Spec s) {
        s.rejectTypos(BN_FIELDS);
        Tensor input = s.tensor("input", 2, 3, 4);
        int[] in = input.shape();
        // [N][C][L] is normalized like [N][C][L][1].
        Tensor x = input.rank() == 3 ? input.reshape(in[0], in[1], in[2], 1) : input;
        int c = in[1];
        int perChannel = input.size() / c;
        float[] gamma = Results.vectorOr(s, "gamma", c, 1f, "the input has channels:");
        float[] beta = Results.vectorOr(s, "beta", c, 0f, "the input has channels:");
        float eps = positive(s, "eps", 1e-5);
        String mode = s.choice("mode", "train", "train", "eval");
        double momentum = s.number("momentum", 0.1);
        if (momentum < 0 || momentum > 1) {
            throw new SpecError("momentum", s.op() + ": momentum must be between 0 and 1, got " + momentum);
        }
        boolean train = mode.equals("train");
        if (!train && (!s.has("running_mean") || !s.has("running_var"))) {
            throw new SpecError(s.has("running_mean") ? "running_var" : "running_mean",
                    s.op() + ": mode \"eval\" normalizes with running_mean and running_var, so both are required");
        }
        float[] runMean = Results.vectorOr(s, "running_mean", c, 0f, "the input has channels:");
        float[] runVar = Results.vectorOr(s, "running_var", c, 1f, "the input has channels:");
        for (int i = 0; i < c; i++) {
            if (runVar[i] < 0) {
                throw new SpecError("running_var", s.op() + ": running_var[" + i + "] is " + runVar[i] + "; a variance cannot be negative");
            }
        }
        if (train && perChannel < 2) {
            throw new SpecError("input", s.op() + ": training needs more than one value per channel to estimate a variance, "
                    + "but input of shape " + org.convlab.engine.Shapes.describe(in) + " has " + perChannel);
        }

        ObjectNode result = JsonNodeFactory.instance.objectNode();
        Tensor output;
        float[] mean;
        float[] var;
        float[] newRunMean = runMean;
        float[] newRunVar = runVar;
        if (train) {
            NormOps.BatchNormResult r = NormOps.batchNormTrain(x, gamma, beta, eps);
            output = r.output();
            mean = r.mean();
            var = r.var();
            newRunMean = NormOps.updatedRunningMean(runMean, mean, (float) momentum);
            newRunVar = NormOps.updatedRunningVar(runVar, var, perChannel, (float) momentum);
        } else {
            output = NormOps.batchNormEval(x, gamma, beta, runMean, runVar, eps);
            mean = runMean;
            var = runVar;
        }
        result.set("output", JsonTensor.write(output, in));
        result.set("shape", JsonTensor.shapeNode(in));
        result.set("mean", JsonTensor.vector(mean));
        result.set("var", JsonTensor.vector(var));
        result.set("running_mean", JsonTensor.vector(newRunMean));
        result.set("running_var", JsonTensor.vector(newRunVar));
        if (s.has("grad_output")) {
            Tensor g = Results.gradOutput(s, in).reshape(x.shape());
            NormOps.NormGrads grads = train
                    ? NormOps.batchNormTrainBackward(x, gamma, eps, g)
                    : NormOps.batchNormEvalBackward(x, gamma, runMean, runVar, eps, g);
            putGrads(result, grads, in);
        }
        return result;
    }

    static ObjectNode layerNorm(Spec s) {
        s.rejectTypos(LN_FIELDS);
        Tensor input = s.tensor("input", 2);
        int[] in = input.shape();
        int f = in[1];
        float[] gamma = Results.vectorOr(s, "gamma", f, 1f, "the input has features:");
        float[] beta = Results.vectorOr(s, "beta", f, 0f, "the input has features:");
        float eps = positive(s, "eps", 1e-5);
        NormOps.LayerNormResult r = NormOps.layerNorm(input, gamma, beta, eps);
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.set("output", JsonTensor.write(r.output(), in));
        result.set("shape", JsonTensor.shapeNode(in));
        result.set("mean", JsonTensor.vector(r.mean()));
        result.set("var", JsonTensor.vector(r.var()));
        if (s.has("grad_output")) {
            Tensor g = Results.gradOutput(s, in);
            putGrads(result, NormOps.layerNormBackward(input, gamma, eps, g), in);
        }
        return result;
    }

    private static void putGrads(ObjectNode result, NormOps.NormGrads grads, int[] in) {
        result.set("grad_input", JsonTensor.write(grads.input(), in));
        result.set("grad_gamma", JsonTensor.vector(grads.gamma()));
        result.set("grad_beta", JsonTensor.vector(grads.beta()));
    }

    private static float positive(Spec s, String field, double dflt) {
        double v = s.number(field, dflt);
        if (!(v > 0) || (float) v == 0f) {
            throw new SpecError(field, s.op() + ": " + field + " must be a positive number, got " + v);
        }
        return (float) v;
    }
}
