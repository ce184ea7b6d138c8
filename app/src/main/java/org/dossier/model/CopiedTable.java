package org.dossier.model;

/** One table of a case copied between engines: its rows and their digest, found the same on both sides. */
public record CopiedTable(String table, long rows, String digest) {
}
