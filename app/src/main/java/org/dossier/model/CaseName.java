package org.dossier.model;

import java.nio.file.Path;

/** How a reporter names a case: a case file's path, or a team case's address ({@code postgresql://host:port/database}). */
public final class CaseName {
    private CaseName() {
    }

    public static boolean isTeamCase(String name) {
        return name.startsWith("postgresql://") || name.startsWith("postgres://");
    }

    /** A short name for titles and lists: the file's name, or the team case's database. */
    public static String shortName(String name) {
        return isTeamCase(name) ? name.substring(name.lastIndexOf('/') + 1) : Path.of(name).getFileName().toString();
    }
}
