package org.convlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `convlab compute` end to end: files, standard input, exit statuses, help. */
class ComputeCommandTest {
    @TempDir
    Path dir;

    @Test
    void readsAFileAndPrintsOneJsonLine() throws Exception {
        Path f = dir.resolve("spec.json");
        Files.writeString(f, "{\"op\": \"conv2d\", \"input\": [[1,2,3],[4,5,6],[7,8,9]], \"kernel\": [[1,0],[0,-1]]}");
        CliRun r = CliRun.of("compute", f.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("{\"output\":[[-4.0,-4.0],[-4.0,-4.0]],\"shape\":[2,2]}", r.out().trim());
    }

    @Test
    void readsStandardInput() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("[{\"op\":\"conv1d\",\"input\":[1,2],\"kernel\":[2]},{\"op\":\"x\"}]".getBytes(StandardCharsets.UTF_8)));
            CliRun r = CliRun.of("compute", "-");
            assertEquals(1, r.status());
            assertTrue(r.out().startsWith("[{\"output\":[2.0,4.0]"), r.out());
            assertTrue(r.out().contains("\"error\""), r.out());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void unreadableInputIsStatusTwoWithAMessage() throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\"op\": \"conv2d\",\n \"input\": [1, 2,, 3]}");
        CliRun r = CliRun.of("compute", f.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("bad.json") && r.err().contains("line 2"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aMissingFileIsStatusTwo() {
        CliRun r = CliRun.of("compute", dir.resolve("none.json").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("no such file"), r.err());
    }

    @Test
    void prettyOutputIsIndented() throws Exception {
        Path f = dir.resolve("spec.json");
        Files.writeString(f, "{\"op\": \"globalavgpool\", \"input\": [[[1,3]]]}");
        CliRun r = CliRun.of("compute", "--pretty", f.toString());
        assertTrue(r.out().contains("\n  \"output\""), r.out());
    }

    @Test
    void helpExplainsTheFormatWithAnExample() {
        CliRun r = CliRun.of("compute", "--help");
        assertEquals(0, r.status());
        for (String s : new String[] {"conv1d", "conv2d", "maxpool2d", "avgpool2d", "globalavgpool", "batchnorm", "layernorm",
                "receptive_field", "grad_output", "Example", "Exit status"}) {
            assertTrue(r.out().contains(s), "help mentions " + s);
        }
    }
}
