package org.convlab.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesAndReplaces() throws Exception {
        Path f = dir.resolve("a.txt");
        AtomicFiles.writeString(f, "one");
        AtomicFiles.writeString(f, "two");
        assertEquals("two", Files.readString(f));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary files are left behind");
        }
    }

    @Test
    void aWriterThatFailsHalfwayLeavesTheOldContent() throws Exception {
        Path f = dir.resolve("a.txt");
        AtomicFiles.writeString(f, "old content");
        assertThrows(IOException.class, () -> AtomicFiles.write(f, out -> {
            out.write("new cont".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("old content", Files.readString(f));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "the temporary file is removed");
        }
    }

    @Test
    void createsMissingFolders() throws Exception {
        Path f = dir.resolve("x/y/z.txt");
        AtomicFiles.writeString(f, "deep");
        assertEquals("deep", Files.readString(f));
    }

    @Test
    void setAsideKeepsTheFileUnderANewName() throws Exception {
        Path f = dir.resolve("p.json");
        Files.writeString(f, "broken");
        Path aside = AtomicFiles.setAside(f);
        assertEquals("broken", Files.readString(aside));
        assertEquals(false, Files.exists(f));
        Files.writeString(f, "broken again");
        Path aside2 = AtomicFiles.setAside(f);
        assertEquals("broken again", Files.readString(aside2));
    }
}
