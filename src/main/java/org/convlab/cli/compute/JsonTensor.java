package org.convlab.cli.compute;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.convlab.engine.Shapes;
import org.convlab.engine.Tensor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Nested JSON arrays of numbers to and from tensors, with messages that point at the element at fault. */
final class JsonTensor {
    /** Largest number of elements one tensor in a spec may have (16 M floats, 64 MB). */
    static final int MAX_ELEMENTS = 1 << 24;

    private JsonTensor() {
    }

    /** Reads a rectangular, non-empty nested array of finite numbers. */
    static Tensor read(JsonNode node, String field) {
        List<Integer> shape = new ArrayList<>();
        JsonNode probe = node;
        String path = field;
        while (probe != null && probe.isArray()) {
            if (probe.isEmpty()) {
                throw new SpecError(field, "field \"" + field + "\": " + path + " is an empty array; tensors need at least one element on every axis");
            }
            shape.add(probe.size());
            probe = probe.get(0);
            path += "[0]";
        }
        if (shape.isEmpty()) {
            throw new SpecError(field, "field \"" + field + "\" must be a nested array of numbers, got " + describe(node));
        }
        int[] dims = shape.stream().mapToInt(Integer::intValue).toArray();
        long size = 1;
        for (int d : dims) {
            size *= d;
            if (size > MAX_ELEMENTS) {
                throw new SpecError(field, "field \"" + field + "\" has more than " + MAX_ELEMENTS + " elements");
            }
        }
        float[] data = new float[(int) size];
        int[] cursor = {0};
        fill(node, field, field, dims, 0, data, cursor);
        return Tensor.wrap(data, dims);
    }

    private static void fill(JsonNode node, String field, String path, int[] dims, int depth, float[] out, int[] cursor) {
        if (depth == dims.length) {
            if (node.isArray()) {
                throw new SpecError(field, "field \"" + field + "\": ragged array: " + path + " is an array but its siblings are numbers");
            }
            if (!node.isNumber()) {
                throw new SpecError(field, "field \"" + field + "\": " + path + " is " + describe(node) + ", not a number");
            }
            double v = node.doubleValue();
            if (!Double.isFinite(v)) {
                throw new SpecError(field, "field \"" + field + "\": " + path + " is " + v + "; numbers must be finite");
            }
            float f = (float) v;
            if (!Float.isFinite(f)) {
                throw new SpecError(field, "field \"" + field + "\": " + path + " = " + v + " is too large for float32 (at most about 3.4e38)");
            }
            out[cursor[0]++] = f;
            return;
        }
        if (!node.isArray()) {
            throw new SpecError(field, "field \"" + field + "\": ragged array: " + path + " is " + describe(node)
                    + " but an array of " + dims[depth] + " was expected, like its siblings (shape " + Shapes.describe(Arrays.copyOf(dims, depth)) + "...)");
        }
        if (node.size() != dims[depth]) {
            throw new SpecError(field, "field \"" + field + "\": ragged array: " + path + " has " + node.size()
                    + " elements but " + firstSibling(field, depth) + " has " + dims[depth]);
        }
        for (int i = 0; i < node.size(); i++) {
            fill(node.get(i), field, path + "[" + i + "]", dims, depth + 1, out, cursor);
        }
    }

    private static String firstSibling(String field, int depth) {
        return field + "[0]".repeat(depth);
    }

    static String describe(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "missing";
        }
        if (n.isNull()) {
            return "null";
        }
        if (n.isBoolean()) {
            return "a boolean (" + n.asBoolean() + ")";
        }
        if (n.isString()) {
            return "a string (\"" + n.asString() + "\")";
        }
        if (n.isObject()) {
            return "an object";
        }
        if (n.isArray()) {
            return "an array";
        }
        return n.toString();
    }

    /** Writes the tensor as nested arrays with the given shape (same size as the tensor). */
    static JsonNode write(Tensor t, int[] shape) {
        if (Shapes.size(shape) != t.size()) {
            throw new IllegalArgumentException("shape " + Shapes.describe(shape) + " does not fit " + t);
        }
        if (shape.length == 0) {
            return JsonNodeFactory.instance.numberNode(t.data()[0]);
        }
        return write(t.data(), shape, 0, new int[] {0});
    }

    private static ArrayNode write(float[] data, int[] shape, int depth, int[] cursor) {
        ArrayNode arr = JsonNodeFactory.instance.arrayNode(shape[depth]);
        for (int i = 0; i < shape[depth]; i++) {
            if (depth == shape.length - 1) {
                arr.add(data[cursor[0]++]);
            } else {
                arr.add(write(data, shape, depth + 1, cursor));
            }
        }
        return arr;
    }

    static ArrayNode shapeNode(int[] shape) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode(shape.length);
        for (int d : shape) {
            a.add(d);
        }
        return a;
    }

    static ArrayNode vector(float[] v) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode(v.length);
        for (float x : v) {
            a.add(x);
        }
        return a;
    }
}
