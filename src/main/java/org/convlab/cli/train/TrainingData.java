package org.convlab.cli.train;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.convlab.cli.UserError;
import org.convlab.data.BundledData;
import org.convlab.data.ClassNames;
import org.convlab.data.DataFileException;
import org.convlab.data.Dataset;
import org.convlab.data.IdxDatasets;
import org.convlab.data.SyntheticShapes;
import org.convlab.storage.ProjectDirs;

/** The data `convlab train --data` names: the bundled MNIST subset, synthetic shapes, or a folder of IDX files. */
public final class TrainingData {
    /** Synthetic shapes: this many training images, and a quarter as many test images from another seed. */
    static final int SHAPES_TRAIN = 4000;
    static final int SHAPES_TEST = 1000;

    private static final List<String> TRAIN_IMAGES = List.of("train-images-idx3-ubyte", "train-images.idx3-ubyte");
    private static final List<String> TRAIN_LABELS = List.of("train-labels-idx1-ubyte", "train-labels.idx1-ubyte");
    private static final List<String> TEST_IMAGES = List.of("t10k-images-idx3-ubyte", "test-images-idx3-ubyte",
            "t10k-images.idx3-ubyte");
    private static final List<String> TEST_LABELS = List.of("t10k-labels-idx1-ubyte", "test-labels-idx1-ubyte",
            "t10k-labels.idx1-ubyte");

    private TrainingData() {
    }

    /**
     * Loads "mnist", "shapes" (generated from {@code seed}) or an IDX folder.
     *
     * @throws UserError naming the folder or file at fault
     */
    public static BundledData.TrainTest load(String spec, long seed) {
        try {
            return switch (spec) {
                case "mnist" -> BundledData.mnist(ProjectDirs.assets());
                case "shapes" -> new BundledData.TrainTest(SyntheticShapes.generate(SHAPES_TRAIN, seed),
                        SyntheticShapes.generate(SHAPES_TEST, seed + 1));
                default -> fromFolder(Path.of(spec));
            };
        } catch (DataFileException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    private static BundledData.TrainTest fromFolder(Path dir) throws DataFileException {
        if (!Files.isDirectory(dir)) {
            throw new UserError("--data must be mnist, shapes or a folder of IDX files, and \"" + dir
                    + "\" is none of these");
        }
        // Class names are not in IDX files: load with room for any byte label, then keep as many as are used.
        List<String> anyLabel = ClassNames.numbered(256);
        Dataset train = IdxDatasets.load(dir.getFileName() + " (train)", find(dir, TRAIN_IMAGES, "training images"),
                find(dir, TRAIN_LABELS, "training labels"), anyLabel);
        Dataset test = IdxDatasets.load(dir.getFileName() + " (test)", find(dir, TEST_IMAGES, "test images"),
                find(dir, TEST_LABELS, "test labels"), anyLabel);
        int classes = Math.max(maxLabel(train), maxLabel(test)) + 1;
        List<String> names = classes == 10 ? ClassNames.DIGITS : ClassNames.numbered(classes);
        return new BundledData.TrainTest(withClasses(train, names), withClasses(test, names));
    }

    private static Path find(Path dir, List<String> names, String what) {
        for (String name : names) {
            for (String candidate : List.of(name, name + ".gz")) {
                if (Files.isRegularFile(dir.resolve(candidate))) {
                    return dir.resolve(candidate);
                }
            }
        }
        throw new UserError(dir + " has no " + what + ": expected a file named " + names.getFirst() + " or "
                + names.getFirst() + ".gz");
    }

    private static int maxLabel(Dataset data) {
        int max = 0;
        for (int label : data.labels()) {
            max = Math.max(max, label);
        }
        return max;
    }

    private static Dataset withClasses(Dataset data, List<String> names) {
        return new Dataset(data.name(), data.images(), data.labels(), names);
    }
}
