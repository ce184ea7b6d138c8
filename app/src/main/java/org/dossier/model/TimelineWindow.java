package org.dossier.model;

import java.util.List;

/**
 * What a view of the timeline draws of a window: its events one by one, or where there are too
 * many, how many fall in each slice of it.
 *
 * @param events  the events, earliest first; empty when the density is drawn
 * @param density the counts of messages and e-mails per slice, or null when the events are drawn
 */
public record TimelineWindow(List<TimelineEvent> events, long[] density) {
}
