package org.dossier.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Phone numbers as people write them in signatures and as chat names, in one form to compare. */
class PhoneNumbersTest {
    @Test
    void aNumberWrittenWithoutItsCountryCodeIsReadAsTheCasesCountrys() {
        assertEquals("CN", PhoneNumbers.region(ZoneId.of("Asia/Shanghai")));
        assertEquals("TW", PhoneNumbers.region(ZoneId.of("Asia/Taipei")));
        assertEquals("ZZ", PhoneNumbers.region(ZoneOffset.UTC), "a case in UTC has no country");
        assertEquals(List.of("+8613800138000"), numbers("手机：138-0013-8000", "CN"));
        assertEquals(List.of(), numbers("手机：138-0013-8000", "ZZ"), "without a country, only numbers with their code are read");
        assertEquals(List.of("+8613800138000"), numbers("Mobile +86 138 0013 8000", "ZZ"));
    }

    @Test
    void fingerprintsDatesAndAmountsAreNotNumbers() {
        assertEquals(List.of(), numbers("GPG FPR: 3733 612D 2D05 5458 8A8A  1600 3441 EA19 D33C 3490", "GB"));
        assertEquals(List.of(), numbers("Sent on 2023-12-15 at 14:02, invoice 2023/000123", "US"));
        assertEquals(List.of(), numbers("the round raised $12,500,000", "US"));
    }

    @Test
    void aChatNameThatIsANumberIsOneAndANameWithDigitsIsNot() {
        assertEquals(Optional.of("+447977267231"), PhoneNumbers.whole("+44 7977 267231", "ZZ"));
        assertEquals(Optional.of("+447977267231"), PhoneNumbers.whole("07977 267231", "GB"));
        assertEquals(Optional.empty(), PhoneNumbers.whole("Agent 0079772672", "GB"));
        assertEquals("+44 7977 267231", PhoneNumbers.readable("+447977267231"));
    }

    private static List<String> numbers(String text, String region) {
        return PhoneNumbers.in(text, region).stream().map(PhoneNumbers.Found::number).toList();
    }
}
