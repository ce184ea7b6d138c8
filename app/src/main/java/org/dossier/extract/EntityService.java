package org.dossier.extract;

import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.dossier.model.EntitySummary;
import org.dossier.model.KnownEntity;
import org.dossier.model.MentionType;
import org.dossier.store.CaseFile;
import org.dossier.store.EntityStore;

/**
 * The front door to a case's people, organisations and places, for the command line and the window
 * alike: the list by mentions; the watch list and aliases; one entity made of several (by id: a name
 * is looked up first); renaming and hiding; and extracting every item again with what the case knows
 * now. Each change is one transaction.
 */
public final class EntityService {

    /** Entities by how often they are mentioned, most first; {@code type} null for all types. */
    public List<EntitySummary> list(CaseFile caseFile, MentionType type, int limit) {
        try (EntityStore store = EntityStore.of(caseFile)) {
            return store.list(type, limit);
        }
    }

    /** The entity of any type with this name or alias (the most mentioned when several). */
    public Optional<Long> find(CaseFile caseFile, String name) {
        try (EntityStore store = EntityStore.of(caseFile)) {
            return store.idOfName(name);
        }
    }

    /** The entity of this type with this name or alias; a change to an entity the case does not have is refused. */
    public long existing(CaseFile caseFile, MentionType type, String name) {
        try (EntityStore store = EntityStore.of(caseFile)) {
            return store.existing(type, name);
        }
    }

    /** The entity of this type with this name or alias, created if the case has not met it yet. */
    public long existingOrNew(CaseFile caseFile, MentionType type, String name) {
        try (EntityStore store = EntityStore.of(caseFile)) {
            return store.existingOrNew(type, name);
        }
    }

    /** Puts an entity on the watch list (creating it if the case has not met it yet) with its aliases. */
    public void watch(CaseFile caseFile, KnownEntity entity) {
        try (EntityStore store = EntityStore.of(caseFile)) {
            store.watch(entity);
        }
    }

    /** Another name of an entity: the next extraction finds it as that entity. */
    public void addAlias(CaseFile caseFile, long entityId, String alias) {
        try (EntityStore store = EntityStore.of(caseFile)) {
            store.addAlias(entityId, alias);
        }
    }

    /** Merges each entity into {@code intoId}: their mentions count for it at once, their names become its aliases. */
    public void merge(CaseFile caseFile, List<Long> fromIds, long intoId) {
        try (EntityStore store = EntityStore.of(caseFile)) {
            store.merge(fromIds, intoId);
        }
    }

    /** Gives an entity another name; the old one stays an alias, so extraction still finds it. */
    public void rename(CaseFile caseFile, long entityId, String name) {
        try (EntityStore store = EntityStore.of(caseFile)) {
            store.rename(entityId, name);
        }
    }

    /** Hides entities from the lists (noise such as a sign-off), or shows them again; their mentions stay. */
    public void setHidden(CaseFile caseFile, List<Long> entityIds, boolean hidden) {
        try (EntityStore store = EntityStore.of(caseFile)) {
            entityIds.forEach(id -> store.setHidden(id, hidden));
        }
    }

    /** Puts entities on the watch list, or takes them off. */
    public void setWatched(CaseFile caseFile, List<Long> entityIds, boolean watched) {
        try (EntityStore store = EntityStore.of(caseFile)) {
            entityIds.forEach(id -> store.setWatched(id, watched));
        }
    }

    /**
     * Extracts every item again with what the case knows now (watch list, aliases, merges,
     * participants, date order) and replaces the old mentions in one step; interrupting the calling
     * thread leaves them as they were.
     */
    public CaseExtraction.Counts reextract(CaseFile caseFile, LongConsumer itemsDone) {
        return CaseExtraction.rerun(caseFile, itemsDone);
    }
}
