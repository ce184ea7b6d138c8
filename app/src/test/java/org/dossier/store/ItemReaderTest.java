package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.TestEngine;
import org.dossier.model.Item;
import org.dossier.model.ItemKind;
import org.dossier.model.NewItem;
import org.dossier.model.ParsedFile;
import org.dossier.model.ReceivedFile;
import org.dossier.model.Sha256;
import org.dossier.text.ChineseScriptFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ItemReaderTest {
    @TempDir
    Path dir;
    CaseFile caseFile;
    ItemReader reader;

    @BeforeEach
    void recordThreeDocuments() {
        caseFile = TestEngine.newCase(dir.resolve("search.dossier"), ZoneOffset.UTC, CaseFileTest.CLOCK);
        try (ImportWriter writer = ImportWriter.of(caseFile, CaseFileTest.CLOCK)) {
            writer.startRun(List.of("/dump"));
            record(writer, 'a', "memo.txt", "Project Seed used the OpenAI API to generate training data.");
            record(writer, 'b', "statement-zh.txt", "字节跳动发言人表示，公司已停止使用微软的云服务。");
            record(writer, 'c', "chat.txt", "Jodi Seth说 AI 团队已经完成了 Seed 模型的评估");
            writer.commit();
        }
        reader = ItemReader.of(caseFile);
    }

    @AfterEach
    void close() {
        reader.close();
        caseFile.close();
    }

    private static void record(ImportWriter writer, char hashDigit, String name, String text) {
        ReceivedFile file = new ReceivedFile("/dump/" + name, null, text.length(), null,
                new Sha256(String.valueOf(hashDigit).repeat(64)), "text/plain");
        writer.recordFile(file, null, ParsedFile.whole(List.of(new NewItem(ItemKind.DOCUMENT, "", null, name, null, null,
                null, null, "text/plain", text, false, Map.of(), null)), List.of(), null));
    }

    private List<String> titles(String... terms) {
        return reader.find(List.of(terms), 10).items().stream().map(Item::title).toList();
    }

    @Test
    void findsEnglishWordsRegardlessOfCase() {
        assertEquals(List.of("memo.txt"), titles("openai"));
        assertEquals(List.of("memo.txt"), titles("training", "data"));
    }

    @Test
    void findsChineseSubstringsOfAnyLength() {
        assertEquals(List.of("statement-zh.txt"), titles("字节跳动"));
        assertEquals(List.of("statement-zh.txt"), titles("发言人"));
        assertEquals(List.of("statement-zh.txt"), titles("微软"), "two characters go to the bigram index");
        assertEquals(List.of("statement-zh.txt"), titles("软"), "a lone character matches as a prefix");
        assertEquals(List.of("chat.txt"), titles("评估"));
    }

    @Test
    void everyTermMustMatchAcrossBothIndexes() {
        assertEquals(List.of("chat.txt"), titles("Seed", "AI"));
        assertEquals(List.of("chat.txt"), titles("Jodi Seth", "模型"));
        assertEquals(List.of(), titles("OpenAI", "微软"));
    }

    @Test
    void eitherChineseScriptFindsTheOtherForWordsOfTwoAndFourCharacters() {
        try (ImportWriter writer = ImportWriter.of(caseFile, CaseFileTest.CLOCK)) {
            writer.startRun(List.of("/dump"));
            record(writer, 'd', "hant.txt", ChineseScriptFixtures.text(ChineseScriptFixtures.TRADITIONAL));
            record(writer, 'e', "hans.txt", ChineseScriptFixtures.text(ChineseScriptFixtures.SIMPLIFIED));
            record(writer, 'f', "seed-hant.txt", "字節跳動表示，已停止使用微軟的雲端服務。");
            writer.commit();
        }
        assertEquals(List.of("hant.txt"), titles("台湾"), "Simplified, and 臺 written as 台 (Taiwan usage)");
        assertEquals(List.of("hant.txt"), titles("摩天大楼"));
        assertEquals(List.of("hans.txt"), titles("網路"), "Traditional finds Simplified");
        assertEquals(List.of("hans.txt"), titles("儲存設備"));
        assertEquals(Set.of("seed-hant.txt", "statement-zh.txt"), Set.copyOf(titles("字节跳动")), "the seed report's ByteDance");
        assertEquals(Set.of("seed-hant.txt", "statement-zh.txt"), Set.copyOf(titles("微軟")));
    }

    @Test
    void queryTextIsNeverQuerySyntax() {
        assertEquals(List.of(), titles("\"unbalanced"));
        assertEquals(List.of(), titles("NEAR(a b)"));
        assertEquals(List.of(), titles("*"));
    }

    @Test
    void aQueryTooBroadToRankListsTheNewestMatchesAndSaysSo() {
        try (ImportWriter writer = ImportWriter.of(caseFile, CaseFileTest.CLOCK)) {
            writer.startRun(List.of("/dump/bulk"));
            for (int i = 0; i <= ItemReader.RANKING_LIMIT; i++) {
                ReceivedFile file = new ReceivedFile("/dump/bulk/" + i, null, 1, null,
                        new Sha256(String.format("%064x", 1_000_000 + i)), "text/plain");
                writer.recordFile(file, null, ParsedFile.whole(List.of(new NewItem(ItemKind.DOCUMENT, "", null, "bulk " + i, null,
                        null, null, null, "text/plain", "routine status update " + i, false, Map.of(), null)), List.of(), null));
            }
            writer.commit();
        }
        ItemReader.Found broad = reader.find(List.of("status"), 3);
        assertFalse(broad.ranked());
        assertEquals(List.of("bulk 20000", "bulk 19999", "bulk 19998"), broad.items().stream().map(Item::title).toList());
        ItemReader.Found narrow = reader.find(List.of("status", "update 1234"), 3);
        assertTrue(narrow.ranked(), "a second word narrows it enough to rank");
        assertEquals("bulk 1234", narrow.items().get(0).title());
    }

    @Test
    void hitsCarryTheirProvenance() {
        Item item = reader.find(List.of("OpenAI"), 1).items().get(0);
        assertEquals("/dump/memo.txt", item.provenance().path());
        assertEquals("a".repeat(64), item.provenance().sha256().hex());
        assertEquals(item, reader.item(item.id()).orElseThrow());
        assertTrue(reader.item(999).isEmpty());
    }
}
