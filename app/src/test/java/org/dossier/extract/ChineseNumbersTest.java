package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumbersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"十二, 12", "二十三, 23", "兩, 2", "二〇二三, 2023", "一一二, 112", "一〇八, 108", "一百一十二, 112", "一百零九, 109", "112, 112"})
    void smallNumbersAndYears(String text, int expected) {
        assertEquals(expected, ChineseNumbers.parse(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "3,500萬 | 35000000",
        "三千五百萬 | 35000000",
        "1億2,000萬 | 120000000",
        "1兆2500億 | 1250000000000",
        "一萬億 | 1000000000000",
        "4萬5千 | 45000",
        "十五億 | 1500000000",
        "一百零五 | 105",
        "3.5億 | 350000000",
        "捌萬零壹佰陸拾貳 | 80162",
        "壹拾萬 | 100000",
        "6,000多萬 | 60000000",
        "50 萬 | 500000",
    })
    void amounts(String text, String expected) {
        assertEquals(new BigDecimal(expected), ChineseNumbers.amount(text).stripTrailingZeros().setScale(0));
    }

    @Test
    void twoNumbersInARowAreNoAmount() {
        assertNull(ChineseNumbers.amount("两三万"), "two or three ten-thousands");
        assertNull(ChineseNumbers.amount("3五"));
    }
}
