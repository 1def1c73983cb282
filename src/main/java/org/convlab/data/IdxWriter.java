package org.convlab.data;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * Writes IDX files of unsigned bytes, plain or gzip-compressed, atomically: the bytes go to a
 * temporary file in the target's folder, are forced to disk, and the file is then moved over
 * the target, so a reader never sees half a file.
 *
 * <p>This repeats the few lines of {@code storage.AtomicFiles} because the data package may
 * depend on the engine only.
 */
public final class IdxWriter {
    /** How the file is stored on disk. */
    public enum Compression { PLAIN, GZIP }

    private static final int BUFFER = 1 << 16;

    private IdxWriter() {
    }

    public static void write(Path file, IdxArray array, Compression compression) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        // A fresh name rather than createTempFile, whose owner-only permissions would stick.
        Path tmp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER);
                if (compression == Compression.GZIP) {
                    out = new GZIPOutputStream(out, BUFFER);
                }
                writeIdx(out, array);
                if (out instanceof GZIPOutputStream gzip) {
                    gzip.finish(); // the trailer, without closing the channel we still have to force
                }
                out.flush();
                channel.force(true);
                out.close(); // releases the deflater; the channel closes with it
            }
            moveOver(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void writeIdx(OutputStream out, IdxArray array) throws IOException {
        int[] dims = array.dims();
        out.write(new byte[] {0, 0, (byte) IdxFormat.UNSIGNED_BYTE, (byte) dims.length});
        for (int d : dims) {
            out.write(new byte[] {(byte) (d >>> 24), (byte) (d >>> 16), (byte) (d >>> 8), (byte) d});
        }
        out.write(array.data());
    }

    private static void moveOver(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
