package org.dossier.timeline;

import java.util.Optional;
import java.util.function.Consumer;
import org.dossier.model.TimelineEvent;
import org.dossier.model.TimelineQuery;
import org.dossier.store.CaseFile;
import org.dossier.store.EntityStore;
import org.dossier.store.TimelineReader;

/**
 * The case's timeline: every dated fact in time order, each pointing back to its item and, for a
 * date found in text, its span. Read from the case as it is, so a re-extraction or an import shows
 * at once (decision 0011).
 */
public final class TimelineService {

    /** Hands the events of the query to {@code sink}, earliest first, streaming. */
    public void forEach(CaseFile caseFile, TimelineQuery query, Consumer<TimelineEvent> sink) {
        try (TimelineReader reader = caseFile.newTimelineReader()) {
            reader.forEach(query, sink);
        }
    }

    public java.util.List<TimelineEvent> events(CaseFile caseFile, TimelineQuery query) {
        try (TimelineReader reader = caseFile.newTimelineReader()) {
            return reader.events(query);
        }
    }

    /** The entity a reporter names (by its name or any alias), for filtering. */
    public Optional<Long> entityNamed(CaseFile caseFile, String name) {
        try (EntityStore entities = caseFile.entities()) {
            return entities.idOfName(name);
        }
    }
}
