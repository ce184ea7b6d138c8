package org.dossier.model;

/**
 * Where an item came from: the file as received (first path it was found at), the hash of that
 * file's bytes, and the item's locator inside the file.
 */
public record Provenance(long sourceId, String path, Sha256 sha256, String mediaType, String locator) {
}
