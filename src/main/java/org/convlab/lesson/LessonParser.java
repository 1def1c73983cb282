package org.convlab.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.convlab.lesson.source.BlockKinds;
import org.convlab.lesson.source.Limits;
import org.convlab.lesson.source.Pos;
import org.convlab.lesson.source.Problems;
import org.convlab.lesson.text.LinkRules;
import org.convlab.lesson.text.MarkdownReader;
import org.convlab.storage.ProjectDirs;

/**
 * Reads a lesson file ({@code lessons/NN-name/lesson.md}) into a {@link Lesson}, collecting every
 * problem with its line and column. It never throws at the caller and never runs anything from
 * the file: the only files it opens besides lesson.md are images the lesson shows, checked to be
 * inside the lesson folder or {@code assets/}. The format is documented in lessons/README.md.
 */
public final class LessonParser {
    private final Path assets;

    /** A parser whose lessons may show shared images from {@code assets} (null: none). */
    public LessonParser(Path assets) {
        this.assets = assets;
    }

    /** A parser for the project's own lessons, with the project's assets/ folder. */
    public static LessonParser forProject() {
        return new LessonParser(ProjectDirs.assets());
    }

    public ParseResult parse(Path file) {
        Problems problems = new Problems(file);
        String text = read(file, problems);
        if (text == null) {
            return new ParseResult(file, null, problems.sorted());
        }
        return parse(file, text, problems);
    }

    /** Parses {@code text} as if it were the content of {@code file} (images resolve beside it). */
    public ParseResult parse(Path file, String text) {
        Problems problems = new Problems(file);
        if (text.length() > Limits.MAX_FILE_BYTES) {
            problems.add(Pos.START, tooBig(text.length()));
            return new ParseResult(file, null, problems.sorted());
        }
        return parse(file, text, problems);
    }

    private ParseResult parse(Path file, String text, Problems problems) {
        try {
            String normalized = text.startsWith("\uFEFF") ? text.substring(1) : text;
            normalized = normalized.replace("\r\n", "\n").replace('\r', '\n');
            List<String> lines = Arrays.asList(normalized.split("\n", -1));
            Path folder = file.toAbsolutePath().getParent();
            MarkdownReader markdown = new MarkdownReader(problems, new LinkRules(folder, assets), BlockKinds::isKind);
            String fallbackId = folder == null || folder.getFileName() == null ? "lesson" : folder.getFileName().toString();
            FrontMatterReader.Result front = new FrontMatterReader(problems, markdown).read(lines, fallbackId);
            List<String> body = lines.subList(Math.min(front.bodyStart(), lines.size()), lines.size());
            BlockReader blocks = new BlockReader(problems, markdown, file, folder, assets, front.meta().id());
            List<Segment> segments = new BodyReader(problems, markdown, body, front.bodyStart() + 1, blocks).read();
            return new ParseResult(file, new Lesson(file, folder, front.meta(), segments), problems.sorted());
        } catch (RuntimeException | StackOverflowError e) {
            // Every known mistake is reported above; this is a bug, still not a crash of the app.
            problems.add(Pos.START, "internal error reading this lesson (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); please report it");
            return new ParseResult(file, null, problems.sorted());
        }
    }

    /** The file as text, or null after reporting why it cannot be read. */
    private static String read(Path file, Problems problems) {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                problems.add(new Pos(0, 0), "no such lesson file");
                return null;
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(Limits.MAX_FILE_BYTES + 1); // never more, whatever the file's size
            }
        } catch (IOException | SecurityException e) {
            problems.add(new Pos(0, 0), "cannot read the file: " + e.getMessage());
            return null;
        }
        if (bytes.length > Limits.MAX_FILE_BYTES) {
            long size;
            try {
                size = Files.size(file);
            } catch (IOException e) {
                size = bytes.length;
            }
            problems.add(Pos.START, tooBig(size));
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            problems.add(bytePos(bytes, in.position()), "the file is not UTF-8 text (save it as UTF-8)");
            return null;
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static Pos bytePos(byte[] bytes, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new Pos(line, column);
    }

    private static String tooBig(long size) {
        return "the file is " + (size / 1024) + " KB; a lesson may be at most " + Limits.MAX_FILE_BYTES / 1024
                + " KB (move long material into several lessons)";
    }
}
