package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.DateOrder;
import org.dossier.model.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateExtractorTest {
    /** A Friday. */
    private static final LocalDate ANCHOR = LocalDate.of(2023, 12, 15);
    private final DateExtractor dates = new DateExtractor(DateOrder.DMY);

    /** "text → value precision" for the only date found in the text. */
    private String only(String text, LocalDate anchor) {
        List<Mention> found = dates.extract(text, anchor);
        assertEquals(1, found.size(), () -> text + " gave " + found);
        Mention mention = found.get(0);
        assertEquals(text.substring(mention.start(), mention.end()), mention.text(), "span and text agree");
        return mention.date().value() + " " + mention.date().precision();
    }

    @Test
    void spansStayTrueWhenLowerCaseWouldLengthenTheText() {
        String text = "İSTANBUL İÇİN: Dec 15, 2023";
        Mention date = dates.extract(text, ANCHOR).get(0);
        assertEquals("Dec 15, 2023", date.text());
        assertEquals(text.indexOf("Dec"), date.start());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The account was suspended on December 15, 2023, a spokesperson said. | 2023-12-15 DAY",
        "Suspended 15 Dec 2023. | 2023-12-15 DAY",
        "Effective Dec. 1, 2023 the key stopped working. | 2023-12-01 DAY",
        "Logs from 2023-11-30 show the spike. | 2023-11-30 DAY",
        "The project started in March 2012. | 2012-03 MONTH",
        "Usage tripled in 2023. | 2023 YEAR",
        "2023年12月15日，海辰动力发表声明。 | 2023-12-15 DAY",
        "项目于2012年3月启动。 | 2012-03 MONTH",
        "二〇二三年十二月十五日 | 2023-12-15 DAY",
        "声明于12月15号发布。 | 2023-12-15 DAY",
        "十二月八日开会。 | 2023-12-08 DAY",
        "The memo of 7th of July, 2023 | 2023-07-07 DAY",
        "SUSPENDED ON 15 DECEMBER 2023 | 2023-12-15 DAY",
        "İSTANBUL İÇİN: Dec 15, 2023 (letters whose lower case is longer come before the date) | 2023-12-15 DAY",
    })
    void absoluteDates(String text, String expected) {
        assertEquals(expected, only(text, ANCHOR));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The key stopped working yesterday. | 2023-12-14 DAY",
        "Legal will answer tomorrow. | 2023-12-16 DAY",
        "We stopped three days ago. | 2023-12-12 DAY",
        "Two weeks ago Northgate asked. | 2023-12-01 DAY",
        "Usage peaked last year. | 2022 YEAR",
        "Lumina wrote on Friday. | 2023-12-15 DAY",
        "Lumina wrote last Friday. | 2023-12-08 DAY",
        "Let's talk next Monday. | 2023-12-18 DAY",
        "账号昨天被封了。 | 2023-12-14 DAY",
        "明天答复。 | 2023-12-16 DAY",
        "昨日已停止调用。 | 2023-12-14 DAY",
        "三天前停止了。 | 2023-12-12 DAY",
        "两周前北门云问过。 | 2023-12-01 DAY",
        "去年用量很高。 | 2022 YEAR",
        "上周二开会。 | 2023-12-05 DAY",
        "周一再说。 | 2023-12-11 DAY",
        "下个月恢复。 | 2024-01 MONTH",
        "The invoice is due in 10 days from now. | 2023-12-25 DAY",
    })
    void relativeDatesResolveAgainstTheAnchor(String text, String expected) {
        assertEquals(expected, only(text, ANCHOR));
        assertTrue(dates.extract(text, ANCHOR).get(0).date().relative());
    }

    @Test
    void relativeDatesNeedAnAnchor() {
        assertEquals(List.of(), dates.extract("It stopped yesterday, 三天前.", null));
        assertEquals("2023-12-15 DAY", only("On December 15, 2023.", null), "absolute dates do not");
    }

    @Test
    void weeksStartOnMondayForChineseWeekdays() {
        LocalDate sunday = LocalDate.of(2023, 12, 17);
        LocalDate monday = LocalDate.of(2023, 12, 18);
        assertEquals("2023-12-05 DAY", only("上周二", sunday), "Sunday still belongs to the week of the 11th");
        assertEquals("2023-12-12 DAY", only("上周二", monday), "a new week began on Monday");
        assertEquals("2023-12-17 DAY", only("这周日", sunday));
        assertEquals("2023-12-25 DAY", only("下周一", monday));
    }

    @Test
    void daysRollOverMonthsAndYears() {
        assertEquals("2022-12-31 DAY", only("yesterday", LocalDate.of(2023, 1, 1)));
        assertEquals("2024-01-01 DAY", only("明天", LocalDate.of(2023, 12, 31)));
        assertEquals("2023-11-28 DAY", only("三天前", LocalDate.of(2023, 12, 1)));
        assertEquals("2022-12 MONTH", only("上个月", LocalDate.of(2023, 1, 20)));
        assertEquals("2023-12-26 DAY", only("last Tuesday", LocalDate.of(2024, 1, 1)));
    }

    @Test
    void leapDaysAreRespected() {
        assertEquals("2024-02-29 DAY", only("tomorrow", LocalDate.of(2024, 2, 28)));
        assertEquals("2024-02-29 DAY", only("昨天", LocalDate.of(2024, 3, 1)));
        assertEquals("2024-02-29 DAY", only("four weeks ago", LocalDate.of(2024, 3, 28)));
        assertEquals("2023 YEAR", only("一年前", LocalDate.of(2024, 2, 29)), "a year back is as precise as a year");
        assertEquals("2024-02-29 DAY", only("2024年2月29日", ANCHOR));
        assertEquals(List.of(), dates.extract("2023年2月29日", ANCHOR), "no such day");
        assertEquals(List.of(), dates.extract("February 30, 2024", ANCHOR));
    }

    @Test
    void numericDatesFollowTheCaseOrderAndSayWhenAmbiguous() {
        Mention ambiguous = dates.extract("Invoice dated 03/04/2023.", ANCHOR).get(0);
        assertEquals("2023-04-03", ambiguous.date().value());
        assertTrue(ambiguous.date().ambiguous());
        Mention monthFirst = new DateExtractor(DateOrder.MDY).extract("Invoice dated 03/04/2023.", ANCHOR).get(0);
        assertEquals("2023-03-04", monthFirst.date().value());
        Mention settled = new DateExtractor(DateOrder.MDY).extract("Invoice dated 15/04/2023.", ANCHOR).get(0);
        assertEquals("2023-04-15", settled.date().value(), "15 cannot be a month, whatever the order");
        assertFalse(settled.date().ambiguous());
    }

    @Test
    void theLongestReadingWinsAndNumbersThatAreNotDatesAreLeftAlone() {
        assertEquals("2023-12-15 DAY", only("December 15, 2023", ANCHOR));
        assertEquals(List.of(), dates.extract("It used 2023 tokens and cost $1,187.", ANCHOR));
        assertEquals(2, dates.extract("From March 2012 to 2023年12月15日.", ANCHOR).size());
    }
}
