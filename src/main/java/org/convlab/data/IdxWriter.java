package org.convlab.data;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.convlab.storage.AtomicFiles;

/**
 * Writes IDX files of unsigned bytes, plain or gzip-compressed, atomically (through
 * {@link AtomicFiles}), so a reader never sees half a file.
 */
public final class IdxWriter {
    /** How the file is stored on disk. */
    public enum Compression { PLAIN, GZIP }

    private static final int BUFFER = 1 << 16;

    private IdxWriter() {
    }

    public static void write(Path file, IdxArray array, Compression compression) throws IOException {
        AtomicFiles.write(file, raw -> {
            OutputStream out = new BufferedOutputStream(raw, BUFFER);
            if (compression == Compression.GZIP) {
                GZIPOutputStream gzip = new GZIPOutputStream(out, BUFFER);
                writeIdx(gzip, array);
                gzip.finish(); // the trailer; AtomicFiles flushes, forces and closes the file
                gzip.flush();
            } else {
                writeIdx(out, array);
                out.flush();
            }
        });
    }

    private static void writeIdx(OutputStream out, IdxArray array) throws IOException {
        int[] dims = array.dims();
        out.write(new byte[] {0, 0, (byte) IdxFormat.UNSIGNED_BYTE, (byte) dims.length});
        for (int d : dims) {
            out.write(new byte[] {(byte) (d >>> 24), (byte) (d >>> 16), (byte) (d >>> 8), (byte) d});
        }
        out.write(array.data());
    }
}
