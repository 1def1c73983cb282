package org.convlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.convlab.data.IdxWriter.Compression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every broken file gives a message that names the file and the problem. */
class IdxMalformedTest {
    @TempDir
    Path dir;

    @Test
    void truncatedImagesSayHowMuchWasPromisedAndHowMuchCame() throws Exception {
        byte[] header = imageHeader(8000, 28, 28);
        byte[] bytes = Arrays.copyOf(header, header.length + 1234);
        Path file = gzipFile("train-images-idx3-ubyte.gz", bytes);

        assertEquals("train-images-idx3-ubyte.gz: truncated: header says 8,000 images of 28×28 (6,272,000 bytes)"
                + " but only 1,234 bytes follow", failure(file));
    }

    @Test
    void truncatedPlainLabelsAreReportedToo() throws Exception {
        Path file = plainFile("labels.idx", bytes(0, 0, 8, 1, 0, 0, 0, 10, 1, 2, 3));

        assertEquals("labels.idx: truncated: header says 10 labels (10 bytes) but only 3 bytes follow", failure(file));
    }

    @Test
    void headerCutInsideTheDimensions() throws Exception {
        Path file = plainFile("cut.idx", bytes(0, 0, 8, 3, 0, 0, 0, 5, 0, 0));

        assertEquals("cut.idx: truncated: the header declares 3 dimensions (12 bytes) but only 6 bytes of them follow",
                failure(file));
    }

    @Test
    void wrongMagicNumber() throws Exception {
        Path file = plainFile("photo.idx", bytes(0x89, 'P', 'N', 'G', 0, 0, 0, 1));

        String message = failure(file);
        assertTrue(message.startsWith("photo.idx: not an IDX file: it starts with 0x89504E47"), message);
    }

    @Test
    void unsupportedDataType() throws Exception {
        Path file = plainFile("floats.idx", bytes(0, 0, 0x0D, 1, 0, 0, 0, 1, 0, 0, 0, 0));

        assertEquals("floats.idx: unsupported IDX data type 0x0D (32-bit float); ConvLab reads unsigned bytes"
                + " (type 0x08), as MNIST uses", failure(file));
    }

    @Test
    void zeroDimensions() throws Exception {
        Path file = plainFile("scalar.idx", bytes(0, 0, 8, 0));

        assertEquals("scalar.idx: the header declares 0 dimensions; ConvLab reads 1 to 4", failure(file));
    }

    @Test
    void trailingGarbageAfterTheValues() throws Exception {
        byte[] labels = bytes(0, 0, 8, 1, 0, 0, 0, 2, 4, 5, 'x', 'y', 'z');
        Path plain = plainFile("labels.idx", labels);
        Path gzip = gzipFile("labels.gz", labels);

        assertEquals("labels.idx: trailing data: header says 2 labels (2 bytes) but 3 more bytes follow them",
                failure(plain));
        assertEquals("labels.gz: trailing data: header says 2 labels (2 bytes) but 3 more bytes follow them",
                failure(gzip));
    }

    @Test
    void emptyFileAndEmptyGzipStream() throws Exception {
        Path empty = plainFile("empty.idx", new byte[0]);
        Path emptyGzip = gzipFile("empty.gz", new byte[0]);

        assertEquals("empty.idx: the file is empty", failure(empty));
        assertEquals("empty.gz: the gzip stream holds no data", failure(emptyGzip));
    }

    @Test
    void tooShortForAHeader() throws Exception {
        Path file = plainFile("short.idx", bytes(0, 0));

        assertEquals("short.idx: too short for an IDX file: 2 bytes, and the header alone needs 4", failure(file));
    }

    @Test
    void corruptGzipStream() throws Exception {
        byte[] gz = gzip(imageHeaderWithPixels(50, 28, 28));
        for (int i = 10; i < gz.length - 8; i++) {
            gz[i] = (byte) 0xFF; // the deflate data, between the gzip header and its trailer
        }
        Path file = plainFile("corrupt.gz", gz);

        String message = failure(file);
        assertTrue(message.startsWith("corrupt.gz: corrupt gzip stream ("), message);
    }

    @Test
    void gzipFileCutOff() throws Exception {
        byte[] gz = gzip(imageHeaderWithPixels(50, 28, 28));
        Path file = plainFile("cut.gz", Arrays.copyOf(gz, gz.length / 2));

        assertEquals("cut.gz: gzip stream ends early: the file is cut off or damaged", failure(file));
    }

    @Test
    void missingFileIsNamed() {
        Path file = dir.resolve("nowhere.idx");

        String message = failure(file);
        assertTrue(message.startsWith("nowhere.idx: not found (looked for " + file.toAbsolutePath()), message);
    }

    @Test
    void imageAndLabelCountsMustAgree() throws Exception {
        Path images = dir.resolve("imgs.gz");
        Path labels = dir.resolve("lbls.gz");
        IdxWriter.write(images, IdxArray.ofUnsignedBytes(new byte[3 * 4], 3, 2, 2), Compression.GZIP);
        IdxWriter.write(labels, IdxArray.ofLabels(new int[] {1, 2}), Compression.GZIP);

        DataFileException e = assertThrows(DataFileException.class,
                () -> IdxDatasets.load("pair", images, labels, ClassNames.DIGITS));

        assertEquals("lbls.gz: holds 2 labels but imgs.gz holds 3 images", e.getMessage());
        assertEquals(labels, e.file());
    }

    @Test
    void labelsOutsideTheClassesAreRejected() throws Exception {
        Path images = dir.resolve("imgs.gz");
        Path labels = dir.resolve("lbls.gz");
        IdxWriter.write(images, IdxArray.ofUnsignedBytes(new byte[2 * 4], 2, 2, 2), Compression.GZIP);
        IdxWriter.write(labels, IdxArray.ofLabels(new int[] {1, 12}), Compression.GZIP);

        DataFileException e = assertThrows(DataFileException.class,
                () -> IdxDatasets.load("pair", images, labels, ClassNames.DIGITS));

        assertEquals("lbls.gz: label 12 at index 1 is outside 0..9 (10 classes)", e.getMessage());
    }

    @Test
    void labelsGivenWhereImagesBelong() throws Exception {
        Path labels = dir.resolve("lbls.gz");
        IdxWriter.write(labels, IdxArray.ofLabels(new int[] {1, 2}), Compression.GZIP);

        DataFileException e = assertThrows(DataFileException.class,
                () -> IdxDatasets.load("pair", labels, labels, ClassNames.DIGITS));

        assertEquals("lbls.gz: expected images of shape [N, H, W] or [N, C, H, W], but it holds 2 labels", e.getMessage());
    }

    private String failure(Path file) {
        DataFileException e = assertThrows(DataFileException.class, () -> IdxReader.read(file));
        assertEquals(file, e.file());
        return e.getMessage();
    }

    private Path plainFile(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private Path gzipFile(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), gzip(content));
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        }
        return out.toByteArray();
    }

    private static byte[] imageHeader(int n, int h, int w) {
        return bytes(0, 0, 8, 3, n >>> 24, n >>> 16 & 0xFF, n >>> 8 & 0xFF, n & 0xFF, 0, 0, 0, h, 0, 0, 0, w);
    }

    /** A header and pseudo-random pixels, so the compressed stream is long enough to damage. */
    private static byte[] imageHeaderWithPixels(int n, int h, int w) {
        byte[] header = imageHeader(n, h, w);
        byte[] all = Arrays.copyOf(header, header.length + n * h * w);
        for (int i = header.length; i < all.length; i++) {
            all[i] = (byte) (i * 2654435761L >>> 13);
        }
        return all;
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }
}
