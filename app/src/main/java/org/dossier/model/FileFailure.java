package org.dossier.model;

/** A file, or a part of one, that could not be read, and why, in words a reporter can act on. */
public record FileFailure(String path, String reason) {
}
