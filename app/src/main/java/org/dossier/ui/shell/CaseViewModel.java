package org.dossier.ui.shell;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.dossier.app.Services;
import org.dossier.attribution.ExcerptProposal;
import org.dossier.ingest.ReplyFileReader;
import org.dossier.model.Actor;
import org.dossier.model.CaseActivity;
import org.dossier.model.CaseStats;
import org.dossier.model.ConversationSummary;
import org.dossier.model.Item;
import org.dossier.model.ItemKind;
import org.dossier.model.SearchHit;
import org.dossier.model.Span;
import org.dossier.search.SearchService;
import org.dossier.store.CaseFile;
import org.dossier.team.TeamCases;
import org.dossier.ui.claims.ClaimsViewModel;
import org.dossier.ui.claims.RightOfReplyViewModel;
import org.dossier.ui.common.BackgroundWork;
import org.dossier.ui.entities.EntitiesViewModel;
import org.dossier.ui.export.ExportViewModel;
import org.dossier.ui.graph.GraphViewModel;
import org.dossier.ui.intake.IntakeViewModel;
import org.dossier.ui.reader.ReaderViewModel;
import org.dossier.ui.reader.SourcesViewModel;
import org.dossier.ui.search.SearchViewModel;
import org.dossier.ui.timeline.TimelineViewModel;

/**
 * An open case in the window: its counts and its status line, and the view model of each part
 * (search, intake, sources, reader, entities, timeline, claims, right of reply, export), which it
 * builds and connects: what one part changes, the others show.
 */
public final class CaseViewModel {
    private final Services services;
    private final CaseFile caseFile;
    private final BackgroundWork work;
    private final ZoneId zone;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final StringProperty status = new SimpleStringProperty("");
    private final SearchViewModel search;
    private final IntakeViewModel intake;
    private final SourcesViewModel sources;
    private final ReaderViewModel reader;
    private final EntitiesViewModel entities;
    private final TimelineViewModel timeline;
    private final ClaimsViewModel claims;
    private final RightOfReplyViewModel rightOfReply;
    private final ExportViewModel exports;
    private final GraphViewModel graph;
    private final ReadOnlyStringWrapper present = new ReadOnlyStringWrapper("");
    private final TeamCases.Following othersChanges;

    public CaseViewModel(Services services, CaseFile caseFile, BackgroundWork work, ObservableValue<Actor> actor) {
        this.services = services;
        this.caseFile = caseFile;
        this.work = work;
        this.zone = services.reading().zone(caseFile);
        this.search = new SearchViewModel(services.search(), caseFile, zone, work);
        this.sources = new SourcesViewModel(services.reading(), caseFile, work);
        this.reader = new ReaderViewModel(services.reading(), caseFile, work, actor);
        this.entities = new EntitiesViewModel(services.entities(), caseFile, work);
        this.timeline = new TimelineViewModel(services.timeline(), caseFile, zone, work, actor);
        this.claims = new ClaimsViewModel(caseFile, work, services.attribution(), actor);
        this.rightOfReply = new RightOfReplyViewModel(caseFile, zone, services.clock(), work, services.rightOfReply(), services.entities(),
                new ReplyFileReader(services.parsers()), claims);
        this.exports = new ExportViewModel(caseFile, work, services.exporter(), actor, status::set);
        this.graph = new GraphViewModel(services.graph(), services.people(), services.exporter(), caseFile, zone, work, actor);
        this.intake = new IntakeViewModel(services.intake(), caseFile, work, status, this::evidenceChanged);
        refreshSummary();
        intake.catchUpExtraction();
        othersChanges = new TeamCases().follow(caseFile, activity -> Platform.runLater(() -> othersDid(activity)));
    }

    /** Who else has this team case open, for the header; empty on a laptop case or when no one else does. */
    public ReadOnlyStringProperty presentProperty() {
        return present.getReadOnlyProperty();
    }

    /** Another member of a team case changed what these views show: each reads again what it shows. */
    private void othersDid(CaseActivity activity) {
        present.set(activity.present().isEmpty() ? "" : "Also in this case: " + String.join(", ", activity.present()));
        Set<String> changed = activity.changed();
        if (touches(changed, "items", "import_runs")) {
            evidenceChanged();
        }
        if (touches(changed, "claims", "evidence_links", "reviews", "confidential_sources")) {
            claims.reload();
        }
        if (touches(changed, "comment_requests", "replies")) {
            rightOfReply.reload();
        }
        if (touches(changed, "annotations", "annotation_tags")) {
            reader.reloadItem();
        }
        if (touches(changed, "events", "story_events", "story_chapters")) {
            timeline.storyChanged();
        }
        if (touches(changed, "entities", "entity_aliases", "people")) {
            entities.reload();
            graph.evidenceChanged();
        }
        if (touches(changed, "redactions")) {
            exports.refresh();
        }
    }

    private static boolean touches(Set<String> changed, String... tables) {
        return Arrays.stream(tables).anyMatch(changed::contains);
    }

    public SearchViewModel search() {
        return search;
    }

    public IntakeViewModel intake() {
        return intake;
    }

    public SourcesViewModel sources() {
        return sources;
    }

    public ReaderViewModel reader() {
        return reader;
    }

    public EntitiesViewModel entities() {
        return entities;
    }

    public TimelineViewModel timeline() {
        return timeline;
    }

    public ClaimsViewModel claims() {
        return claims;
    }

    public RightOfReplyViewModel rightOfReply() {
        return rightOfReply;
    }

    public ExportViewModel exports() {
        return exports;
    }

    public GraphViewModel graph() {
        return graph;
    }

    public BackgroundWork work() {
        return work;
    }

    public CaseFile caseFile() {
        return caseFile;
    }

    public ZoneId zone() {
        return zone;
    }

    public String caseName() {
        return services.reading().caseName(caseFile);
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public StringProperty statusProperty() {
        return status;
    }

    /**
     * Opens a hit in the reader with its first match selected; a chat message inside its
     * conversation, at the message, so that what was said around it is in view.
     */
    public void open(SearchHit hit) {
        String searched = search.lastQuery();
        Consumer<Item> focus = item -> {
            SearchService.Match match = SearchService.firstMatch(item.text(), searched);
            reader.focusOn(match.start(), match.length());
        };
        if (hit.kind() == ItemKind.DOCUMENT) {
            reader.openItem(hit.itemId(), focus);
        } else {
            reader.openInConversation(hit.itemId(), focus);
        }
    }

    /**
     * The excerpt a reporter means: the span given, or else the sentence of the item's first match
     * of the search, or a whole message; read in the background, then handed on (null when the
     * words must be chosen in the reader).
     */
    public void excerpt(long itemId, Span span, Consumer<ExcerptProposal> then) {
        String searched = search.lastQuery();
        work.read(() -> services.attribution().proposeExcerpt(caseFile, itemId, span, searched).orElse(null), then);
    }

    /** Finds the entity a reporter names, in the background, and hands its id (or null) on. */
    public void entityNamed(String name, Consumer<Long> then) {
        work.read(() -> services.timeline().entityNamed(caseFile, name).orElse(null), then);
    }

    /** How many conversations read their times in the case's zone because the export gave none, for the import's report. */
    public void zonelessConversations(Consumer<Long> then) {
        work.read(() -> services.reading().conversations(caseFile).stream().filter(ConversationSummary::zoneAssumed).count(), then);
    }

    /** Reads the case's counts again. */
    public void refreshSummary() {
        work.read(() -> services.reading().stats(caseFile), (CaseStats stats) ->
                summary.set(String.format("%,d file%s · %,d documents · %,d messages · %,d entities · %,d could not be read%s",
                        stats.sources(), stats.sources() == 1 ? "" : "s", stats.documents(), stats.messages(), stats.entities(),
                        stats.failed(), stats.awaitingExtraction() == 0 ? ""
                                : String.format(" · %,d not yet read for names", stats.awaitingExtraction()))));
    }

    /** What the case holds changed (an import, the pass behind it): every part that shows it reads again. */
    private void evidenceChanged() {
        refreshSummary();
        sources.reload();
        entities.reload();
        reader.reloadItem();
        timeline.evidenceChanged();
        graph.evidenceChanged();
    }

    public void close() {
        othersChanges.close();
        caseFile.close();
    }
}
