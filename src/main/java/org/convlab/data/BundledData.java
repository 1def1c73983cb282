package org.convlab.data;

import java.nio.file.Files;
import java.nio.file.Path;

/** The data sets that ship in {@code assets/}. */
public final class BundledData {
    /** Where the MNIST subset lives, relative to the assets folder. */
    public static final String MNIST_FOLDER = "mnist";
    static final String TRAIN_IMAGES = "train-images-idx3-ubyte.gz";
    static final String TRAIN_LABELS = "train-labels-idx1-ubyte.gz";
    static final String TEST_IMAGES = "test-images-idx3-ubyte.gz";
    static final String TEST_LABELS = "test-labels-idx1-ubyte.gz";

    /** A training set and a test set drawn from the same source, with no image in both. */
    public record TrainTest(Dataset train, Dataset test) {
    }

    private BundledData() {
    }

    /**
     * The bundled MNIST subset: 8,000 training and 2,000 test digits, 28×28, one channel,
     * classes "0" to "9". See {@code assets/README.md} for where it comes from.
     *
     * @param assetsDir the project's {@code assets/} folder
     * @throws DataFileException when a file is missing or damaged, naming it
     */
    public static TrainTest mnist(Path assetsDir) throws DataFileException {
        Path dir = assetsDir.resolve(MNIST_FOLDER);
        for (String name : new String[] {TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES, TEST_LABELS}) {
            Path file = dir.resolve(name);
            if (!Files.isRegularFile(file)) {
                throw new DataFileException(file, "the bundled MNIST subset is missing: expected it at "
                        + file.toAbsolutePath() + " (it ships in assets/mnist/; assets/README.md says how to regenerate it)");
            }
        }
        Dataset train = IdxDatasets.load("MNIST subset (train)", dir.resolve(TRAIN_IMAGES), dir.resolve(TRAIN_LABELS),
                ClassNames.DIGITS);
        Dataset test = IdxDatasets.load("MNIST subset (test)", dir.resolve(TEST_IMAGES), dir.resolve(TEST_LABELS),
                ClassNames.DIGITS);
        return new TrainTest(train, test);
    }
}
