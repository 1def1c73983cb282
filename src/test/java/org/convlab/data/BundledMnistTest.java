package org.convlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.convlab.engine.Tensor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MNIST subset that ships in assets/mnist loads and looks like MNIST. */
class BundledMnistTest {
    private static BundledData.TrainTest mnist;
    private static long loadMillis;

    @BeforeAll
    static void load() throws DataFileException {
        long start = System.nanoTime();
        mnist = BundledData.mnist(Path.of("assets")); // Maven runs tests from the project root
        loadMillis = (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void hasEightThousandTrainingAndTwoThousandTestDigits() {
        assertEquals(8000, mnist.train().size());
        assertEquals(2000, mnist.test().size());
        assertEquals(ClassNames.DIGITS, mnist.train().classNames());
        assertEquals(28, mnist.train().height());
        assertEquals(28, mnist.train().width());
        assertEquals(1, mnist.train().channels());
    }

    @Test
    void everyDigitAppearsInBothSplitsInRoughlyEvenNumbers() {
        assertRoughlyEven(mnist.train().classCounts(), 8000);
        assertRoughlyEven(mnist.test().classCounts(), 2000);
    }

    @Test
    void pixelsSpanTheUnitRange() {
        for (Dataset set : new Dataset[] {mnist.train(), mnist.test()}) {
            float min = Float.MAX_VALUE;
            float max = -Float.MAX_VALUE;
            double sum = 0;
            for (float v : set.images().data()) {
                min = Math.min(min, v);
                max = Math.max(max, v);
                sum += v;
            }
            double mean = sum / set.images().size();
            assertEquals(0f, min, set.name());
            assertEquals(1f, max, set.name());
            assertTrue(mean > 0.08 && mean < 0.2, set.name() + ": mean pixel " + mean + ", MNIST's is about 0.13");
        }
    }

    @Test
    void theFirstTrainingImageIsADigitNotABlank() {
        Tensor first = mnist.train().image(0);
        int lit = 0;
        for (float v : first.data()) {
            lit += v > 0.5f ? 1 : 0;
        }
        assertTrue(lit > 40 && lit < 400, lit + " bright pixels");
    }

    @Test
    void loadsWellUnderASecond() {
        // Generous for a shared 2-core machine; it takes about a tenth of this when idle.
        assertTrue(loadMillis < 2000, "loading the MNIST subset took " + loadMillis + " ms");
    }

    @Test
    void missingFilesAreNamedWithWhereTheyWereExpected(@TempDir Path emptyAssets) {
        DataFileException e = assertThrows(DataFileException.class, () -> BundledData.mnist(emptyAssets));

        Path expected = emptyAssets.resolve("mnist").resolve("train-images-idx3-ubyte.gz");
        assertEquals(expected, e.file());
        assertTrue(e.getMessage().startsWith("train-images-idx3-ubyte.gz: the bundled MNIST subset is missing: expected it at "
                + expected.toAbsolutePath()), e.getMessage());
    }

    private static void assertRoughlyEven(int[] counts, int total) {
        assertEquals(10, counts.length);
        for (int digit = 0; digit < 10; digit++) {
            double share = counts[digit] / (double) total;
            assertTrue(share > 0.07 && share < 0.13, "digit " + digit + " has " + counts[digit] + " of " + total);
        }
    }
}
