package org.convlab.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NearMissTest {
    @Test
    void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertEquals(0, NearMiss.editDistance("stride", "stride", 2));
        assertEquals(1, NearMiss.editDistance("strides", "stride", 2));   // one insertion
        assertEquals(1, NearMiss.editDistance("strde", "stride", 2));     // one deletion
        assertEquals(1, NearMiss.editDistance("strida", "stride", 2));    // one substitution
        assertEquals(2, NearMiss.editDistance("srtide", "stride", 2));    // a swap is two edits
        assertEquals(3, NearMiss.editDistance("kitten", "sitting", 3));
        assertEquals(5, NearMiss.editDistance("", "abcde", 5));
    }

    @Test
    void lengthsFurtherApartThanTheLimitAreNotCompared() {
        assertEquals(Integer.MAX_VALUE, NearMiss.editDistance("a", "abcd", 2));
        assertEquals(Integer.MAX_VALUE, NearMiss.editDistance("x".repeat(100_000), "stride", 2));
    }

    @Test
    void closestIgnoresCaseAndPrefersTheNearestThenTheFirstAlphabetically() {
        assertEquals(Optional.of("stride"), NearMiss.closest("Strides", Set.of("stride", "padding"), 2));
        assertEquals(Optional.of("pad"), NearMiss.closest("pan", List.of("pat", "pad"), 2));
        assertEquals(Optional.of("dilation"), NearMiss.closest("dilatoin", List.of("dilation", "dilations"), 2));
        assertEquals(Optional.empty(), NearMiss.closest("kernel", Set.of("stride", "padding"), 2));
        assertEquals(Optional.empty(), NearMiss.closest("strid", Set.of("stride"), 0));
    }
}
