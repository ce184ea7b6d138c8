package org.dossier.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SlidingMaximumTest {

    @Test
    void theSlidingMaximumIsTheWindowsMaximumAtEveryPositionIncludingBothEnds() {
        Random random = new Random(3);
        for (int length = 1; length <= 60; length++) {
            for (int radius = 0; radius <= 9; radius++) {
                int[] line = random.ints(length, 0, 256).toArray();
                int[] expected = new int[length];
                for (int i = 0; i < length; i++) {
                    for (int j = Math.max(0, i - radius); j <= Math.min(length - 1, i + radius); j++) {
                        expected[i] = Math.max(expected[i], line[j]);
                    }
                }
                int[] result = new int[length];
                SlidingMaximum.slide(line, result, radius);
                assertArrayEquals(expected, result, "length " + length + ", radius " + radius);
            }
        }
    }
}
