package org.dossier.ui.search;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.dossier.model.ItemKind;
import org.dossier.model.SearchHit;
import org.dossier.search.SearchService;
import org.dossier.store.CaseFile;
import org.dossier.ui.common.BackgroundWork;

/**
 * The search of an open case: the query, the hits with their filters (kind, conversation, author,
 * days), and what the list holds. Also lists what mentions an entity. The hits are filtered here,
 * without searching again.
 */
public final class SearchViewModel {
    private static final int LIMIT = 500;

    /** What the kind filter offers. */
    public enum Kind {
        ALL("Everything"), DOCUMENTS("Documents"), MESSAGES("Messages");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final SearchService search;
    private final CaseFile caseFile;
    private final ZoneId zone;
    private final BackgroundWork work;
    private final StringProperty query = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper listing = new ReadOnlyStringWrapper("");
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final FilteredList<SearchHit> filtered = new FilteredList<>(hits);
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.ALL);
    private final ObjectProperty<String> conversation = new SimpleObjectProperty<>();
    private final ObjectProperty<String> author = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<String> conversations = FXCollections.observableArrayList();
    private final ObservableList<String> authors = FXCollections.observableArrayList();
    private String lastQuery = "";

    public SearchViewModel(SearchService search, CaseFile caseFile, ZoneId zone, BackgroundWork work) {
        this.search = search;
        this.caseFile = caseFile;
        this.zone = zone;
        this.work = work;
        for (var filter : List.of(kind, conversation, author, from, to)) {
            filter.addListener((property, old, value) -> applyFilters());
        }
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** What the hit list holds: "12 hits for …", "items that mention …". */
    public ReadOnlyStringProperty listingProperty() {
        return listing.getReadOnlyProperty();
    }

    /** The hits that pass the filters. */
    public ObservableList<SearchHit> hits() {
        return filtered;
    }

    /** The words last searched for, whose first match a reader or the board goes to; empty after an entity's listing. */
    public String lastQuery() {
        return lastQuery;
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public ObjectProperty<String> conversationProperty() {
        return conversation;
    }

    public ObjectProperty<String> authorProperty() {
        return author;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The conversations and authors among the hits, for their filters. */
    public ObservableList<String> conversations() {
        return conversations;
    }

    public ObservableList<String> authors() {
        return authors;
    }

    public void search() {
        String text = query.get().strip();
        if (text.isEmpty()) {
            showHits(List.of(), "");
            return;
        }
        work.read(() -> search.search(caseFile, text, LIMIT), results -> {
            lastQuery = text;
            List<SearchHit> found = results.hits();
            showHits(found, found.isEmpty() ? "No hits for " + text : counted(found.size(), "hit", "hits") + " for " + text
                    + (results.ranked() ? "" : " (" + SearchService.UNRANKED_NOTE + ")"));
        });
    }

    /** Lists every item that mentions an entity, newest first. */
    public void showMentioning(long entityId) {
        work.read(() -> search.mentioning(caseFile, entityId, LIMIT), mentioning -> {
            lastQuery = "";
            int items = mentioning.hits().size();
            showHits(mentioning.hits(), counted(items, "item mentions", "items mention") + " " + mentioning.name() + ", newest first");
        });
    }

    private void showHits(List<SearchHit> found, String said) {
        hits.setAll(found);
        conversations.setAll(found.stream().map(SearchHit::conversation).filter(Objects::nonNull).distinct().sorted().toList());
        authors.setAll(found.stream().map(SearchHit::author).filter(Objects::nonNull).distinct().sorted().toList());
        listing.set(said);
        applyFilters();
    }

    private void applyFilters() {
        Predicate<SearchHit> wanted = hit -> switch (kind.get()) {
            case ALL -> true;
            case DOCUMENTS -> hit.kind() == ItemKind.DOCUMENT;
            case MESSAGES -> hit.kind() != ItemKind.DOCUMENT;
        };
        wanted = wanted.and(hit -> conversation.get() == null || conversation.get().equals(hit.conversation()));
        wanted = wanted.and(hit -> author.get() == null || author.get().equals(hit.author()));
        wanted = wanted.and(hit -> from.get() == null || hit.occurredAt() != null
                && !hit.occurredAt().instant().atZone(zone).toLocalDate().isBefore(from.get()));
        wanted = wanted.and(hit -> to.get() == null || hit.occurredAt() != null
                && !hit.occurredAt().instant().atZone(zone).toLocalDate().isAfter(to.get()));
        filtered.setPredicate(wanted);
    }

    private static String counted(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
