package org.dossier.model;

/**
 * A file as received, for the sources panel.
 *
 * @param parentLocationId the archive it was found in, or null for a file on disk
 * @param items            the items read from it (a document and its attachments, or messages)
 */
public record SourceEntry(long locationId, Long parentLocationId, long sourceId, String path, String status,
                          String mediaType, long items) {
}
