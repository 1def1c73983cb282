package org.convlab.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How numbers are written in cells and equations, and read back from what a person types. */
class NumberTextTest {
    @Test
    void cellsShowAtMostTwoDecimalsWithATrueMinus() {
        assertEquals("0.11", NumberFormats.cell(1 / 9f));
        assertEquals("\u22121", NumberFormats.cell(-1));
        assertEquals("0", NumberFormats.cell(-0.0001));
        assertEquals("12.5", NumberFormats.cell(12.5));
        assertEquals("0.0625", NumberFormats.exact(0.0625));
        assertEquals("(\u22122)", NumberFormats.factor(-2));
        assertEquals("3", NumberFormats.factor(3));
    }

    @Test
    void typedNumbersAreRead() {
        assertEquals(1.5f, NumberInput.parse(" 1.5 ").value());
        assertEquals(-2f, NumberInput.parse("-2").value());
        assertEquals(-0.25f, NumberInput.parse("\u22120.25").value());
        assertEquals(0.5f, NumberInput.parse(".5").value());
        assertEquals(1e-3f, NumberInput.parse("1e-3").value());
        assertEquals(1 / 9f, NumberInput.parse("1/9").value());
        assertEquals(0.5f, NumberInput.parse("0,5").value());
    }

    @Test
    void anythingElseIsRefusedWithAReason() {
        for (String bad : new String[] {"", "abc", "1..2", "NaN", "Infinity", "0x10", "1/0", "1e60", "--1"}) {
            NumberInput.Result r = NumberInput.parse(bad);
            assertFalse(r.ok(), bad);
            assertTrue(r.error().length() > 5, bad + ": " + r.error());
        }
        assertTrue(NumberInput.parse("abc").error().contains("not a number"));
        assertTrue(NumberInput.parse("1/0").error().contains("divides by zero"));
    }
}
