package org.dossier.model;

import java.util.EnumSet;
import java.util.Set;
import org.dossier.model.TimelineEvent.EventKind;

/**
 * Which events the reporter wants to see, whatever the window: those of some kinds, from items
 * that mention an entity (or were written by it), carry a tag, or come from a source.
 *
 * @param entityId only events from items that mention this entity or were written by it, or null
 * @param tag      only events from items the reporter tagged so, or null
 * @param source   only events from this file as received, or from the files under this folder or
 *                 inside this archive (a path as the sources panel shows it), or null
 * @param kinds    only events of these kinds
 */
public record TimelineFilter(Long entityId, String tag, String source, Set<EventKind> kinds) {
    public static final TimelineFilter NONE = new TimelineFilter(null, null, null, EnumSet.allOf(EventKind.class));

    public TimelineFilter {
        tag = tag == null || tag.isBlank() ? null : tag.strip();
        source = source == null || source.isBlank() ? null : source.strip();
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    }

    /** Whether only some items' events pass: an event that comes from no item (added by hand, alone) does not. */
    public boolean onItems() {
        return entityId != null || tag != null || source != null;
    }

    public TimelineFilter withEntity(Long id) {
        return new TimelineFilter(id, tag, source, kinds);
    }

    public TimelineFilter withTag(String name) {
        return new TimelineFilter(entityId, name, source, kinds);
    }

    public TimelineFilter withSource(String path) {
        return new TimelineFilter(entityId, tag, path, kinds);
    }

    public TimelineFilter withKinds(Set<EventKind> chosen) {
        return new TimelineFilter(entityId, tag, source, chosen);
    }
}
