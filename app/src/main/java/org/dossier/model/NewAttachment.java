package org.dossier.model;

/**
 * A file attached to a message.
 *
 * @param path    where the file is, or would be, inside the export, as received; null when the
 *                export names no place for it
 * @param missing true when the export says the file is not included
 * @param note    what the export wrote in its place ({@code <Media omitted>}), or where it lived
 */
public record NewAttachment(String name, String path, boolean missing, String note) {
}
