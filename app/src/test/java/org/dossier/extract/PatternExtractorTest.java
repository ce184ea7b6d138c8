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
    })
    void findsEachShapeWithItsKey(String text, String expected) {
        assertEquals(expected, found(text));
    }

    @Test
    void leavesNumbersThatAreNotPhonesOrMoneyAlone() {
        assertEquals(List.of(), patterns.extract("Jobs 412–419 stopped; 1,187 million tokens; org id org-7Hc2Qm; 2023-11-30."));
        assertEquals(List.of(), patterns.extract("Order 20231215123456789 shipped."));
    }
}
