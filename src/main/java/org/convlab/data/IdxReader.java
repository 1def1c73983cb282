package org.convlab.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.convlab.engine.Shapes;

/**
 * Reads IDX files of unsigned bytes, plain or gzip-compressed. Compression is recognised by
 * the gzip magic bytes, not by the file name. Every problem comes out as a
 * {@link DataFileException} that names the file and says what is wrong with it.
 */
public final class IdxReader {
    private static final int BUFFER = 1 << 16;
    /** The first allocation for the values; it grows only while data keeps coming, so a lying
     *  header on a small file cannot make us allocate gigabytes. */
    private static final int FIRST_CHUNK = 1 << 24;
    private static final long MAX_BYTES = Integer.MAX_VALUE - 8; // the largest Java array

    private IdxReader() {
    }

    /** Reads the whole file; a 60,000-image file takes one bulk read, not one call per byte. */
    public static IdxArray read(Path file) throws DataFileException {
        boolean gzip = false;
        try (InputStream buffered = new BufferedInputStream(Files.newInputStream(file), BUFFER)) {
            gzip = startsWithGzipMagic(buffered);
            InputStream in = gzip ? new GZIPInputStream(buffered, BUFFER) : buffered;
            return readIdx(in, file, gzip);
        } catch (NoSuchFileException e) {
            throw new DataFileException(file, "not found (looked for " + file.toAbsolutePath() + ")", e);
        } catch (AccessDeniedException e) {
            throw new DataFileException(file, "not allowed to read it", e);
        } catch (ZipException e) {
            throw new DataFileException(file, "corrupt gzip stream (" + e.getMessage() + ")", e);
        } catch (EOFException e) {
            // Only the gzip layer throws this: readNBytes reports a short count instead.
            throw new DataFileException(file, "gzip stream ends early: the file is cut off or damaged", e);
        } catch (IOException e) {
            String what = gzip ? "cannot be read or decompressed (" : "cannot be read (";
            throw new DataFileException(file, what + e.getMessage() + ")", e);
        }
    }

    private static boolean startsWithGzipMagic(InputStream in) throws IOException {
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == IdxFormat.GZIP_MAGIC_1 && b2 == IdxFormat.GZIP_MAGIC_2;
    }

    private static IdxArray readIdx(InputStream in, Path file, boolean gzip) throws IOException, DataFileException {
        int[] dims = readHeader(in, file, gzip);
        long expected = 1;
        for (int d : dims) {
            expected *= d;
            if (expected > MAX_BYTES) {
                throw new DataFileException(file, "the header's dimensions " + Shapes.describe(dims)
                        + " describe more than " + IdxFormat.grouped(MAX_BYTES) + " bytes, more than ConvLab can hold");
            }
        }
        byte[] data = readValues(in, (int) expected);
        if (data.length < expected) {
            throw new DataFileException(file, "truncated: header says " + IdxFormat.describeContents(dims)
                    + " (" + IdxFormat.grouped(expected) + " bytes) but only "
                    + IdxFormat.grouped(data.length) + " bytes follow");
        }
        long extra = countRemaining(in);
        if (extra > 0) {
            throw new DataFileException(file, "trailing data: header says " + IdxFormat.describeContents(dims)
                    + " (" + IdxFormat.grouped(expected) + " bytes) but " + IdxFormat.grouped(extra)
                    + " more bytes follow them");
        }
        return IdxArray.ofUnsignedBytes(data, dims);
    }

    private static int[] readHeader(InputStream in, Path file, boolean gzip) throws IOException, DataFileException {
        byte[] magic = new byte[4];
        int got = in.readNBytes(magic, 0, 4);
        if (got == 0) {
            throw new DataFileException(file, gzip ? "the gzip stream holds no data" : "the file is empty");
        }
        if (got < 4) {
            throw new DataFileException(file, "too short for an IDX file: " + got + " bytes, and the header alone needs 4");
        }
        int magicNumber = bigEndianInt(magic, 0);
        if (magic[0] != 0 || magic[1] != 0) {
            throw new DataFileException(file, "not an IDX file: it starts with " + IdxFormat.hex(magicNumber, 8)
                    + ", but an IDX file starts with two zero bytes, a type byte and a dimension count");
        }
        int type = magic[2] & 0xFF;
        if (type != IdxFormat.UNSIGNED_BYTE) {
            throw new DataFileException(file, "unsupported IDX data type " + IdxFormat.hex(type, 2) + " ("
                    + IdxFormat.typeName(type) + "); ConvLab reads unsigned bytes (type 0x08), as MNIST uses");
        }
        int rank = magic[3] & 0xFF;
        if (rank < 1 || rank > IdxFormat.MAX_RANK) {
            throw new DataFileException(file, "the header declares " + rank
                    + " dimensions; ConvLab reads 1 to " + IdxFormat.MAX_RANK);
        }
        byte[] dimBytes = new byte[4 * rank];
        got = in.readNBytes(dimBytes, 0, dimBytes.length);
        if (got < dimBytes.length) {
            throw new DataFileException(file, "truncated: the header declares " + rank + " dimensions ("
                    + dimBytes.length + " bytes) but only " + got + " bytes of them follow");
        }
        int[] dims = new int[rank];
        for (int i = 0; i < rank; i++) {
            dims[i] = bigEndianInt(dimBytes, 4 * i);
            if (dims[i] < 0) {
                throw new DataFileException(file, "dimension " + (i + 1) + " of the header is "
                        + IdxFormat.grouped(Integer.toUnsignedLong(dims[i])) + ", too large to be real");
            }
        }
        return dims;
    }

    /** Reads up to {@code expected} bytes; a shorter array means the stream ended first. */
    private static byte[] readValues(InputStream in, int expected) throws IOException {
        byte[] data = new byte[Math.min(expected, FIRST_CHUNK)];
        int filled = 0;
        while (true) {
            filled += in.readNBytes(data, filled, data.length - filled);
            if (filled < data.length || data.length == expected) {
                return filled == data.length ? data : Arrays.copyOf(data, filled);
            }
            data = Arrays.copyOf(data, (int) Math.min(expected, 2L * data.length));
        }
    }

    private static long countRemaining(InputStream in) throws IOException {
        byte[] scratch = new byte[BUFFER];
        long total = 0;
        for (int n; (n = in.read(scratch)) != -1; ) {
            total += n;
        }
        return total;
    }

    private static int bigEndianInt(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }
}
