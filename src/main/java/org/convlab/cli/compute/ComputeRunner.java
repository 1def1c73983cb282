package org.convlab.cli.compute;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The `compute` contract (DESIGN.md §4): one spec object or an array of them in, one result or
 * an array of results in the same order out. An invalid spec gives {"error": {"message": ...}}
 * in its place and the others are still computed.
 */
public final class ComputeRunner {
    /** Exit status: every spec succeeded. */
    public static final int ALL_OK = 0;
    /** Exit status: at least one spec was invalid. */
    public static final int SOME_INVALID = 1;
    /** Exit status: the input was not readable JSON. */
    public static final int NOT_JSON = 2;

    // NaN and Infinity are read so that they can be rejected as "non-finite" in place.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final Map<String, Function<Spec, ObjectNode>> OPS = new LinkedHashMap<>();

    static {
        OPS.put("conv1d", ConvCompute::conv1d);
        OPS.put("conv2d", ConvCompute::conv2d);
        OPS.put("maxpool2d", PoolCompute::maxPool);
        OPS.put("avgpool2d", PoolCompute::avgPool);
        OPS.put("globalavgpool", PoolCompute::globalAvgPool);
        OPS.put("batchnorm", NormCompute::batchNorm);
        OPS.put("layernorm", NormCompute::layerNorm);
        OPS.put("receptive_field", ReceptiveFieldCompute::run);
    }

    private ComputeRunner() {
    }

    /** What a run produced: the JSON to print and the exit status. */
    public record Outcome(JsonNode result, int status, String readError) {
    }

    /** Runs the specs in {@code text}. */
    public static Outcome run(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            return new Outcome(null, NOT_JSON, "the input is not readable JSON: " + e.getOriginalMessage()
                    + (e.getLocation() != null ? " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")" : ""));
        }
        if (root == null || root.isMissingNode()) {
            return new Outcome(null, NOT_JSON, "the input is empty; expected a JSON object or an array of objects");
        }
        if (root.isArray()) {
            ArrayNode results = JsonNodeFactory.instance.arrayNode(root.size());
            boolean allOk = true;
            for (int i = 0; i < root.size(); i++) {
                ObjectNode r = computeOne(root.get(i));
                allOk &= !r.has("error");
                results.add(r);
            }
            return new Outcome(results, allOk ? ALL_OK : SOME_INVALID, null);
        }
        ObjectNode r = computeOne(root);
        return new Outcome(r, r.has("error") ? SOME_INVALID : ALL_OK, null);
    }

    /** Computes one spec, or describes why it is invalid. */
    static ObjectNode computeOne(JsonNode node) {
        try {
            if (!node.isObject()) {
                throw new SpecError(null, "a spec must be a JSON object with an \"op\" field, got " + JsonTensor.describe(node));
            }
            JsonNode op = node.get("op");
            if (op == null || op.isNull()) {
                throw new SpecError("op", "missing field \"op\"; known ops: " + String.join(", ", OPS.keySet()));
            }
            if (!op.isString() || !OPS.containsKey(op.asString())) {
                throw new SpecError("op", "unknown op " + (op.isString() ? "\"" + op.asString() + "\"" : JsonTensor.describe(op))
                        + "; known ops: " + String.join(", ", OPS.keySet()));
            }
            return OPS.get(op.asString()).apply(new Spec(op.asString(), node));
        } catch (SpecError e) {
            return error(e.getMessage(), e.field());
        } catch (IllegalArgumentException e) {
            // The engine's own precondition checks: still the spec's fault, still in place.
            return error(e.getMessage(), null);
        }
    }

    private static ObjectNode error(String message, String field) {
        ObjectNode r = JsonNodeFactory.instance.objectNode();
        ObjectNode e = r.putObject("error");
        e.put("message", message);
        if (field != null) {
            e.put("field", field);
        }
        return r;
    }

    /** The result as text: compact by default, indented when asked. */
    public static String format(JsonNode result, boolean pretty) {
        return pretty ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result) : JSON.writeValueAsString(result);
    }
}
