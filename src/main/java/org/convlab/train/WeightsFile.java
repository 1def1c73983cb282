package org.convlab.train;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;
import org.convlab.engine.Shapes;
import org.convlab.storage.AtomicFiles;

/**
 * Saves and loads a model's weights in a small documented format, version 1:
 * <pre>
 * CONVLAB-WEIGHTS 1\n
 * tensors 10\n
 * conv1.weight 6x1x5x5\n        one line per tensor: name, a space, its shape
 * conv1.bias 6\n
 * ...
 * values float32-be crc32 1a2b3c4d\n
 * (the values)
 * </pre>
 * The header is ASCII text. The lines between "tensors" and "values" are the architecture's
 * fingerprint: every trainable parameter in forward order, then each batch norm's running mean
 * and variance ("bn1.running_mean", "bn1.running_var"). After the "values" line come all the
 * values, tensor after tensor in header order, each row-major, as 4-byte IEEE 754 floats in
 * big-endian order; the crc32 (8 hex digits) covers exactly these bytes, and nothing follows
 * them. Optimizer state (momentum, Adam's moments) is not saved.
 *
 * <p>Files are written atomically ({@link AtomicFiles}). Loading checks everything before it
 * changes the model: a file from another architecture, a damaged or truncated one is refused
 * with a message naming the file and the difference, and the model keeps its weights.
 */
public final class WeightsFile {
    static final String MAGIC = "CONVLAB-WEIGHTS";
    static final int VERSION = 1;
    private static final int MAX_LINE = 1000;

    private WeightsFile() {
    }

    /** Writes the model's weights to {@code file}, replacing it atomically. */
    public static void save(Model model, Path file) throws IOException {
        List<WeightEntry> entries = WeightEntry.of(model);
        ByteBuffer values = ByteBuffer.allocate(4 * totalValues(entries)); // big-endian by default
        for (WeightEntry e : entries) {
            for (float v : e.read()) {
                values.putFloat(v);
            }
        }
        StringBuilder header = new StringBuilder(MAGIC + " " + VERSION + "\n");
        header.append("tensors ").append(entries.size()).append('\n');
        for (WeightEntry e : entries) {
            header.append(e.fingerprint()).append('\n');
        }
        header.append(String.format(Locale.ROOT, "values float32-be crc32 %08x\n", crc(values.array())));
        AtomicFiles.write(file, out -> {
            out.write(header.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(values.array());
        });
    }

    /** Replaces the model's weights with those in {@code file}, or leaves them untouched and throws. */
    public static void load(Model model, Path file) throws WeightsFileException {
        List<WeightEntry> entries = WeightEntry.of(model);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            String first = readLine(in, file, 1);
            if (!first.startsWith(MAGIC + " ")) {
                throw new WeightsFileException(file, "not a ConvLab weights file (it should start with \"" + MAGIC + " "
                        + VERSION + "\")");
            }
            if (!first.equals(MAGIC + " " + VERSION)) {
                throw new WeightsFileException(file, "written in format \"" + first + "\"; this ConvLab reads format "
                        + VERSION + " only");
            }
            int count = parseCount(readLine(in, file, 2), file);
            List<String> fileFingerprint = new ArrayList<>();
            for (int i = 0; i < Math.min(count, entries.size() + 1); i++) {
                fileFingerprint.add(readLine(in, file, 3 + i));
            }
            String mismatch = compare(fileFingerprint, count, entries);
            if (mismatch != null) {
                throw new WeightsFileException(file, "saved from another architecture: " + mismatch);
            }
            long expectedCrc = parseValuesLine(readLine(in, file, 3 + count), file);
            int total = totalValues(entries);
            byte[] bytes = in.readNBytes(4 * total);
            if (bytes.length < 4 * total) {
                throw new WeightsFileException(file, String.format(Locale.ROOT, "truncated: it ends after %,d of %,d values",
                        bytes.length / 4, total));
            }
            long extra = in.transferTo(OutputStream.nullOutputStream());
            if (extra > 0) {
                throw new WeightsFileException(file, String.format(Locale.ROOT, "damaged: %,d unexpected bytes after the values", extra));
            }
            if (crc(bytes) != expectedCrc) {
                throw new WeightsFileException(file, "damaged: the values do not match their checksum");
            }
            ByteBuffer values = ByteBuffer.wrap(bytes);
            for (WeightEntry e : entries) {
                float[] v = new float[e.size()];
                values.asFloatBuffer().get(v);
                values.position(values.position() + 4 * v.length);
                e.write(v);
            }
        } catch (NoSuchFileException e) {
            throw new WeightsFileException(file, "no such file", e);
        } catch (WeightsFileException e) {
            throw e;
        } catch (IOException e) {
            throw new WeightsFileException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Null when the file's header lines name the same tensors with the same shapes as the model. */
    private static String compare(List<String> fileLines, int fileCount, List<WeightEntry> entries) {
        for (int i = 0; i < Math.min(fileLines.size(), entries.size()); i++) {
            String expected = entries.get(i).fingerprint();
            if (!fileLines.get(i).equals(expected)) {
                return "tensor " + (i + 1) + " is " + shown(fileLines.get(i)) + " in the file but " + shown(expected)
                        + " in this model";
            }
        }
        if (fileCount != entries.size()) {
            return "the file has " + fileCount + " tensors, this model " + entries.size();
        }
        return null;
    }

    /** "conv1.weight 6×1×5×5" for a header line "conv1.weight 6x1x5x5". */
    private static String shown(String line) {
        int space = line.lastIndexOf(' ');
        return space < 0 ? "\"" + line + "\"" : line.substring(0, space) + " " + line.substring(space + 1).replace('x', '×');
    }

    private static int parseCount(String line, Path file) throws WeightsFileException {
        try {
            if (line.startsWith("tensors ")) {
                int n = Integer.parseInt(line.substring("tensors ".length()));
                if (n >= 0) {
                    return n;
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new WeightsFileException(file, "damaged: line 2 should be \"tensors N\", not \"" + line + "\"");
    }

    private static long parseValuesLine(String line, Path file) throws WeightsFileException {
        String prefix = "values float32-be crc32 ";
        if (line.startsWith(prefix) && line.length() == prefix.length() + 8) {
            try {
                return Long.parseLong(line.substring(prefix.length()), 16);
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new WeightsFileException(file, "damaged: expected the line \"" + prefix + "XXXXXXXX\" after the tensor list, "
                + "found \"" + line + "\"");
    }

    /** One ASCII line without its '\n'; a missing newline or a very long line means the file is not what it claims. */
    private static String readLine(InputStream in, Path file, int lineNumber) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new WeightsFileException(file, lineNumber == 1 ? "empty or not a ConvLab weights file"
                        : "truncated: it ends in the header, at line " + lineNumber);
            }
            if (line.size() >= MAX_LINE) {
                throw new WeightsFileException(file, lineNumber == 1 ? "not a ConvLab weights file (it should start with \""
                        + MAGIC + " " + VERSION + "\")" : "damaged: header line " + lineNumber + " is too long");
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    private static int totalValues(List<WeightEntry> entries) {
        long total = 0;
        for (WeightEntry e : entries) {
            total += e.size();
        }
        return Math.toIntExact(total);
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    /** "6x1x5x5". */
    static String shapeText(int[] shape) {
        return Shapes.describe(shape).replace("[", "").replace("]", "").replace(", ", "x");
    }
}
