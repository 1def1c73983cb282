package org.convlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.convlab.engine.BatchNorm;
import org.convlab.engine.Mode;
import org.convlab.engine.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeightsFileTest {
    @TempDir
    Path dir;

    private String refusal(Model model, Path file) {
        WeightsFileException e = assertThrows(WeightsFileException.class, () -> WeightsFile.load(model, file));
        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e.getMessage().substring(file.toString().length() + 2);
    }

    @Test
    void weightsSurviveARoundTrip() throws Exception {
        Model saved = Models.lenet5().build(1);
        Path file = dir.resolve("lenet.weights");
        WeightsFile.save(saved, file);
        Model loaded = Models.lenet5().build(2);
        WeightsFile.load(loaded, file);
        for (int i = 0; i < saved.params().size(); i++) {
            assertArrayEquals(saved.params().get(i).value().data(), loaded.params().get(i).value().data());
        }
        assertEquals(4 * 61_706, Files.size(file) - headerLength(file));
    }

    @Test
    void theHeaderIsTheDocumentedFingerprint() throws Exception {
        Path file = dir.resolve("tiny.weights");
        WeightsFile.save(TinyProblem.model(1), file);
        List<String> header = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).lines().limit(7).toList();
        assertEquals(List.of("CONVLAB-WEIGHTS 1", "tensors 4", "conv1.weight 4x1x3x3", "conv1.bias 4",
                "dense1.weight 4x64", "dense1.bias 4"), header.subList(0, 6));
        assertTrue(header.get(6).matches("values float32-be crc32 [0-9a-f]{8}"), header.get(6));
    }

    @Test
    void aFileFromAnotherArchitectureIsRefusedNamingTheDifference() throws Exception {
        Path file = dir.resolve("lenet.weights");
        WeightsFile.save(Models.lenet5().build(1), file);
        Model mlp = Models.mlp(1, 28, 28, 10).build(1);
        float[] before = mlp.params().getFirst().value().data().clone();
        assertEquals("saved from another architecture: tensor 1 is conv1.weight 6×1×5×5 in the file but "
                + "dense1.weight 128×784 in this model", refusal(mlp, file));
        assertArrayEquals(before, mlp.params().getFirst().value().data());

        Model wider = ModelBuilder.input(1, 28, 28).conv(8, 5, 2).relu().maxPool(2).conv(16, 5).relu().maxPool(2)
                .dense(120).relu().dense(84).relu().dense(10).build(1);
        assertEquals("saved from another architecture: tensor 1 is conv1.weight 6×1×5×5 in the file but "
                + "conv1.weight 8×1×5×5 in this model", refusal(wider, file));

        Model longer = Models.lenet5().dense(5).build(1);
        assertTrue(refusal(longer, file).endsWith("the file has 10 tensors, this model 12"));
    }

    @Test
    void aTruncatedFileIsRefusedAndTheModelKeepsItsWeights() throws Exception {
        Path file = dir.resolve("tiny.weights");
        WeightsFile.save(TinyProblem.model(1), file);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 10));
        Model target = TinyProblem.model(2);
        float[] before = target.params().getFirst().value().data().clone();
        assertEquals("truncated: it ends after 297 of 300 values", refusal(target, file));
        assertArrayEquals(before, target.params().getFirst().value().data());

        Files.write(file, Arrays.copyOf(bytes, 30));
        assertEquals("truncated: it ends in the header, at line 3", refusal(target, file));
    }

    @Test
    void aDamagedFileIsRefused() throws Exception {
        Path file = dir.resolve("tiny.weights");
        WeightsFile.save(TinyProblem.model(1), file);
        byte[] bytes = Files.readAllBytes(file);
        byte[] flipped = bytes.clone();
        flipped[flipped.length - 5] ^= 0x10;
        Files.write(file, flipped);
        assertEquals("damaged: the values do not match their checksum", refusal(TinyProblem.model(2), file));

        byte[] longer = Arrays.copyOf(bytes, bytes.length + 3);
        Files.write(file, longer);
        assertEquals("damaged: 3 unexpected bytes after the values", refusal(TinyProblem.model(2), file));
    }

    @Test
    void otherFilesAreRefused() throws Exception {
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "hello\nworld\n");
        assertEquals("not a ConvLab weights file (it should start with \"CONVLAB-WEIGHTS 1\")",
                refusal(TinyProblem.model(1), text));
        Path future = dir.resolve("future.weights");
        Files.writeString(future, "CONVLAB-WEIGHTS 2\n");
        assertEquals("written in format \"CONVLAB-WEIGHTS 2\"; this ConvLab reads format 1 only",
                refusal(TinyProblem.model(1), future));
        Path empty = dir.resolve("empty.weights");
        Files.write(empty, new byte[0]);
        assertEquals("empty or not a ConvLab weights file", refusal(TinyProblem.model(1), empty));
        assertEquals("no such file", refusal(TinyProblem.model(1), dir.resolve("missing.weights")));
    }

    @Test
    void batchNormRunningStatisticsTravelWithTheWeights() throws Exception {
        ModelBuilder builder = ModelBuilder.input(1, 4, 4).conv(2, 3, 1).batchNorm().relu().dense(2);
        Model trained = builder.build(1);
        trained.forward(Tensor.filled(0.7f, 3, 1, 4, 4), Mode.TRAIN); // moves the running statistics
        Path file = dir.resolve("bn.weights");
        WeightsFile.save(trained, file);
        Model fresh = builder.build(1);
        WeightsFile.load(fresh, file);
        BatchNorm a = (BatchNorm) trained.layer("bn1").inner();
        BatchNorm b = (BatchNorm) fresh.layer("bn1").inner();
        assertArrayEquals(a.runningMean(), b.runningMean());
        assertArrayEquals(a.runningVar(), b.runningVar());
        assertFalse(Arrays.equals(new float[2], b.runningMean()));
    }

    private static long headerLength(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int valuesLine = text.indexOf("values float32-be");
        return text.indexOf('\n', valuesLine) + 1;
    }
}
