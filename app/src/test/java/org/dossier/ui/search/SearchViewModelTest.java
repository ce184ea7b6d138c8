package org.dossier.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dossier.OnTheSampleCase;
import org.dossier.ingest.ImportListener;
import org.dossier.model.ItemKind;
import org.dossier.model.SearchHit;
import org.dossier.text.ChineseScriptFixtures;
import org.dossier.ui.common.SameThreadWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search of the window, without a window: a query, its hits, the filters on them, and what mentions an entity. */
class SearchViewModelTest extends OnTheSampleCase {
    private final SameThreadWork work = new SameThreadWork();
    @TempDir
    Path dumps;
    private SearchViewModel search;

    @BeforeEach
    void model() {
        search = new SearchViewModel(services.search(), sample, sample.timeZone(), work);
    }

    @AfterEach
    void nothingFailedUnseen() {
        assertEquals(List.of(), work.unexpected());
    }

    @Test
    void aQueryListsItsHitsAndSaysHowMany() {
        search.queryProperty().set("停止调用");
        search.search();
        assertTrue(search.hits().size() >= 2, search.hits().toString());
        assertEquals(search.hits().size() + " hits for 停止调用", search.listingProperty().get());
        assertEquals("停止调用", search.lastQuery());
        assertTrue(search.conversations().contains("tidewater-data"), "the filters offer the hits' conversations");

        search.queryProperty().set("scrub script");
        search.search();
        assertEquals("1 hit for scrub script", search.listingProperty().get());

        search.queryProperty().set("  ");
        search.search();
        assertEquals(List.of(), search.hits());
        assertEquals("", search.listingProperty().get());
    }

    @Test
    void eitherChineseScriptFindsTheOtherAndTheHitShowsTheTextAsWritten() throws IOException {
        Path dump = Files.createDirectories(dumps.resolve("dump"));
        for (String name : List.of(ChineseScriptFixtures.TRADITIONAL, ChineseScriptFixtures.SIMPLIFIED)) {
            Files.copy(ChineseScriptFixtures.path(name), dump.resolve(name));
        }
        services.importer().importInto(sample, List.of(dump), ImportListener.NONE);

        assertEquals(List.of("臺灣", "摩天大樓"), marked("台湾 摩天大楼"), "Simplified finds Traditional, two and four characters");
        assertEquals(List.of("网路储存设备"), marked("網路 儲存設備"), "and Traditional finds Simplified (touching marks are one)");
        List<Long> simplified = found("停止调用");
        assertFalse(simplified.isEmpty());
        assertEquals(simplified, found("停止調用"), "the sample's own Simplified messages, asked in Traditional");
    }

    private List<Long> found(String query) {
        search.queryProperty().set(query);
        search.search();
        return search.hits().stream().map(SearchHit::itemId).toList();
    }

    /** The one hit's marked words, as its snippet writes them. */
    private List<String> marked(String query) {
        assertEquals(1, found(query).size(), query);
        SearchHit hit = search.hits().get(0);
        return hit.highlights().stream().map(span -> hit.snippet().substring(span.start(), span.end())).toList();
    }

    @Test
    void theFiltersNarrowTheHitsWithoutSearchingAgain() {
        search.queryProperty().set("Lumina");
        search.search();
        int all = search.hits().size();
        search.kindProperty().set(SearchViewModel.Kind.MESSAGES);
        assertTrue(search.hits().stream().allMatch(hit -> hit.kind() != ItemKind.DOCUMENT));
        assertTrue(search.hits().size() < all);
        search.kindProperty().set(SearchViewModel.Kind.ALL);
        search.conversationProperty().set("tidewater-data");
        assertTrue(search.hits().stream().map(SearchHit::conversation).allMatch("tidewater-data"::equals));
        search.conversationProperty().set(null);
        search.fromProperty().set(LocalDate.of(2023, 11, 20));
        search.toProperty().set(LocalDate.of(2023, 11, 20));
        assertFalse(search.hits().isEmpty());
        assertTrue(search.hits().stream().allMatch(hit -> hit.occurredAt().instant().atZone(sample.timeZone()).toLocalDate()
                .equals(LocalDate.of(2023, 11, 20))), "only that day, in the case's zone");
    }

    @Test
    void anEntitysMentionsAreListedNewestFirst() {
        long lumina = services.entities().find(sample, "Lumina AI").orElseThrow();
        search.showMentioning(lumina);
        assertTrue(search.listingProperty().get().matches("\\d+ items mention Lumina, newest first"), search.listingProperty().get());
        assertEquals("", search.lastQuery(), "nothing to go to in the reader");
    }
}
