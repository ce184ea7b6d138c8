package org.dossier.ingest;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.dossier.model.Mention;
import org.dossier.model.NewItem;

/** Finds the mentions in an item's text, for the import to store with it. Thread-safe. */
@FunctionalInterface
public interface MentionFinder extends Function<NewItem, List<Mention>> {
    MentionFinder NONE = item -> List.of();

    /** The same finder, also knowing these people: the authors of the chat messages at hand. */
    default MentionFinder knowing(Set<String> people) {
        return this;
    }
}
