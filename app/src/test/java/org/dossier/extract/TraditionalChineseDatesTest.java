package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.DateOrder;
import org.dossier.model.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates as Taiwan, Hong Kong and Macau write them: the ROC calendar, full-width digits, Traditional forms. */
class TraditionalChineseDatesTest {
    /** A Friday. */
    private static final LocalDate ANCHOR = LocalDate.of(2023, 12, 15);
    private final DateExtractor dates = new DateExtractor(DateOrder.DMY);

    private List<String> all(String text, LocalDate anchor) {
        return dates.extract(text, anchor).stream().map(m -> {
            assertEquals(text.substring(m.start(), m.end()), m.text(), "span and text agree");
            return m.text() + " = " + m.date().value() + " " + m.date().precision();
        }).toList();
    }

    private String only(String text, LocalDate anchor) {
        List<Mention> found = dates.extract(text, anchor);
        assertEquals(1, found.size(), () -> text + " gave " + found);
        return found.get(0).date().value() + " " + found.get(0).date().precision();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "臺北地檢署於民國112年3月1日起訴。 | 2023-03-01 DAY",
        "中華民國一一二年三月一日 | 2023-03-01 DAY",
        "自中華民國一百一十二年八月一日起生效 | 2023-08-01 DAY",
        "自民國一百零九年十一月二十七日起至清償日止 | 2020-11-27 DAY",
        "本院於民國106 年11月29日言詞辯論終結 | 2017-11-29 DAY",
        "中 華 民 國 114 年 2 月 11 日 | 2025-02-11 DAY",
        "公司成立於民國一〇八年七月 | 2019-07 MONTH",
        "被告於民國103年間多次前往澳門 | 2014 YEAR",
        "民國元年 | 1912 YEAR",
        "該案於112年3月1日移送 | 2023-03-01 DAY",
        "一一二年三月一日 | 2023-03-01 DAY",
        "一百一十二年八月 | 2023-08 MONTH",
        "111年8月即公告 | 2022-08 MONTH",
        "112年6月底前須補繳 | 2023-06 MONTH",
        "112年底前完成 | 2023 YEAR",
        "衛福部前於本(109)年9月4日送請審查 | 2020-09-04 DAY",
        "去(111)年共查獲87件 | 2022 YEAR",
        "國稅局於112/09/04發出通知 | 2023-09-04 DAY",
        "公告日期115.01.30 | 2026-01-30 DAY",
    })
    void rocYearsWhereTheyAreSure(String text, String expected) {
        assertEquals(expected, only(text, ANCHOR));
    }

    @Test
    void aYearNumberAloneIsReadInTheRocCalendarOnlyInATextThatUsesIt() {
        assertEquals(List.of(), all("完成112年溫室氣體排放量盤查", ANCHOR), "nothing in the text says ROC");
        assertEquals(List.of("111年8月 = 2022-08 MONTH", "112年 = 2023 YEAR"), all("111年8月即公告，應完成112年盤查。", ANCHOR));
        assertEquals(List.of(), all("98年3月1日", ANCHOR), "1998 in a chat, 2009 in Taiwan: not sure");
        assertEquals(List.of(), all("這家公司已有一百年，一百年來", ANCHOR));
        assertEquals(List.of("民國98年3月 = 2009-03 MONTH", "99年6月30日 = 2010-06-30 DAY"),
                all("被告自民國98年3月起任職，99年6月30日離職。", ANCHOR));
    }

    @Test
    void durationsAndCaseNumbersInAnRocDatedTextAreNoDates() {
        assertEquals(List.of("民國112年5月2日 = 2023-05-02 DAY"), all("法院在民國112年5月2日判決，被告處有期徒刑12年6月。", ANCHOR));
        assertEquals(List.of("民國112年5月2日 = 2023-05-02 DAY"), all("民國112年5月2日，這家老字號已有100年歷史。", ANCHOR));
        assertEquals(List.of("民國112年5月2日 = 2023-05-02 DAY"), all("民國112年5月2日判決，應執行之刑期合計為12年6月。", ANCHOR),
                "a two-digit ROC year is 40 or more");
        assertEquals(List.of("民國106年11月29日 = 2017-11-29 DAY"), all("106年度訴字第2789號，民國106年11月29日終結", ANCHOR));
        assertEquals(List.of(), all("版本120.3.5已發布", ANCHOR), "a version number");
    }

    @Test
    void fullWidthDigitsAreDigits() {
        assertEquals(List.of("２０２３年３月１日 = 2023-03-01 DAY"), all("董事會於２０２３年３月１日通過", ANCHOR));
        assertEquals(List.of("民國１１２年 = 2023 YEAR"), all("民國１１２年", ANCHOR));
        assertEquals(List.of("３天前 = 2023-12-12 DAY"), all("３天前", ANCHOR));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "上週五的會議紀錄 | 2023-12-08 DAY",
        "下週一早上十點見 | 2023-12-18 DAY",
        "下週一起實施 | 2023-12-18 DAY",
        "上星期二他們來過 | 2023-12-05 DAY",
        "下禮拜三開庭 | 2023-12-20 DAY",
        "這個禮拜天再說 | 2023-12-17 DAY",
        "我週一交給律師了 | 2023-12-11 DAY",
        "後天再談 | 2023-12-17 DAY",
        "大後天出發 | 2023-12-18 DAY",
        "聽日交錢 | 2023-12-16 DAY",
        "琴日講好咗 | 2023-12-14 DAY",
        "兩週前搜索了辦公室 | 2023-12-01 DAY",
        "兩個星期後開庭 | 2023-12-29 DAY",
        "三個月前停止贖回 | 2023-09 MONTH",
        "六個月後申請上市 | 2024-06 MONTH",
        "上個月借了錢 | 2023-11 MONTH",
        "這個月結清 | 2023-12 MONTH",
        "下個月底付清 | 2024-01 MONTH",
        "上月27日交給他 | 2023-11-27 DAY",
        "去年9月14日修正發布 | 2022-09-14 DAY",
        "今年7月來電 | 2023-07 MONTH",
        "本年3月修正 | 2023-03 MONTH",
        "去年底現金僅剩 | 2022 YEAR",
        "明年初動工 | 2024 YEAR",
        "今年年底前完成 | 2023 YEAR",
        "在年底前提交報告 | 2023 YEAR",
        "款項月底前匯出 | 2023-12 MONTH",
        "聲明於3月1號發布 | 2023-03-01 DAY",
        "今（15）日，金管會開罰 | 2023-12-15 DAY",
        "該公司昨(14)日發布重大訊息 | 2023-12-14 DAY",
        "前日（13日）拘捕一名男子 | 2023-12-13 DAY",
        "今日(11日)表示 | 2023-12-11 DAY",
    })
    void traditionalFormsOfRelativeDates(String text, String expected) {
        assertEquals(expected, only(text, ANCHOR));
    }

    @Test
    void aWeekAloneIsDatedByTheMonthOrYearThatHoldsAllOfIt() {
        assertEquals("2023-12 MONTH", only("這件事本週一定要處理完", LocalDate.of(2023, 12, 13)), "本週一定: definitely this week");
        assertEquals("2023-12 MONTH", only("上週", LocalDate.of(2024, 1, 3)));
        assertEquals("2024-01 MONTH", only("下周", LocalDate.of(2023, 12, 28)));
        assertEquals("2023 YEAR", only("本週", LocalDate.of(2023, 11, 29)), "27 November to 3 December");
        assertEquals("2023-12 MONTH", only("上週末去了澳門", LocalDate.of(2023, 12, 4)), "2 and 3 December");
        assertEquals("2023 YEAR", only("上週末去了澳門", LocalDate.of(2023, 10, 6)), "30 September and 1 October");
        assertEquals(List.of(), all("本週", LocalDate.of(2025, 12, 30)), "29 December to 4 January: no month, no year");
        assertEquals(List.of(), all("上周期的數據、本週刊的報導", ANCHOR));
    }

    @Test
    void recurringDaysAreNoDates() {
        assertEquals(List.of(), all("每年年底都要盤點庫存，每個月底結算一次。", ANCHOR));
        assertEquals(List.of(), all("事業應於每年4月30日前完成", ANCHOR));
        assertEquals(List.of(), all("本年度預算", ANCHOR), "a fiscal year, as 2023年度 is none");
        assertEquals(List.of("4月30日 = 2023-04-30 DAY"), all("應於4月30日前完成", ANCHOR), "before 30 April, not 30 days ago");
    }
}
