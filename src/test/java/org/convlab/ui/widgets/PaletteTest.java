package org.convlab.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

class PaletteTest {
    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue());
    }

    @Test
    void divergingGivesNegativeZeroAndPositiveDistinctColours() {
        Color neg = Palette.DIVERGING.color(-1);
        Color zero = Palette.DIVERGING.color(0);
        Color pos = Palette.DIVERGING.color(1);
        assertTrue(distance(neg, zero) > 0.8, "negative vs zero " + neg + " " + zero);
        assertTrue(distance(pos, zero) > 0.8, "positive vs zero " + pos + " " + zero);
        assertTrue(distance(neg, pos) > 0.8, "negative vs positive " + neg + " " + pos);
        assertTrue(neg.getBlue() > neg.getRed(), "negative is blue: " + neg);
        assertTrue(pos.getRed() > pos.getBlue(), "positive is orange: " + pos);
        assertTrue(Palette.luminance(zero) > 0.9, "zero is near white: " + zero);
    }

    @Test
    void divergingIsSymmetricInLightnessAroundZero() {
        for (double t = 0.1; t <= 1.0001; t += 0.1) {
            double below = Palette.luminance(Palette.DIVERGING.color(-t));
            double above = Palette.luminance(Palette.DIVERGING.color(t));
            assertEquals(below, above, 0.1, "lightness at ±" + t);
            assertNotEquals(Palette.DIVERGING.color(-t), Palette.DIVERGING.color(t));
        }
        // the further from zero, the darker, on both arms
        assertTrue(Palette.luminance(Palette.DIVERGING.color(-1)) < Palette.luminance(Palette.DIVERGING.color(-0.5)));
        assertTrue(Palette.luminance(Palette.DIVERGING.color(1)) < Palette.luminance(Palette.DIVERGING.color(0.5)));
    }

    @Test
    void sequentialAndGrayGetLighterAsValuesGrow() {
        for (Palette p : new Palette[] {Palette.SEQUENTIAL, Palette.GRAY}) {
            double last = -1;
            for (double t = 0; t <= 1.0001; t += 0.1) {
                double l = Palette.luminance(p.color(t));
                assertTrue(l > last, p + " at " + t);
                last = l;
            }
        }
    }

    @Test
    void valuesOutsideTheRangeAreClampedAndNanIsNeutral() {
        assertEquals(Palette.DIVERGING.color(1), Palette.DIVERGING.color(7));
        assertEquals(Palette.DIVERGING.color(-1), Palette.DIVERGING.color(-7));
        assertEquals(Palette.DIVERGING.color(0), Palette.DIVERGING.color(Double.NaN));
    }

    @Test
    void pixelTableMatchesTheColours() {
        for (double t = -1; t <= 1; t += 0.25) {
            Color c = Palette.DIVERGING.color(t);
            int argb = Palette.DIVERGING.argb(t);
            assertEquals(Math.round(c.getRed() * 255), argb >> 16 & 0xff, 2);
            assertEquals(Math.round(c.getBlue() * 255), argb & 0xff, 2);
            assertEquals(0xff, argb >>> 24);
        }
    }

    @Test
    void scalesAreChosenByTheSignOfTheData() {
        ColorScale signed = ColorScale.forValues(new float[] {-2, 0.5f, 1}, Palette.SEQUENTIAL);
        assertEquals(Palette.DIVERGING, signed.palette());
        assertEquals(-2, signed.min());
        assertEquals(2, signed.max(), "symmetric around zero");
        assertEquals(signed.color(0), Palette.DIVERGING.color(0), "zero is the neutral colour");
        ColorScale intensities = ColorScale.forValues(new float[] {0, 0.5f, 1}, Palette.GRAY);
        assertEquals(Palette.GRAY, intensities.palette());
        assertEquals(Color.BLACK, intensities.color(0));
        assertEquals(Color.WHITE, intensities.color(1));
        ColorScale flat = ColorScale.forValues(new float[] {0, 0}, Palette.SEQUENTIAL);
        assertEquals(Palette.SEQUENTIAL.color(0), flat.color(0));
    }

    @Test
    void textIsDarkOnLightCellsAndLightOnDarkOnes() {
        assertEquals(Color.WHITE, Palette.textOn(Palette.DIVERGING.color(-1)));
        assertEquals(Color.WHITE, Palette.textOn(Color.BLACK));
        assertNotEquals(Color.WHITE, Palette.textOn(Palette.DIVERGING.color(0)));
    }
}
