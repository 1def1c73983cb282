package org.convlab.lesson;

import static org.convlab.lesson.LessonTestSupport.lesson;
import static org.convlab.lesson.LessonTestSupport.ok;
import static org.convlab.lesson.LessonTestSupport.one;
import static org.convlab.lesson.LessonTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.convlab.lesson.source.Limits;
import org.convlab.lesson.text.Block;
import org.convlab.lesson.text.Inline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lesson reads only its own folder and assets/, never the network, and stays within its size. */
class FileSafetyTest {
    @TempDir
    Path dir;

    private Path png(Path p) throws IOException {
        Files.createDirectories(p.getParent());
        Files.write(p, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        return p;
    }

    @Test
    void imagesInTheLessonFolderAndAssets() throws IOException {
        png(dir.resolve("figures/pad.png"));
        png(dir.resolve("assets/shared.png"));
        Lesson l = ok(dir, lesson("![padding](figures/pad.png \"Padding\") and ![s](assets/shared.png)\n"));
        Block.Paragraph p = (Block.Paragraph) ((Segment.Narrative) l.segments().get(0)).text().blocks().get(0);
        Inline.Image img = (Inline.Image) p.content().get(0);
        assertEquals(dir.resolve("figures/pad.png").toRealPath(), img.file());
        assertEquals("padding", img.alt());
        assertEquals("Padding", img.title());
        assertEquals(dir.resolve("assets/shared.png").toRealPath(), ((Inline.Image) p.content().get(2)).file());
    }

    @Test
    void pathsEscapingTheFolderAreRejected() throws IOException {
        png(dir.resolve("../outside.png"));
        one(parse(dir, lesson("![x](../outside.png)\n")), 8, 1, "`..` would leave the lesson folder");
        one(parse(dir, lesson("![x](figures/../../outside.png)\n")), 8, 1, "`..`");
        one(parse(dir, lesson("![x](/etc/passwd.png)\n")), 8, 1, "absolute paths are not allowed");
        one(parse(dir, lesson("![x](C:/Windows/a.png)\n")), 8, 1, "never fetch");
        one(parse(dir, lesson("![x](figures\\a.png)\n")), 8, 1, "write `/`");
    }

    @Test
    void urlImagesAreRejected() {
        one(parse(dir, lesson("Look: ![x](https://example.com/a.png)\n")), 8, 7, "never fetch anything from the network");
        one(parse(dir, lesson("![x](//example.com/a.png)\n")), 8, 1, "network");
    }

    @Test
    void symlinksThatLeadOutsideAreRejected() throws IOException {
        Path outside = png(dir.getParent().resolve("elsewhere-" + System.nanoTime() + "/secret.png"));
        Path link = dir.resolve("innocent.png");
        try {
            Files.createSymbolicLink(link, outside);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here");
        }
        one(parse(dir, lesson("![x](innocent.png)\n")), 8, 1, "is a link to a file outside the lesson folder");
    }

    @Test
    void missingImagesAndOtherFileTypes() throws IOException {
        one(parse(dir, lesson("![x](nothing.png)\n")), 8, 1, "no such file");
        Files.writeString(dir.resolve("notes.txt"), "x");
        one(parse(dir, lesson("![x](notes.txt)\n")), 8, 1, "PNG, JPEG, GIF or BMP");
    }

    @Test
    void oversizeFilesAreNotRead() throws IOException {
        Path big = dir.resolve("big/lesson.md");
        Files.createDirectories(big.getParent());
        Files.writeString(big, lesson("x".repeat(Limits.MAX_FILE_BYTES)));
        ParseResult r = new LessonParser(null).parse(big);
        one(r, 1, 1, "a lesson may be at most 256 KB");
        assertNull(r.lesson());
        one(new LessonParser(null).parse(big, Files.readString(big)), 1, 1, "at most 256 KB");
    }

    @Test
    void filesThatAreNotUtf8() throws IOException {
        Path f = dir.resolve("latin/lesson.md");
        Files.createDirectories(f.getParent());
        byte[] head = LessonTestSupport.FRONT.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 4);
        bytes[head.length] = 'a';
        bytes[head.length + 1] = 'b';
        bytes[head.length + 2] = (byte) 0xE9; // é in Latin-1
        bytes[head.length + 3] = '\n';
        Files.write(f, bytes);
        one(new LessonParser(null).parse(f), 8, 3, "not UTF-8");
    }

    @Test
    void aMissingFile() {
        ParseResult r = new LessonParser(null).parse(dir.resolve("none/lesson.md"));
        assertEquals("no such lesson file", r.problems().get(0).message());
    }
}
