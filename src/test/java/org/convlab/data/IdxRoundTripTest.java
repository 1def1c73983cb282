package org.convlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.convlab.data.IdxWriter.Compression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IdxRoundTripTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Compression.class)
    void imagesReadBackAsWritten(Compression compression) throws Exception {
        byte[] pixels = new byte[5 * 3 * 4];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (i * 37); // covers values above 127, which must read back unsigned
        }
        Path file = dir.resolve("images.idx");
        IdxWriter.write(file, IdxArray.ofUnsignedBytes(pixels, 5, 3, 4), compression);

        IdxArray back = IdxReader.read(file);

        assertArrayEquals(new int[] {5, 3, 4}, back.dims());
        assertArrayEquals(pixels, back.data());
        assertEquals(255, IdxArray.ofUnsignedBytes(new byte[] {(byte) 255}, 1).unsigned(0));
    }

    @ParameterizedTest
    @EnumSource(Compression.class)
    void labelsReadBackAsWritten(Compression compression) throws Exception {
        int[] labels = {0, 9, 3, 255, 7};
        Path file = dir.resolve("labels");
        IdxWriter.write(file, IdxArray.ofLabels(labels), compression);

        IdxArray back = IdxReader.read(file);

        assertArrayEquals(new int[] {5}, back.dims());
        for (int i = 0; i < labels.length; i++) {
            assertEquals(labels[i], back.unsigned(i));
        }
    }

    @Test
    void compressionIsRecognisedByContentNotByName() throws Exception {
        Path gzipWithoutSuffix = dir.resolve("plain-looking.idx");
        Path plainWithGzSuffix = dir.resolve("compressed-looking.gz");
        IdxWriter.write(gzipWithoutSuffix, IdxArray.ofLabels(new int[] {1, 2}), Compression.GZIP);
        IdxWriter.write(plainWithGzSuffix, IdxArray.ofLabels(new int[] {3, 4}), Compression.PLAIN);

        assertEquals(0x1f, Files.readAllBytes(gzipWithoutSuffix)[0] & 0xFF);
        assertEquals(2, IdxReader.read(gzipWithoutSuffix).unsigned(1));
        assertEquals(4, IdxReader.read(plainWithGzSuffix).unsigned(1));
    }

    @Test
    void writingReplacesTheOldFileAndLeavesNoTemporaryFiles() throws Exception {
        Path file = dir.resolve("labels.gz");
        IdxWriter.write(file, IdxArray.ofLabels(new int[] {1, 1, 1}), Compression.GZIP);
        IdxWriter.write(file, IdxArray.ofLabels(new int[] {2}), Compression.GZIP);

        assertEquals(1, IdxReader.read(file).count());
        assertEquals(List.of(file), listFolder());
    }

    @Test
    void loadsAnImageAndLabelPairScaledToUnitRange() throws Exception {
        Path images = dir.resolve("i.gz");
        Path labels = dir.resolve("l.gz");
        byte[] pixels = new byte[2 * 2 * 2];
        pixels[0] = (byte) 255;
        pixels[5] = (byte) 51;
        IdxWriter.write(images, IdxArray.ofUnsignedBytes(pixels, 2, 2, 2), Compression.GZIP);
        IdxWriter.write(labels, IdxArray.ofLabels(new int[] {1, 0}), Compression.GZIP);

        Dataset set = IdxDatasets.load("tiny", images, labels, ClassNames.numbered(2));

        assertArrayEquals(new int[] {2, 1, 2, 2}, set.images().shape());
        assertEquals(1f, set.images().get(0, 0, 0, 0));
        assertEquals(0.2f, set.images().get(1, 0, 0, 1), 1e-7f);
        assertArrayEquals(new int[] {1, 0}, set.labels());
    }

    private List<Path> listFolder() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
