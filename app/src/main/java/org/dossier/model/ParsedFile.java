package org.dossier.model;

import java.util.List;

/**
 * What a parser made of one file, or of one part of it: a chat export of a million messages
 * arrives in many parts so that it never sits in memory whole, and only the {@code last} part
 * settles the file. Items come with the conversations they belong to, the parts of the file that
 * failed, and, when the file as a whole could not be read, why. A failed file may still carry
 * items: an encrypted document keeps its metadata.
 */
public record ParsedFile(List<NewItem> items, List<NewConversation> conversations, List<FileFailure> partFailures,
                         String failure, boolean last) {
    public ParsedFile {
        items = List.copyOf(items);
        conversations = List.copyOf(conversations);
        partFailures = List.copyOf(partFailures);
    }

    /** A file read in one go. */
    public static ParsedFile whole(List<NewItem> items, List<FileFailure> partFailures, String failure) {
        return new ParsedFile(items, List.of(), partFailures, failure, true);
    }

    public static ParsedFile failed(String reason) {
        return whole(List.of(), List.of(), reason);
    }
}
