package org.dossier.ingest;

import java.util.List;
import java.util.function.Function;
import org.dossier.model.Mention;
import org.dossier.model.NewItem;

/** Finds the mentions in an item's text, for the import to store with it. Thread-safe. */
@FunctionalInterface
public interface MentionFinder extends Function<NewItem, List<Mention>> {
    MentionFinder NONE = item -> List.of();
}
