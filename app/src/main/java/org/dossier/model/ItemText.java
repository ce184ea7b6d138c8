package org.dossier.model;

import java.time.LocalDate;

/**
 * An item's text and when it was written, as extraction needs them.
 *
 * @param writtenOn    the day relative dates in it are resolved against, or null when unknown
 * @param anchorMillis the moment of that day's source (sent or created), epoch ms, or null
 */
public record ItemText(long id, String text, LocalDate writtenOn, Long anchorMillis) {
}
