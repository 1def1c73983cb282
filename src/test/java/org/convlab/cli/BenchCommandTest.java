package org.convlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.convlab.cli.bench.ConvShape;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** `convlab bench`: its options, its JSON and its errors (never its timings). */
class BenchCommandTest {
    @Test
    void helpExplainsEveryOption() {
        CliRun r = CliRun.of("bench", "--help");
        assertEquals(0, r.status());
        for (String option : new String[] {"--threads", "--json", "--shape", "--samples", "--sample-ms", "--warmup-ms"}) {
            assertTrue(r.out().contains(option), option + " missing from:\n" + r.out());
        }
    }

    @Test
    void jsonHasTheThreadCountAndBothFiguresPerShapeOnNAndOnOneThread() {
        CliRun r = CliRun.of("bench", "--json", "--threads", "2", "--shape", "2,3,9,9->4,3,1,1", "--shape", "1,2,7,8->3,2,2,0",
                "--samples", "1", "--sample-ms", "1", "--warmup-ms", "1");
        assertEquals(0, r.status(), r.err());
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        assertEquals(2, json.get("threads").asInt());
        assertEquals(2, json.get("conv").size());
        JsonNode first = json.get("conv").get(0);
        assertEquals("2,3,9,9->4,3,1,1", first.get("shape").asString());
        for (String field : new String[] {"fwd_gflops", "fwd_bwd_gflops", "fwd_gflops_1thread", "fwd_bwd_gflops_1thread"}) {
            // a number, not a speed check: a tiny shape in a cold JVM may round to 0.0
            assertTrue(first.get(field).isNumber() && first.get(field).asDouble() >= 0, field + " in " + first);
        }
        assertTrue(r.err().contains("2,3,9,9->4,3,1,1"), "progress goes to standard error: " + r.err());
        for (String field : new String[] {"lenet5_train_img_per_s", "lenet5_train_img_per_s_1thread"}) {
            assertTrue(json.get(field).isNumber() && json.get(field).asDouble() > 0, field + " in " + json);
        }
    }

    @Test
    void tableNamesTheShapes() {
        CliRun r = CliRun.of("bench", "--threads", "1", "--shape", "1,1,6,6->2,3,1,1", "--samples", "1", "--sample-ms", "1",
                "--warmup-ms", "1");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("1,1,6,6->2,3,1,1") && r.out().contains("GFLOP/s"), r.out());
        assertTrue(r.out().contains("LeNet-5 training, batch 32, images/s"), r.out());
    }

    @Test
    void badArgumentsAreUserErrors() {
        CliRun shape = CliRun.of("bench", "--shape", "32,3,32->8,3,1,1");
        assertEquals(1, shape.status());
        assertTrue(shape.err().contains("N,Cin,H,W->Cout,k,stride,pad"), shape.err());
        CliRun threads = CliRun.of("bench", "--threads", "0");
        assertEquals(1, threads.status());
        assertTrue(threads.err().contains("--threads"), threads.err());
    }

    @Test
    void shapesParseAndPrintTheSameWay() {
        ConvShape s = ConvShape.parse("64,1,28,28->6,5,1,2");
        assertEquals("64,1,28,28->6,5,1,2", s.toString());
        assertEquals(28, s.outH());
        assertEquals(2.0 * 64 * 6 * 28 * 28 * 25, s.forwardFlops());
        assertThrows(IllegalArgumentException.class, () -> ConvShape.parse("1,1,4,4->1,0,1,0"));
        assertThrows(IllegalArgumentException.class, () -> ConvShape.parse("a,1,4,4->1,3,1,0"));
        assertThrows(IllegalArgumentException.class, () -> ConvShape.parse("1,1,4,4->1,5,1,0"));
    }
}
