package org.convlab.cli.compute;

import static org.convlab.cli.compute.ComputeTestSupport.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The envelope of the contract: arrays, exit statuses, unreadable input, rules shared by every op. */
class ComputeRunnerTest {
    private static ComputeRunner.Outcome run(String text) {
        return ComputeRunner.run(text.replace('\'', '"'));
    }

    @Test
    void anArrayGivesResultsInOrderAndInvalidOnesInPlace() {
        ComputeRunner.Outcome o = run("[{'op':'conv1d','input':[1,2],'kernel':[1]},{'op':'nope'},{'op':'globalavgpool','input':[[[2]]]}]");
        assertEquals(ComputeRunner.SOME_INVALID, o.status());
        JsonNode r = o.result();
        assertEquals(3, r.size());
        assertEquals(2.0, r.get(0).get("output").get(1).doubleValue());
        assertTrue(r.get(1).get("error").get("message").asString().contains("unknown op \"nope\""));
        assertEquals(2.0, r.get(2).get("output").get(0).doubleValue());
    }

    @Test
    void allValidIsStatusZero() {
        assertEquals(ComputeRunner.ALL_OK, run("{'op':'conv1d','input':[1],'kernel':[1]}").status());
        assertEquals(ComputeRunner.ALL_OK, run("[]").status());
        assertEquals("[]", ComputeRunner.format(run("[]").result(), false));
    }

    @Test
    void unreadableJsonIsStatusTwo() {
        for (String bad : new String[] {"{'op':", "", "   ", "{'op':'conv1d'} trailing", "[1, 2"}) {
            ComputeRunner.Outcome o = run(bad);
            assertEquals(ComputeRunner.NOT_JSON, o.status(), bad);
            assertNull(o.result());
            assertFalse(o.readError().isBlank());
        }
    }

    @Test
    void missingOrUnknownOp() {
        error("{'input':[1]}", "op", "missing field");
        error("{'op':'conv3d'}", "conv3d", "known ops: conv1d, conv2d");
        error("{'op':7}", "op", "unknown op");
        assertTrue(run("[1]").result().get(0).get("error").get("message").asString().contains("JSON object"));
        assertEquals(ComputeRunner.SOME_INVALID, run("42").status());
    }

    @Test
    void raggedAndEmptyArrays() {
        error("{'op':'conv2d','input':[[1,2],[3]],'kernel':[[1]]}", "input", "ragged", "input[1] has 1 elements but input[0] has 2");
        error("{'op':'conv2d','input':[[1,2],3],'kernel':[[1]]}", "input", "ragged");
        error("{'op':'conv2d','input':[[1,2],[3,[4]]],'kernel':[[1]]}", "input", "ragged");
        error("{'op':'conv2d','input':[],'kernel':[[1]]}", "input", "empty");
        error("{'op':'conv2d','input':[[]],'kernel':[[1]]}", "input", "empty");
        error("{'op':'conv1d','input':5,'kernel':[1]}", "input", "nested array");
    }

    @Test
    void nonFiniteAndNonNumericValues() {
        error("{'op':'conv1d','input':[1,NaN],'kernel':[1]}", "input[1]", "finite");
        error("{'op':'conv1d','input':[1,2],'kernel':[-Infinity]}", "kernel[0]", "finite");
        error("{'op':'conv1d','input':[1,1e400],'kernel':[1]}", "input[1]", "finite");
        error("{'op':'conv1d','input':[1,1e39],'kernel':[1]}", "input[1]", "float32");
        error("{'op':'conv1d','input':[1,'2'],'kernel':[1]}", "input[1]", "not a number");
        error("{'op':'conv1d','input':[1,true],'kernel':[1]}", "input[1]", "not a number");
        error("{'op':'conv1d','input':[1,null],'kernel':[1]}", "input[1]", "not a number");
    }

    @Test
    void missingTensorsAreNamed() {
        error("{'op':'conv2d','kernel':[[1]]}", "input", "missing");
        error("{'op':'conv2d','input':[[1]]}", "kernel", "missing");
        error("{'op':'conv2d','input':null,'kernel':[[1]]}", "input", "missing");
    }

    @Test
    void errorsCarryTheFieldSeparately() {
        JsonNode r = run("{'op':'conv2d','input':[[1]],'kernel':[[1]],'stride':0}").result();
        assertEquals("stride", r.get("error").get("field").asString());
    }

    @Test
    void numbersAreWrittenAsShortFloats() {
        String out = ComputeRunner.format(run("{'op':'conv1d','input':[0.1,0.2],'kernel':[1]}").result(), false);
        assertEquals("{\"output\":[0.1,0.2],\"shape\":[2]}", out);
    }
}
