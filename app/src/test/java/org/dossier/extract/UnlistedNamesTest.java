package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.dossier.model.DateOrder;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names no list holds, found by the structure of names and what is said around them, without the
 * gazetteer and without the case's knowledge. The sentences are written for these tests, with
 * invented companies and people, and are in no evaluation set.
 */
class UnlistedNamesTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);
    private final ExtractionService rulesAlone = new ExtractionService(DateOrder.DMY).withoutGazetteer();

    private String names(String text) {
        return FoundNames.of(rulesAlone, text, DAY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // legal forms and trades end a company's name
        "The invoice came from Morrowgate Salvage GmbH last week. | ORG Morrowgate Salvage GmbH",
        "Its parent is Tessaly Freight B.V., a Dutch firm. | ORG Tessaly Freight B.V.",
        "Kestrelbury Mining owns the lease. | ORG Kestrelbury Mining",
        "The auditors sued Vennick Orr Logistics. | ORG Vennick Orr Logistics",
        // a sentence's last dot is not the company's
        "The lease passed to Harrowgate Pumps Ltd. | ORG Harrowgate Pumps Ltd",
        // 'X of Y': a body's name, a role before it, a place after a company
        "A letter from the Westmarch Ministry of Water and Sanitation arrived. | ORG Westmarch Ministry of Water and Sanitation",
        "She is CEO of Harrowfield Quarrying Ltd now. | ORG Harrowfield Quarrying Ltd",
        "The hull was insured by Penhallow Marine Insurance of Falmouth. | ORG Penhallow Marine Insurance; LOC Falmouth",
        // people by what is said around them, and by a title
        "The plan was dropped, according to Ysolde Farrancourt. | PER Ysolde Farrancourt",
        "Ms Vantongeren said the account was closed. | PER Vantongeren",
        "Regards, Quenby Marlowe-Ashe | PER Quenby Marlowe-Ashe",
        // places by the words before or after them
        "The depot is based in Kellingford and ships daily. | LOC Kellingford",
        "Trucks wait near Ostravel every night. | LOC Ostravel",
        "The mine lies in Mirrow province. | LOC Mirrow",
        // what is not a place
        "The memo was written in English in March. | ''",
    })
    void english(String text, String expected) {
        assertEquals(expected, names(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // an organisation's ending, its name taken leftward, not the preposition or verb before it
        "据雁栖资本前合伙人透露，交易已经取消。 | ORG 雁栖资本",
        "工商资料显示，杭州市禾湾纺织科技有限公司已经注销。 | ORG 杭州市禾湾纺织科技有限公司",
        // a company's department is not a ministry
        "报价单请发给禾湾物流采购部。 | ORG 禾湾物流",
        // a surname HanLP's dictionary knows beyond the list, and a given name it cut off
        "冼慕华和同事去年离职。 | PER 冼慕华",
        "上官雯表示，资金来路不明。 | PER 上官雯",
        "童雅萍于去年离职。 | PER 童雅萍",
        "司徒俊豪拒绝回应。 | PER 司徒俊豪",
        // a place after 在 that HanLP has no name for
        "他在鹿谷开了一家茶行。 | LOC 鹿谷",
        "在王磊看来，这笔钱来路不明。 | PER 王磊",
    })
    void chinese(String text, String expected) {
        assertEquals(expected, names(text));
    }

    @Test
    void aSignatureWithPipesNamesThePersonBeforeTheRole() {
        assertEquals("PER Quenby Marlowe-Ashe; ORG Marlowe Ashe LLP", names("Quenby Marlowe-Ashe | Partner | Marlowe Ashe LLP"));
    }

    @Test
    void traditionalChineseIsReadAsSimplifiedAndPointsAtTheOriginal() {
        String text = "據雁棲資本前合夥人透露，資金經基隆轉出。";
        assertEquals("ORG 雁棲資本; LOC 基隆", names(text));
        Mention company = rulesAlone.extract(text, DAY).stream().filter(m -> m.type() == MentionType.ORGANIZATION).findFirst().orElseThrow();
        assertEquals("雁栖资本", company.normalized(), "keyed in Simplified, so both scripts make one entity");
    }

    @Test
    void theGazetteerFindsTraditionalFormsOfItsSimplifiedNames() {
        ExtractionService withGazetteer = new ExtractionService(DateOrder.DMY);
        Mention company = withGazetteer.extract("字節跳動的發言人拒絕回應。", DAY).stream()
                .filter(m -> m.type() == MentionType.ORGANIZATION).findFirst().orElseThrow();
        assertEquals("字節跳動", company.text());
        Mention simplified = withGazetteer.extract("字节跳动的发言人拒绝回应。", DAY).stream()
                .filter(m -> m.type() == MentionType.ORGANIZATION).findFirst().orElseThrow();
        assertEquals(simplified.normalized(), company.normalized(), "one entity in both scripts");
    }

    @Test
    void aCompanyWithItsLegalFormTeachesItsShortName() {
        assertEquals("Brightwater", SureNames.withoutLegalForm("Brightwater Ltd"));
        assertEquals("Kraushaar Anlagenbau", SureNames.withoutLegalForm("Kraushaar Anlagenbau GmbH"));
        assertEquals("泓曜物流", SureNames.withoutLegalForm("深圳市泓曜物流有限公司"));
        assertEquals(null, SureNames.withoutLegalForm("Quillon Mining"), "a trade is no legal form");
        assertEquals(null, SureNames.withoutLegalForm("Abc Ltd"), "too short to look for everywhere");
    }
}
