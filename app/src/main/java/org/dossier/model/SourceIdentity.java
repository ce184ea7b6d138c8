package org.dossier.model;

import java.util.List;

/**
 * Everything that could identify a confidential source, for an export to hide and to check it
 * hid: the identity the reporter recorded, the private note, and each item an excerpt of theirs
 * comes from with whoever the case says wrote it (a chat author's name and handle, an e-mail's
 * sender, a document's author). Never shown: only matched against.
 */
public record SourceIdentity(long id, String pseudonym, String realIdentity, String privateNote,
                             ConfidentialSource.DatesShown datesShown, List<CitedItem> items) {
    public SourceIdentity {
        items = List.copyOf(items);
    }

    /**
     * An item an excerpt from the source comes from.
     *
     * @param writtenBy the author as the item records it, the chat participant's name and platform id: each may be null
     */
    public record CitedItem(long itemId, ItemKind kind, String mediaType, List<String> writtenBy) {
        public CitedItem {
            writtenBy = writtenBy.stream().filter(name -> name != null && !name.isBlank()).distinct().toList();
        }
    }
}
