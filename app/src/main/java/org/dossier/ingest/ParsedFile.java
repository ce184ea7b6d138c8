package org.dossier.ingest;

import java.util.List;
import org.dossier.model.FileFailure;
import org.dossier.model.NewItem;

/**
 * What a parser made of one file: its items (the file itself first, then embedded documents and
 * attachments), the parts that failed, and, when the file as a whole could not be read, why.
 * A failed file may still carry items: an encrypted document keeps its metadata.
 */
public record ParsedFile(List<NewItem> items, List<FileFailure> partFailures, String failure) {
    public ParsedFile {
        items = List.copyOf(items);
        partFailures = List.copyOf(partFailures);
    }

    public static ParsedFile failed(String reason) {
        return new ParsedFile(List.of(), List.of(), reason);
    }
}
