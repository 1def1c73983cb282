package org.convlab.data;

import java.nio.file.Path;
import java.util.List;
import org.convlab.engine.Tensor;

/** Loads a {@link Dataset} from a pair of IDX files, one of images and one of labels. */
public final class IdxDatasets {
    /** Byte value v becomes v / 255; a table keeps the 47 million conversions of a full set cheap. */
    private static final float[] UNIT_SCALE = new float[256];

    static {
        for (int v = 0; v < 256; v++) {
            UNIT_SCALE[v] = v / 255f;
        }
    }

    private IdxDatasets() {
    }

    /**
     * Loads images [N, H, W] (or [N, C, H, W]) and labels [N], such as MNIST's or
     * Fashion-MNIST's files, plain or gzip. Pixels are scaled from 0..255 to [0, 1].
     *
     * @throws DataFileException naming the file at fault: unreadable, malformed, of the wrong
     *     shape, with a label outside the class names, or with counts that disagree
     */
    public static Dataset load(String name, Path imagesFile, Path labelsFile, List<String> classNames)
            throws DataFileException {
        IdxArray images = IdxReader.read(imagesFile);
        IdxArray labels = IdxReader.read(labelsFile);
        if (images.rank() != 3 && images.rank() != 4) {
            throw new DataFileException(imagesFile, "expected images of shape [N, H, W] or [N, C, H, W], but it holds "
                    + IdxFormat.describeContents(images.dims()));
        }
        if (labels.rank() != 1) {
            throw new DataFileException(labelsFile, "expected one label per image, shape [N], but it holds "
                    + IdxFormat.describeContents(labels.dims()));
        }
        if (images.count() != labels.count()) {
            throw new DataFileException(labelsFile, "holds " + IdxFormat.grouped(labels.count()) + " labels but "
                    + imagesFile.getFileName() + " holds " + IdxFormat.grouped(images.count()) + " images");
        }
        if (images.count() == 0) {
            throw new DataFileException(imagesFile, "holds no images");
        }
        return new Dataset(name, toUnitTensor(images), toLabels(labels, labelsFile, classNames), classNames);
    }

    private static Tensor toUnitTensor(IdxArray images) {
        int[] d = images.dims();
        int[] shape = d.length == 4 ? d : new int[] {d[0], 1, d[1], d[2]};
        byte[] bytes = images.data();
        float[] values = new float[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            values[i] = UNIT_SCALE[bytes[i] & 0xFF];
        }
        return Tensor.wrap(values, shape);
    }

    private static int[] toLabels(IdxArray labels, Path file, List<String> classNames) throws DataFileException {
        int[] out = new int[labels.count()];
        for (int i = 0; i < out.length; i++) {
            out[i] = labels.unsigned(i);
            if (out[i] >= classNames.size()) {
                throw new DataFileException(file, "label " + out[i] + " at index " + i + " is outside 0.."
                        + (classNames.size() - 1) + " (" + classNames.size() + " classes)");
            }
        }
        return out;
    }
}
