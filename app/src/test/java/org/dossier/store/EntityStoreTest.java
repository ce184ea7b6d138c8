package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dossier.TestEngine;
import org.dossier.model.EntitySummary;
import org.dossier.model.KnownEntity;
import org.dossier.model.MentionType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityStoreTest {
    @TempDir
    Path dir;
    EntityStore entities;

    CaseFile caseFile;

    @BeforeEach
    void openCase() {
        caseFile = TestEngine.newCase(dir.resolve("case.dossier"), ZoneId.of("UTC"), CaseFileTest.CLOCK);
        entities = EntityStore.of(caseFile);
    }

    @org.junit.jupiter.api.AfterEach
    void closeCase() {
        entities.close();
        caseFile.close();
    }

    private void alias(MentionType type, String name, String alias) {
        entities.addAlias(entities.existingOrNew(type, name), alias);
    }

    private void merge(MentionType type, String from, String into) {
        entities.merge(List.of(entities.existing(type, from)), entities.existingOrNew(type, into));
    }

    private Map<String, EntitySummary> byName() {
        return entities.list(null, 100).stream().collect(Collectors.toMap(EntitySummary::name, e -> e));
    }

    @Test
    void theWatchListAndAliasesAreWhatTheNextExtractionKnows() {
        entities.watch(new KnownEntity(MentionType.ORGANIZATION, "ByteDance", List.of("字节跳动")));
        alias(MentionType.ORGANIZATION, "字节跳动", "Bytedance Ltd.");
        alias(MentionType.PERSON, "Jodi Seth", "J. Seth");
        // aliases in the order of their characters, on either engine
        assertEquals(List.of(new KnownEntity(MentionType.ORGANIZATION, "ByteDance", List.of("Bytedance Ltd.", "字节跳动")),
                new KnownEntity(MentionType.PERSON, "Jodi Seth", List.of("J. Seth"))), entities.caseNames());
        assertEquals(true, byName().get("ByteDance").watched());
        assertEquals(false, byName().get("Jodi Seth").watched());
    }

    @Test
    void aMergedEntityBecomesAnAliasAndEverythingMergedIntoItFollows() {
        alias(MentionType.ORGANIZATION, "Halcyon", "HD");
        alias(MentionType.ORGANIZATION, "海辰动力", "海辰");
        merge(MentionType.ORGANIZATION, "海辰", "Halcyon");
        merge(MentionType.ORGANIZATION, "Halcyon", "Halcyon Dynamics");
        assertEquals(List.of("Halcyon Dynamics"), byName().keySet().stream().toList(), "one entity left");
        assertEquals(List.of("Halcyon", "海辰动力"), byName().get("Halcyon Dynamics").aliases(),
                "the names of what was merged, directly or not");
        EntityChangeException same = assertThrows(EntityChangeException.class,
                () -> merge(MentionType.ORGANIZATION, "HD", "Halcyon Dynamics"));
        assertEquals("an entity cannot be merged into itself", same.getMessage());
    }

    @Test
    void unifyingAParticipantTakesInTheEntitiesMetUnderTheirOtherNames() {
        alias(MentionType.PERSON, "Chen Li", "C. Li");
        alias(MentionType.PERSON, "陈立", "小陈");
        entities.unify(new KnownEntity(MentionType.PERSON, "陈立 Chen Li", List.of("陈立", "Chen Li")));
        assertEquals(List.of("陈立 Chen Li"), byName().keySet().stream().toList());
        entities.unify(new KnownEntity(MentionType.PERSON, "陈立 Chen Li", List.of("陈立", "Chen Li")));
        assertEquals(1, byName().size(), "unifying twice changes nothing");
    }
}
