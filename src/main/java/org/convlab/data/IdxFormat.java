package org.convlab.data;

import java.util.Locale;

/**
 * Facts about the IDX format (LeCun's MNIST format) shared by the reader and the writer.
 *
 * <p>Header: two zero bytes, a type byte, a dimension count, then each dimension as a
 * big-endian 32-bit integer; the values follow, row-major.
 */
final class IdxFormat {
    static final int UNSIGNED_BYTE = 0x08;
    /** ConvLab's tensors stop at rank 4 (NCHW); nothing it loads has more. */
    static final int MAX_RANK = 4;
    static final int GZIP_MAGIC_1 = 0x1f;
    static final int GZIP_MAGIC_2 = 0x8b;

    private IdxFormat() {
    }

    /** The name of a type byte, for error messages. */
    static String typeName(int type) {
        return switch (type) {
            case 0x08 -> "unsigned byte";
            case 0x09 -> "signed byte";
            case 0x0B -> "16-bit integer";
            case 0x0C -> "32-bit integer";
            case 0x0D -> "32-bit float";
            case 0x0E -> "64-bit float";
            default -> "unknown type";
        };
    }

    /** "8,000 images of 28×28" or "8,000 labels": what the dimensions hold, in words. */
    static String describeContents(int[] dims) {
        String count = grouped(dims[0]);
        return switch (dims.length) {
            case 1 -> count + " labels";
            case 2 -> count + " rows of " + grouped(dims[1]);
            default -> count + " images of " + itemShape(dims);
        };
    }

    /** "6,272,000". */
    static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String hex(int value, int digits) {
        return String.format(Locale.ROOT, "0x%0" + digits + "X", value);
    }

    private static String itemShape(int[] dims) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < dims.length; i++) {
            if (i > 1) {
                sb.append('×');
            }
            sb.append(dims[i]);
        }
        return sb.toString();
    }
}
