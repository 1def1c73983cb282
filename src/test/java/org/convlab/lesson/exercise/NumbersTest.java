package org.convlab.lesson.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void readsWhatStudentsType() {
        assertEquals(7.0, Numbers.parse(" 7 "));
        assertEquals(-0.5, Numbers.parse("−0.5"));
        assertEquals(0.5, Numbers.parse("0,5"));
        assertEquals(1 / 3.0, Numbers.parse("1/3"));
        assertEquals(-4 / 9.0, Numbers.parse("-4/9"));
        assertEquals(1500.0, Numbers.parse("1.5e3"));
    }

    @Test
    void refusesWhatIsNotANumber() {
        assertNull(Numbers.parse(""));
        assertNull(Numbers.parse("NaN"));
        assertNull(Numbers.parse("Infinity"));
        assertNull(Numbers.parse("seven"));
        assertNull(Numbers.parse("1/0"));
        assertNull(Numbers.parse("1,000.5"));
        assertNull(Numbers.parse(null));
    }

    @Test
    void writesNumbersPlainly() {
        assertEquals("7", Numbers.format(7.0));
        assertEquals("-0.5", Numbers.format(-0.5));
        assertEquals("0.4444", Numbers.format(4 / 9.0));
        assertEquals("120000", Numbers.format(120000));
        assertEquals("0", Numbers.format(-0.00001));
    }
}
