package org.dossier.model;

import java.util.List;

/**
 * A case copied between a laptop's file and a team case: its tables, each found the same on both
 * sides, and the originals a push read from this machine's disk into the team case (each kept only
 * with the size and SHA-256 recorded at import), with those it could not.
 */
public record CaseCopy(List<CopiedTable> tables, long originalsFromDisk, long bytesFromDisk, List<FileFailure> originalsNotCopied) {
    public CaseCopy {
        tables = List.copyOf(tables);
        originalsNotCopied = List.copyOf(originalsNotCopied);
    }
}
