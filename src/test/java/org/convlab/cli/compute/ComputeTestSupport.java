package org.convlab.cli.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import tools.jackson.databind.JsonNode;

/** Running one spec and comparing nested arrays with expectations written by hand. */
final class ComputeTestSupport {
    private ComputeTestSupport() {
    }

    /** Runs one spec (single quotes stand for double quotes) and returns its result. */
    static JsonNode run(String spec) {
        ComputeRunner.Outcome o = ComputeRunner.run(spec.replace('\'', '"'));
        assertEquals(null, o.readError());
        return o.result();
    }

    /** Runs a spec that must succeed. */
    static JsonNode ok(String spec) {
        JsonNode r = run(spec);
        assertFalse(r.has("error"), () -> "unexpected error: " + r);
        return r;
    }

    /** Runs a spec that must fail; returns the message after checking it names {@code field}. */
    static String error(String spec, String field, String... mustContain) {
        JsonNode r = run(spec);
        assertTrue(r.has("error"), () -> "expected an error, got " + r);
        String msg = r.get("error").get("message").asString();
        assertTrue(msg.contains(field), () -> "message should name \"" + field + "\": " + msg);
        for (String s : mustContain) {
            assertTrue(msg.contains(s), () -> "message should say \"" + s + "\": " + msg);
        }
        return msg;
    }

    /** Compares a nested array with an expectation written as nested double arrays or a flat double[]. */
    static void assertTensor(Object expected, JsonNode actual) {
        assertTensor(expected, actual, "");
    }

    private static void assertTensor(Object expected, JsonNode actual, String path) {
        if (expected instanceof double[] flat) {
            assertEquals(flat.length, actual.size(), "length at " + path + " of " + actual);
            for (int i = 0; i < flat.length; i++) {
                assertClose(flat[i], actual.get(i).doubleValue(), path + "[" + i + "] of " + actual);
            }
        } else if (expected instanceof Rows(Object[] nested)) {
            assertEquals(nested.length, actual.size(), "length at " + path + " of " + actual);
            for (int i = 0; i < nested.length; i++) {
                assertTensor(nested[i], actual.get(i), path + "[" + i + "]");
            }
        } else {
            fail("bad expectation " + expected);
        }
    }

    static void assertClose(double expected, double actual, String what) {
        double tol = 1e-6 * Math.max(1, Math.abs(expected));
        if (Math.abs(expected - actual) > tol) {
            fail(what + ": expected " + expected + " but got " + actual);
        }
    }

    static double[] v(double... xs) {
        return xs;
    }

    /** Nested rows, wrapped so that Java's varargs never mistake one row for the whole argument list. */
    record Rows(Object[] items) {
    }

    static Rows m(Object... rows) {
        return new Rows(rows);
    }

    static void assertShape(JsonNode r, int... shape) {
        JsonNode s = r.get("shape");
        assertEquals(shape.length, s.size(), "shape " + s);
        for (int i = 0; i < shape.length; i++) {
            assertEquals(shape[i], s.get(i).intValue(), "shape " + s);
        }
    }
}
