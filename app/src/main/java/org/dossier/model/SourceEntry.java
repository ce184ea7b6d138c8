package org.dossier.model;

/**
 * A file as received, for the sources panel.
 *
 * @param parentLocationId the archive it was found in, or null for a file on disk
 * @param documents        the documents read from it (a document and its attachments; none for a chat file)
 */
public record SourceEntry(long locationId, Long parentLocationId, long sourceId, String path, String status,
                          String mediaType, long documents) {
}
