package org.dossier.search;

import java.util.List;
import org.dossier.model.Item;
import org.dossier.model.SearchHit;
import org.dossier.model.Span;
import org.dossier.store.CaseFile;
import org.dossier.store.ItemReader;
import org.dossier.store.NearCopyStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Full-text search over a case's documents and messages, English and Chinese alike. */
public final class SearchService {

    /**
     * A page of hits, each with a snippet and its provenance: best first, or, when the query
     * matches too much to rank ({@code ranked} false), newest first.
     */
    public record Results(List<SearchHit> hits, boolean ranked) {
    }

    /** Hits for every term of the query. */
    public Results search(CaseFile caseFile, String query, int limit) {
        List<String> terms = QueryTerms.parse(query);
        if (terms.isEmpty()) {
            return new Results(List.of(), true);
        }
        try (ItemReader reader = ItemReader.of(caseFile); NearCopyStore copies = NearCopyStore.of(caseFile)) {
            ItemReader.Found found = reader.find(terms, limit);
            return new Results(collapsed(found.items().stream().map(item -> hit(item, terms)).toList(), copies), found.ranked());
        }
    }

    /** The hits with near-copies of one text as one: the best placed, saying how many copies it stands for. */
    private static List<SearchHit> collapsed(List<SearchHit> hits, NearCopyStore copies) {
        Map<Long, NearCopyStore.Group> groups = copies.groupsOf(hits.stream().map(SearchHit::itemId).toList());
        if (groups.isEmpty()) {
            return hits;
        }
        Set<Long> seen = new HashSet<>();
        List<SearchHit> shown = new ArrayList<>();
        for (SearchHit hit : hits) {
            NearCopyStore.Group group = groups.get(hit.itemId());
            if (group == null) {
                shown.add(hit);
            } else if (seen.add(group.id())) {
                shown.add(hit.withCopies(group.size()));
            }
        }
        return shown;
    }

    /** Where a query matches a text first: the start and length of the match, or (0, 0) when it does not. */
    public record Match(int start, int length) {
    }

    /** Where a reader should open an item found by this query: its first match, or its start. */
    public static Match firstMatch(String text, String query) {
        Span first = Snippet.firstMatch(text, QueryTerms.parse(query));
        return first == null ? new Match(0, 0) : new Match(first.start(), first.end() - first.start());
    }

    /** The items that mention an entity, and the name the case writes it by most. */
    public record Mentioning(String name, List<SearchHit> hits) {
    }

    /** The newest items that mention an entity, each with a snippet around the name it goes by there. */
    public Mentioning mentioning(CaseFile caseFile, long entityId, int limit) {
        try (ItemReader reader = ItemReader.of(caseFile)) {
            List<String> names = reader.namesOf(entityId);
            return new Mentioning(names.isEmpty() ? "this entity" : names.get(0),
                    reader.mentioning(entityId, limit).stream().map(item -> hit(item, names)).toList());
        }
    }

    /** What a front end says about a query whose hits are not ranked. */
    public static final String UNRANKED_NOTE = "more than " + ItemReader.RANKING_LIMIT
            + " matches: shown newest first, not by relevance; add words to narrow it";

    private static SearchHit hit(Item item, List<String> terms) {
        Snippet snippet = Snippet.around(item.text(), terms);
        return new SearchHit(item.id(), item.kind(), item.title(), item.author(), item.occurredAt(), item.conversation(),
                snippet.text(), snippet.highlights(), item.provenance(), 1);
    }

    /** A hit's snippet with its matches between « and », for plain-text output. */
    public static String markedSnippet(SearchHit hit) {
        return new Snippet(hit.snippet(), hit.highlights()).marked();
    }
}
