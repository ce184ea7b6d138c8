package org.dossier.model;

import java.time.Instant;

/**
 * What part of the timeline to read: a time window, and optionally only what mentions an entity.
 * One immutable value, so a view can keep it as its history and a cache key.
 *
 * @param from     the window's start (inclusive), or null for the beginning
 * @param to       the window's end (exclusive), or null for the end
 * @param entityId only events from items that mention this entity, or null
 * @param limit    at most this many events, earliest first
 */
public record TimelineQuery(Instant from, Instant to, Long entityId, int limit) {
    public static TimelineQuery all() {
        return new TimelineQuery(null, null, null, Integer.MAX_VALUE);
    }
}
