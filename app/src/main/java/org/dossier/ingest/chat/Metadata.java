package org.dossier.ingest.chat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A message's extra facts (reactions, forwarded-from, pinned…), kept as the item's metadata. */
final class Metadata {
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    Metadata put(String key, String value) {
        if (value != null && !value.isEmpty()) {
            values.put(key, List.of(value));
        }
        return this;
    }

    Metadata put(String key, List<String> list) {
        if (!list.isEmpty()) {
            values.put(key, List.copyOf(list));
        }
        return this;
    }

    Map<String, List<String>> values() {
        return values;
    }
}
