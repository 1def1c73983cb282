package org.convlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.convlab.engine.Tensor;
import org.junit.jupiter.api.Test;

class SyntheticShapesTest {
    @Test
    void theSameSeedGivesTheSameData() {
        Dataset a = SyntheticShapes.generate(200, 7);
        Dataset b = SyntheticShapes.generate(200, 7);

        assertArrayEquals(a.images().data(), b.images().data());
        assertArrayEquals(a.labels(), b.labels());
    }

    @Test
    void differentSeedsGiveDifferentData() {
        Dataset a = SyntheticShapes.generate(200, 7);
        Dataset b = SyntheticShapes.generate(200, 8);

        assertFalse(java.util.Arrays.equals(a.images().data(), b.images().data()));
    }

    @Test
    void classesAreNamedBalancedAndPixelsStayInRange() {
        Dataset set = SyntheticShapes.generate(SyntheticShapes.Spec.of(102, 1).withImageSize(32, 40));

        assertEquals(List.of("Square", "Triangle", "Circle", "Diamond"), set.classNames());
        assertArrayEquals(new int[] {102, 1, 32, 40}, set.images().shape());
        assertArrayEquals(new int[] {26, 26, 25, 25}, set.classCounts());
        for (float v : set.images().data()) {
            assertTrue(v >= 0f && v <= 1f, "pixel " + v);
        }
    }

    @Test
    void eachKindCoversItsOwnShareOfTheBox() {
        int size = 20;
        double square = mass(ShapeRenderer.render(ShapeKind.SQUARE, 4, 4, size, 28, 28));
        double circle = mass(ShapeRenderer.render(ShapeKind.CIRCLE, 4, 4, size, 28, 28));
        double diamond = mass(ShapeRenderer.render(ShapeKind.DIAMOND, 4, 4, size, 28, 28));
        double triangle = mass(ShapeRenderer.render(ShapeKind.TRIANGLE, 4, 4, size, 28, 28));

        assertEquals(size * size, square, 1e-3);
        assertEquals(Math.PI / 4, circle / square, 0.02);
        assertEquals(0.5, diamond / square, 0.02);
        assertEquals(0.5, triangle / square, 0.02);
    }

    @Test
    void aTriangleIsHeavierAtTheBottomAndADiamondIsNot() {
        // Both cover half the box, so their vertical centres of mass tell them apart.
        double triangleRow = centreRow(ShapeRenderer.render(ShapeKind.TRIANGLE, 4, 4, 18, 28, 28));
        double diamondRow = centreRow(ShapeRenderer.render(ShapeKind.DIAMOND, 4, 4, 18, 28, 28));

        assertEquals(4 + 18 * 2.0 / 3, triangleRow, 0.2);
        assertEquals(4 + 18 / 2.0, diamondRow, 0.1);
    }

    @Test
    void shiftingAShapeOnePixelRightMovesEveryValueOneColumn() {
        for (ShapeKind kind : ShapeKind.values()) {
            Tensor here = ShapeRenderer.render(kind, 5, 6, 13, 28, 28);
            Tensor moved = ShapeRenderer.render(kind, 6, 6, 13, 28, 28);

            for (int row = 0; row < 28; row++) {
                assertEquals(0f, moved.get(0, 0, row, 0), kind + " row " + row);
                for (int col = 1; col < 28; col++) {
                    assertEquals(here.get(0, 0, row, col - 1), moved.get(0, 0, row, col), kind + " at " + row + "," + col);
                }
            }
            assertEquals(centreColumn(here) + 1, centreColumn(moved), 1e-9, kind.toString());
        }
    }

    @Test
    void shapesPartlyOutsideTheImageAreCutOff() {
        Tensor image = ShapeRenderer.render(ShapeKind.SQUARE, -5, 20, 10, 28, 28);

        assertEquals(5 * 8, mass(image), 1e-3);
    }

    private static double mass(Tensor image) {
        double sum = 0;
        for (float v : image.data()) {
            sum += v;
        }
        return sum;
    }

    /** Centre of mass, as pixel-centre coordinates: a pixel's row r counts as r + 0.5. */
    private static double centreRow(Tensor image) {
        double weighted = 0;
        for (int row = 0; row < image.dim(2); row++) {
            for (int col = 0; col < image.dim(3); col++) {
                weighted += (row + 0.5) * image.get(0, 0, row, col);
            }
        }
        return weighted / mass(image);
    }

    private static double centreColumn(Tensor image) {
        double weighted = 0;
        for (int row = 0; row < image.dim(2); row++) {
            for (int col = 0; col < image.dim(3); col++) {
                weighted += (col + 0.5) * image.get(0, 0, row, col);
            }
        }
        return weighted / mass(image);
    }
}
