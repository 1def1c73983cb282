package org.convlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.convlab.data.IdxArray;
import org.convlab.data.IdxWriter;
import org.convlab.train.Model;
import org.convlab.train.Models;
import org.convlab.train.WeightsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `convlab train`: option checks with one-line errors, help, and short real runs on small data. */
class TrainCommandTest {
    @TempDir
    Path dir;

    private static void assertOneLineError(CliRun r, String expected) {
        assertEquals(1, r.status(), r.err());
        assertEquals("train: " + expected + System.lineSeparator(), r.err());
        assertEquals("", r.out());
    }

    @Test
    void anUnknownModelIsAOneLineError() {
        assertOneLineError(CliRun.of("train", "--model", "vgg16"), "--model must be lenet5 or mlp, not \"vgg16\"");
    }

    @Test
    void aNegativeLearningRateIsAOneLineError() {
        assertOneLineError(CliRun.of("train", "--lr", "-0.1"), "--lr must be a number greater than 0, not -0.1");
    }

    @Test
    void otherBadValuesAreOneLineErrors() {
        assertOneLineError(CliRun.of("train", "--optimizer", "rmsprop"), "--optimizer must be sgd, momentum or adam, not \"rmsprop\"");
        assertOneLineError(CliRun.of("train", "--epochs", "0"), "--epochs must be at least 1, not 0");
        assertOneLineError(CliRun.of("train", "--batch", "0"), "--batch must be between 1 and 4096, not 0");
        assertOneLineError(CliRun.of("train", "--clip-norm", "0"), "--clip-norm must be a number greater than 0, not 0.0");
        assertOneLineError(CliRun.of("train", "--momentum", "1"), "--momentum must be at least 0 and below 1, not 1.0");
        assertOneLineError(CliRun.of("train", "--schedule", "cosine"), "--schedule must be linear or constant, not \"cosine\"");
        assertOneLineError(CliRun.of("train", "--threads", "0"), "--threads must be between 1 and 256, not 0");
        assertOneLineError(CliRun.of("train", "--data", "no-such-place"),
                "--data must be mnist, shapes or a folder of IDX files, and \"no-such-place\" is none of these");
        assertOneLineError(CliRun.of("train", "--data", dir.toString()), dir + " has no training images: expected a file named "
                + "train-images-idx3-ubyte or train-images-idx3-ubyte.gz");
    }

    @Test
    void helpExplainsEveryOptionWithItsDefault() {
        CliRun r = CliRun.of("train", "--help");
        assertEquals(0, r.status());
        String help = r.out().replaceAll("\\s+", " ");
        assertTrue(help.contains("above 97% test accuracy"), "percent sign formatted\n" + r.out());
        for (String option : new String[] {"--model", "--data", "--epochs", "--batch", "--optimizer", "--lr", "--schedule",
            "--momentum", "--clip-value", "--clip-norm", "--threads", "--seed", "--save", "--summary"}) {
            assertTrue(r.out().contains(option), option + " missing from\n" + r.out());
        }
        for (String text : new String[] {"Default: lenet5.", "Default: mnist.", "Default: 15.", "Default: 32.", "Default: adam.",
            "0.005 for adam", "Default: linear.", "Default: 0.9.", "Default: no clipping.", "Default: 1."}) {
            assertTrue(help.contains(text), text + " missing from\n" + r.out());
        }
    }

    @Test
    void trainsAnMlpOnShapesAndSavesWeightsThatLoad() throws Exception {
        Path weights = dir.resolve("mlp.weights");
        CliRun r = CliRun.of("train", "--model", "mlp", "--data", "shapes", "--epochs", "1", "--save", weights.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("mlp: 108,996 parameters; shapes: 4,000 training and 1,000 test images; adam"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("epoch 1/1: loss [0-9.]+, train accuracy [0-9.]+%, "
                + "test accuracy [0-9.]+%, [0-9,]+ images/s, [0-9.]+ s")), r.out());
        assertTrue(r.out().contains("finished 1 epoch: test accuracy "), r.out());
        assertTrue(r.out().endsWith("saved the weights to " + weights + System.lineSeparator()), r.out());
        assertTrue(r.out().lines().noneMatch(l -> l.contains("\r")), "plain lines when not on a terminal");
        Model model = Models.mlp(1, 28, 28, 4).build(99);
        WeightsFile.load(model, weights);
    }

    @Test
    void aDivergingRunEndsWithItsStatusAsAOneLineError() {
        CliRun r = CliRun.of("train", "--model", "mlp", "--data", "shapes", "--optimizer", "sgd", "--lr", "1e30", "--epochs", "1");
        assertEquals(1, r.status());
        assertTrue(r.err().matches("train: stopped at epoch 1, batch \\d+: the .*(dense|relu)\\d.*; try a smaller "
                + "learning rate or gradient clipping\\R"), r.err());
    }

    @Test
    void trainsFromAFolderOfIdxFiles() throws Exception {
        SplittableRandom rng = new SplittableRandom(3);
        writeIdx(dir.resolve("train-images-idx3-ubyte.gz"), dir.resolve("train-labels-idx1-ubyte"), 40, rng);
        writeIdx(dir.resolve("t10k-images-idx3-ubyte"), dir.resolve("t10k-labels-idx1-ubyte.gz"), 10, rng);
        CliRun r = CliRun.of("train", "--model", "mlp", "--data", dir.toString(), "--epochs", "1", "--batch", "8", "--summary");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("40 training and 10 test images"), r.out());
        assertTrue(r.out().contains("dense3") && r.out().contains("total"), "summary table printed\n" + r.out());
    }

    /** {@code count} random 6×5 images with labels 0..2. */
    private static void writeIdx(Path images, Path labels, int count, SplittableRandom rng) throws Exception {
        byte[] pixels = new byte[count * 6 * 5];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) rng.nextInt(256);
        }
        int[] classes = new int[count];
        for (int i = 0; i < count; i++) {
            classes[i] = i % 3;
        }
        IdxWriter.write(images, IdxArray.ofUnsignedBytes(pixels, count, 6, 5),
                images.toString().endsWith(".gz") ? IdxWriter.Compression.GZIP : IdxWriter.Compression.PLAIN);
        IdxWriter.write(labels, IdxArray.ofLabels(classes),
                labels.toString().endsWith(".gz") ? IdxWriter.Compression.GZIP : IdxWriter.Compression.PLAIN);
        assertTrue(Files.exists(images));
    }
}
