package org.dossier.sample;

import org.dossier.store.EntityStore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dossier.CaseChecks;
import org.dossier.app.Services;
import org.dossier.extract.CaseKnowledge;
import org.dossier.ingest.ImportListener;
import org.dossier.ingest.SampleCase;
import org.dossier.model.EntitySummary;
import org.dossier.model.ImportSummary;
import org.dossier.model.MentionType;
import org.dossier.model.SearchHit;
import org.dossier.search.SearchService;
import org.dossier.store.CaseFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled sample case does what the foundation promises, end to end. */
class SampleEvidenceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-08T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Services services;

    @org.junit.jupiter.api.BeforeEach
    void startServices() {
        services = Services.create(dir.resolve("home"), CLOCK, 2);
    }

    @org.junit.jupiter.api.AfterEach
    void stopParsers() {
        services.close();
    }

    @Test
    void theSampleImportsCompletelyOnceAndIsSearchableAndVerifiable() throws IOException {
        SampleCase sample = new SampleCase(dir, services.importer(), CLOCK, CaseKnowledge.sample().watchList(), caseFile -> { });
        try (CaseFile caseFile = sample.open(ImportListener.NONE)) {
            long files;
            try (Stream<Path> paths = Files.walk(sample.evidenceFolder())) {
                files = paths.filter(Files::isRegularFile).count();
            }
            assertEquals(files, caseFile.stats().sources(), "every file of the sample is a source");
            assertEquals(0, caseFile.stats().failed());
            assertEquals(List.of(), CaseChecks.danglingReferences(caseFile.path()), "the import writes without the per-row checks");

            ImportSummary again = services.importer().importInto(caseFile, List.of(sample.evidenceFolder()), ImportListener.NONE);
            assertEquals(files, again.skippedDuplicates());
            assertEquals(0, again.documents() + again.imported());

            List<SearchHit> chinese = services.search().search(caseFile, "服务条款", 10).hits();
            assertEquals("Re: Lumina 服务条款风险 / Lumina terms of use risk", chinese.get(0).title());
            assertTrue(SearchService.markedSnippet(chinese.get(0)).contains("«服务条款»"));
            List<SearchHit> english = services.search().search(caseFile, "suspended", 10).hits();
            assertTrue(english.stream().anyMatch(hit -> hit.provenance().path().endsWith("Lumina account suspended.eml")));
            assertTrue(english.stream().anyMatch(hit -> hit.provenance().path().endsWith("lumina-statement-2023-12-15.pdf")));

            assertTrue(services.verifier().verify(caseFile).allMatch());
            Path memo = sample.evidenceFolder().resolve("memos/tidewater-kickoff-memo.docx");
            Files.write(memo, new byte[] {'x'}, java.nio.file.StandardOpenOption.APPEND);
            var report = services.verifier().verify(caseFile);
            assertFalse(report.allMatch());
            assertEquals(List.of(memo.toString()), report.problems().stream().map(p -> p.path()).toList());
        }
    }

    @Test
    void theSampleCaseIsUnpackedFromTheApplicationAndImportedOnFirstUse() {
        SampleCase sample = services.sampleCase();
        try (CaseFile caseFile = sample.open(ImportListener.NONE)) {
            assertTrue(Files.isRegularFile(sample.evidenceFolder().resolve("memos/tidewater-kickoff-memo.docx")));
            var stats = caseFile.stats();
            assertEquals(13, stats.documents(), stats.toString());
            assertEquals(3, stats.conversations(), "two Slack channels and one Telegram chat");
            assertEquals(21, stats.messages(), "13 in Slack, 8 in Telegram");
            assertEquals(3, stats.systemEvents(), "a channel join, a bot post, a call");
            assertTrue(stats.mentions() > 20, "dates, addresses, links and amounts are found behind the import: " + stats);
            assertEquals(SampleCase.ZONE, caseFile.timeZone());
        }
        try (CaseFile again = sample.open(ImportListener.NONE)) {
            assertEquals(0, again.stats().failed());
        }
    }

    @Test
    void theSampleCaseKnowsItsPeopleAndCompaniesByEveryNameTheEvidenceUses() {
        SampleCase sample = services.sampleCase();
        try (CaseFile caseFile = sample.open(ImportListener.NONE)) {
            Map<String, EntitySummary> byName;
            try (var entities = EntityStore.of(caseFile)) {
                byName = entities.list(null, 500).stream().collect(Collectors.toMap(EntitySummary::name, e -> e));
            }
            EntitySummary halcyon = byName.get("Halcyon Dynamics");
            assertTrue(halcyon.watched());
            assertTrue(halcyon.aliases().contains("海辰动力"), halcyon.toString());
            assertEquals(MentionType.ORGANIZATION, halcyon.type());
            EntitySummary chenLi = byName.get("陈立 Chen Li");
            assertEquals(MentionType.PERSON, chenLi.type(), "a chat participant, known by both scripts");
            assertTrue(chenLi.mentions() >= 2, chenLi.toString());
            for (String stray : List.of("陈立", "Chen Li", "海辰动力", "Halcyon", "Lumina", "Northgate", "Marcus")) {
                assertFalse(byName.containsKey(stray), stray + " is an alias, not an entity of its own");
            }
            assertTrue(byName.containsKey("Beijing") || byName.containsKey("北京"), "places are found: " + byName.keySet());
        }
    }
}
