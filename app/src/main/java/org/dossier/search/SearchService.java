package org.dossier.search;

import java.util.List;
import org.dossier.model.Item;
import org.dossier.model.SearchHit;
import org.dossier.store.CaseFile;
import org.dossier.store.ItemReader;

/** Full-text search over a case's documents and messages, English and Chinese alike. */
public final class SearchService {

    /** Hits for every term of the query, best first, each with a snippet and its provenance. */
    public List<SearchHit> search(CaseFile caseFile, String query, int limit) {
        List<String> terms = QueryTerms.parse(query);
        if (terms.isEmpty()) {
            return List.of();
        }
        try (ItemReader reader = caseFile.newItemReader()) {
            return reader.find(terms, limit).stream().map(item -> hit(item, terms)).toList();
        }
    }

    private static SearchHit hit(Item item, List<String> terms) {
        Snippet snippet = Snippet.around(item.text(), terms);
        return new SearchHit(item.id(), item.kind(), item.title(), item.author(), item.occurredAt(), item.conversation(),
                snippet.text(), snippet.highlights(), item.provenance());
    }

    /** A hit's snippet with its matches between « and », for plain-text output. */
    public static String markedSnippet(SearchHit hit) {
        return new Snippet(hit.snippet(), hit.highlights()).marked();
    }
}
