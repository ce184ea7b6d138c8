package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.dossier.model.Item;
import org.dossier.model.ItemKind;
import org.dossier.model.MentionType;
import org.dossier.model.NewItem;
import org.dossier.model.ParsedFile;
import org.dossier.model.ReceivedFile;
import org.dossier.model.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A case written before schema V14 indexed and keyed Traditional Chinese as written: opening it folds both. */
class ChineseScriptsMigrationTest {
    private static final String TEXT = "字節跳動表示，已停止使用微軟的雲端服務。";

    @TempDir
    Path dir;

    @Test
    void openingAnOlderCaseIndexesItAgainAndMakesOneEntityOfBothScripts() throws SQLException {
        Path file = dir.resolve("old.dossier");
        long itemId;
        try (CaseFile caseFile = CaseFile.openOrCreate(file, ZoneOffset.UTC, CaseFileTest.CLOCK);
             ImportWriter writer = ImportWriter.of(caseFile, CaseFileTest.CLOCK)) {
            writer.startRun(List.of("/dump"));
            writer.recordFile(new ReceivedFile("/dump/seed.txt", null, TEXT.length(), null, new Sha256("a".repeat(64)), "text/plain"),
                    null, ParsedFile.whole(List.of(new NewItem(ItemKind.DOCUMENT, "", null, "seed.txt", null, null, null, null,
                            "text/plain", TEXT, false, Map.of(), null)), List.of(), null));
            writer.commit();
        }
        try (Connection connection = CaseFile.openConnection(file); Statement statement = connection.createStatement()) {
            itemId = statement.executeQuery("SELECT id FROM items").getLong(1);
            // As version 13 left it: the index and the keys hold the characters as written.
            statement.execute("INSERT INTO item_words(item_words) VALUES('delete-all')");
            statement.execute("INSERT INTO item_words(rowid, title, text) VALUES (" + itemId
                    + ", 'seed.txt', '字節 節跳 跳動 動 ， 已停 停止 止使 使用 用微 微軟 軟的 的雲 雲端 端服 服務 務 。')");
            statement.execute("INSERT INTO entities(type, name, normalized_key) VALUES ('ORGANIZATION', '字节跳动', '字节跳动'),"
                    + " ('ORGANIZATION', '字節跳動', '字節跳動')");
            statement.execute("INSERT INTO mentions(item_id, entity_id, type, surface, normalized_key, start_offset, end_offset,"
                    + " extractor, confidence) VALUES (" + itemId + ", (SELECT id FROM entities WHERE name = '字節跳動'), 'ORGANIZATION', '字節跳動', '字節跳動', 0, 4, 'hanlp', 0.8)");
            statement.execute("DROP TABLE ocr_words"); // and without what later versions added (V15: OCR)
            statement.execute("DROP TABLE ocr_pages");
            statement.execute("DROP INDEX items_pictures_inside"); // (V16: OCR of pictures inside files)
            LaterSchema.dropSince17(statement); // (V17 on: the graph, people, near-copies, mail headers, claims' versions)
            statement.execute("PRAGMA user_version = 13");
        }

        try (CaseFile caseFile = CaseFile.open(file); ItemReader reader = ItemReader.of(caseFile);
             EntityStore entities = EntityStore.of(caseFile)) {
            assertEquals(List.of("seed.txt"), reader.find(List.of("字节跳动"), 10).items().stream().map(Item::title).toList());
            assertEquals(List.of("seed.txt"), reader.find(List.of("微软"), 10).items().stream().map(Item::title).toList());
            long entity = entities.existing(MentionType.ORGANIZATION, "字节跳动");
            assertEquals(entity, entities.existing(MentionType.ORGANIZATION, "字節跳動"));
            assertEquals(List.of(itemId), reader.mentioning(entity, 10).stream().map(Item::id).toList(),
                    "the Traditional entity's mention moved to the one entity");
        }
    }
}
