package org.dossier.model;

import java.time.Instant;

/**
 * What part of the timeline to read: a time window and a filter. One immutable value, so a view
 * can keep it as its history and a cache key.
 *
 * @param from   the window's start (inclusive), or null for the beginning
 * @param to     the window's end (exclusive), or null for the end
 * @param filter which events, whatever the window
 * @param limit  at most this many events, earliest first
 */
public record TimelineQuery(Instant from, Instant to, TimelineFilter filter, int limit) {

    /** A window with no filter. */
    public TimelineQuery(Instant from, Instant to, int limit) {
        this(from, to, TimelineFilter.NONE, limit);
    }

    public static TimelineQuery all() {
        return new TimelineQuery(null, null, Integer.MAX_VALUE);
    }
}
