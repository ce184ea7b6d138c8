package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.DateOrder;
import org.dossier.model.KnownEntity;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** People, organisations and places: each rule and correction, and how the case's own names take part. */
class NameExtractionTest {
    private static final LocalDate DAY = LocalDate.of(2023, 12, 15);
    private final ExtractionService noCaseKnowledge = new ExtractionService(DateOrder.DMY);

    private static String names(ExtractionService extraction, String text) {
        return FoundNames.of(extraction, text, DAY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // English: given names, pinyin names, titles, suffixes, context, gazetteer
        "Dana Whitfield, a spokesperson, declined. | PER Dana Whitfield",
        "The memo was written by Zhang Yiming in Beijing. | PER Zhang Yiming; LOC Beijing",
        "Dr. Osei will testify. | PER Osei",
        "The contract with Northgate Cloud Ltd. was signed. | ORG Northgate Cloud Ltd.",
        "The European Commission opened an inquiry. | ORG European Commission",
        "The Ministry of Commerce said it would respond. | ORG Ministry of Commerce",
        "Laura Benedetti of Stanford University reviewed it. | PER Laura Benedetti; ORG Stanford University",
        "a holding company in the Cayman Islands | LOC Cayman Islands",
        "said Okonkwo Ade in a statement | PER Okonkwo Ade",
        "Lumina AI's terms forbid it. | ORG Lumina AI",
        "ask Priya, she knows | PER Priya",
        "Tom said billing is late | PER Tom",
        // what must not be a name
        "Mark the file as read. | ''",
        "On Friday the engineers met. | ''",
        "Tidewater-7B was trained on vendor-A outputs. | ''",
        "Effective immediately, all calls stop. | ''",
        // Chinese: HanLP corrected
        "李明和王磊在广州见了客户。 | PER 李明; PER 王磊; LOC 广州",
        "记者前天联系了对方，对方未回应。 | ''",
        "张伟曾在百度工作。 | PER 张伟; ORG 百度",
        "发言人马克·黑尔称，公司将配合调查。 | PER 马克·黑尔",
        "北京大学教授周涛认为，这一做法违反了条款。 | ORG 北京大学; PER 周涛",
        "老张说明天把报表发过来。 | PER 老张",
        "投资方包括红杉资本。 | ORG 红杉资本",
        // code-mixed
        "字节跳动发言人Jodi Seth表示，公司已停止使用OpenAI的接口。 | ORG 字节跳动; PER Jodi Seth; ORG OpenAI",
        "告诉Priya是内部评估。 | PER Priya",
    })
    void findsNamesByTheirShapeAndContext(String text, String expected) {
        assertEquals(expected, names(noCaseKnowledge, text));
    }

    @Test
    void theCaseKnowsItsSubjectsByEveryAliasAndEveryMentionCarriesTheEntitysKey() {
        KnownNames caseNames = CaseKnowledge.names(
                List.of(new KnownEntity(MentionType.ORGANIZATION, "Halcyon Dynamics", List.of("Halcyon", "海辰动力"))),
                List.of("陈立 Chen Li", "Marcus Hale"));
        ExtractionService extraction = new ExtractionService(DateOrder.DMY, caseNames);
        String text = "Halcyon和海辰动力是一家。陈立 told Marcus that Chen Li had left.";
        List<Mention> found = extraction.extract(text, DAY);
        assertEquals("ORG Halcyon; ORG 海辰动力; PER 陈立; PER Marcus; PER Chen Li", names(extraction, text));
        assertEquals(List.of("halcyon dynamics", "halcyon dynamics", "陈立 chen li", "marcus hale", "陈立 chen li"),
                found.stream().map(Mention::normalized).toList());
        assertEquals("case", found.get(0).extractor());
    }

    @Test
    void aParticipantIsKnownByEachScriptOfTheirNameAndAWesternGivenName() {
        assertEquals(new KnownEntity(MentionType.PERSON, "陈立 Chen Li", List.of("陈立", "Chen Li")),
                CaseKnowledge.participant("陈立 Chen Li"));
        assertEquals(new KnownEntity(MentionType.PERSON, "Marcus Hale", List.of("Marcus")), CaseKnowledge.participant("Marcus Hale"));
        assertEquals(null, CaseKnowledge.participant("deactivated user U03FORMER"), "a placeholder is no name to look for");
        assertEquals(null, CaseKnowledge.participant("jw"), "a handle in lower case is not looked for in text");
    }

    @Test
    void aWatchListIsReadOneEntityALineAndAMistakeNamesItsLine() throws Exception {
        List<KnownEntity> read = KnownNames.read(new java.io.StringReader("# watch list\nORG ByteDance | 字节跳动 | Bytedance Ltd.\n\nLOC 北京\n"));
        assertEquals(List.of(new KnownEntity(MentionType.ORGANIZATION, "ByteDance", List.of("字节跳动", "Bytedance Ltd.")),
                new KnownEntity(MentionType.LOCATION, "北京", List.of())), read);
        Exception wrong = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> KnownNames.read(new java.io.StringReader("ORG ByteDance\nCOMPANY Lumina\n")));
        assertEquals("line 2: expected PERSON, ORG or LOC and a name: COMPANY Lumina", wrong.getMessage());
    }

    @Test
    void latinNamesMatchWholeWordsAsWrittenAndChineseNamesMatchInsideText() {
        KnownNames names = new KnownNames(List.of(new KnownEntity(MentionType.ORGANIZATION, "Apple", List.of("苹果公司"))), "test", 1);
        assertEquals(List.of(), names.find("an apple a day, Applebee's, Snapple"));
        assertEquals(List.of("Apple", "苹果公司"), names.find("Apple (苹果公司的) shares").stream().map(Mention::text).toList());
        KnownNames places = new KnownNames(List.of(new KnownEntity(MentionType.LOCATION, "Shanghai", List.of())), "test", 1);
        assertEquals(List.of(), places.find("tz: Asia/Shanghai, folder /data/Shanghai/2023"), "a zone id or a path is no place");
        assertEquals(1, places.find("flew to Shanghai/Pudong? no: to Shanghai.").size());
    }
}
