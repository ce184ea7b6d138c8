package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dossier.model.Mention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PatternExtractorTest {
    private final PatternExtractor patterns = new PatternExtractor();

    private String found(String text) {
        List<Mention> mentions = patterns.extract(text);
        assertEquals(1, mentions.size(), () -> text + " gave " + mentions);
        Mention mention = mentions.get(0);
        assertEquals(text.substring(mention.start(), mention.end()), mention.text());
        return mention.type() + " " + mention.text() + " = " + mention.normalized();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Write to Press@Halcyon-Dynamics.example today. | EMAIL Press@Halcyon-Dynamics.example = press@halcyon-dynamics.example",
        "邮件发到zhao.min@halcyon-dynamics.example。 | EMAIL zhao.min@halcyon-dynamics.example = zhao.min@halcyon-dynamics.example",
        "See https://halcyon-dynamics.example/news/2023-12-15. | URL https://halcyon-dynamics.example/news/2023-12-15 = https://halcyon-dynamics.example/news/2023-12-15",
        "详见www.lumina-ai.example/terms，第2.3条。 | URL www.lumina-ai.example/terms = http://www.lumina-ai.example/terms",
        "Call Marcus on +1 202 555 0147 tonight. | PHONE +1 202 555 0147 = +12025550147",
        "Call Marcus on +1 (202) 555-0147 tonight. | PHONE +1 (202) 555-0147 = +12025550147",
        "陈立的手机：13812345678 | PHONE 13812345678 = +8613812345678",
        "打138-1234-5678找我 | PHONE 138-1234-5678 = +8613812345678",
        "Office: +86 10 6555 1234. | PHONE +86 10 6555 1234 = +861065551234",
        "The contract was worth $1.2 million in total. | MONEY $1.2 million = 1200000 USD",
        "A fine of €250,000 was possible. | MONEY €250,000 = 250000 EUR",
        "Billed ¥3,000,000 through Northgate. | MONEY ¥3,000,000 = 3000000 CNY",
        "项目预算300万元。 | MONEY 300万元 = 3000000 CNY",
        "融资1.5亿美元 | MONEY 1.5亿美元 = 150000000 USD",
        "about 36,141 dollars a month | MONEY 36,141 dollars = 36141 USD",
        "It cost USD 35,619.00 in October. | MONEY USD 35,619.00 = 35619 USD",
        "İSTANBUL paid Us$2M | MONEY Us$2M = 2000000 USD",
        "增資新台幣3,500萬元。 | MONEY 新台幣3,500萬元 = 35000000 TWD",
        "賠償新臺幣三千五百萬元 | MONEY 新臺幣三千五百萬元 = 35000000 TWD",
        "被告應給付原告新臺幣捌萬零壹佰陸拾貳元 | MONEY 新臺幣捌萬零壹佰陸拾貳元 = 80162 TWD",
        "月薪新臺幣4萬5千元 | MONEY 新臺幣4萬5千元 = 45000 TWD",
        "總經費達新臺幣1兆2500億元 | MONEY 新臺幣1兆2500億元 = 1250000000000 TWD",
        "借了2億台幣 | MONEY 2億台幣 = 200000000 TWD",
        "報價NT$850,000 | MONEY NT$850,000 = 850000 TWD",
        "對方開價ＮＴ＄５０萬。 | MONEY ＮＴ＄５０萬 = 500000 TWD",
        "涉案金額高達港幣12億元 | MONEY 港幣12億元 = 1200000000 HKD",
        "交易價值5,000萬港元 | MONEY 5,000萬港元 = 50000000 HKD",
        "負債港幣十五億元 | MONEY 港幣十五億元 = 1500000000 HKD",
        "佣金是HK$200萬 | MONEY HK$200萬 = 2000000 HKD",
        "清洗黑錢6,000多萬港元 | MONEY 6,000多萬港元 = 60000000 HKD",
        "剩下的五萬蚊給你 | MONEY 五萬蚊 = 50000 HKD",
        "收入約為3.5億澳門元 | MONEY 3.5億澳門元 = 350000000 MOP",
        "騙取澳門幣120萬元 | MONEY 澳門幣120萬元 = 1200000 MOP",
        "支付22萬澳門圓贖金 | MONEY 22萬澳門圓 = 220000 MOP",
        "損失約50 萬澳門元 | MONEY 50 萬澳門元 = 500000 MOP",
        "報價是MOP 120,000，含稅 | MONEY MOP 120,000 = 120000 MOP",
        "帳是MOP$300萬 | MONEY MOP$300萬 = 3000000 MOP",
        "以人民幣8,000萬元收購 | MONEY 人民幣8,000萬元 = 80000000 CNY",
        "融资3亿元人民币 | MONEY 3亿元人民币 = 300000000 CNY",
        "日薪1,000圓人民幣之工作 | MONEY 1,000圓人民幣 = 1000 CNY",
        "款項為2,000萬美金 | MONEY 2,000萬美金 = 20000000 USD",
        "理財30,000澳洲元 | MONEY 30,000澳洲元 = 30000 AUD",
    })
    void findsEachShapeWithItsKey(String text, String expected) {
        assertEquals(expected, found(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "以港幣1,000萬元購入，其後以1,500萬元轉售。 | 10000000 HKD, 15000000 HKD",
        "以1,500萬元轉售，購入時為港幣1,000萬元。 | 15000000 HKD, 10000000 HKD",
        "國稅局於112/09/04發出通知，金額456萬元。 | 4560000 TWD",
        "共計819億餘元 | 81900000000 CNY",
        "原價3億美元，另有500萬元 | 300000000 USD, 5000000 CNY",
    })
    void aBareYuanIsTheCurrencyTheTextNamesOrTheCalendarSuggests(String text, String keys) {
        assertEquals(keys, String.join(", ", patterns.extract(text).stream().map(Mention::normalized).toList()));
    }

    @Test
    void leavesYuanThatIsNoMoneyAlone() {
        assertEquals(List.of(), patterns.extract("2024年元旦，兩岸一元化的討論"));
        assertEquals(List.of(), patterns.extract("損失两三万元"), "two or three: no one amount");
    }

    @Test
    void leavesNumbersThatAreNotPhonesOrMoneyAlone() {
        assertEquals(List.of(), patterns.extract("Jobs 412–419 stopped; 1,187 million tokens; org id org-7Hc2Qm; 2023-11-30."));
        assertEquals(List.of(), patterns.extract("Order 20231215123456789 shipped."));
    }
}
