package org.dossier.ingest.chat;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which columns of a CSV or JSON Lines chat log hold what: {@code time}, {@code author} and
 * {@code text} are required, {@code conversation} and {@code id} optional. Times are read with
 * {@code timeFormat} (a java.time pattern), or as ISO-8601 or epoch seconds when it is null.
 */
public record ChatLogMapping(Map<String, String> columns, String timeFormat) {
    public static final Set<String> REQUIRED = Set.of("time", "author", "text");
    public static final Set<String> KNOWN = Set.of("time", "author", "text", "conversation", "id");

    public ChatLogMapping {
        columns = Map.copyOf(columns);
        if (!columns.keySet().containsAll(REQUIRED)) {
            throw new IllegalArgumentException("a chat log mapping needs time, author and text columns, e.g. "
                    + "time=Date,author=From,text=Body");
        }
        if (!KNOWN.containsAll(columns.keySet())) {
            throw new IllegalArgumentException("unknown field in chat log mapping: " + columns.keySet()
                    + " (known: time, author, text, conversation, id)");
        }
        if (timeFormat != null) {
            DateTimeFormatter.ofPattern(timeFormat); // fails now, with the pattern's own message, if it is wrong
        }
    }

    /** Parses {@code time=Date,author=From,text=Body}. */
    public static ChatLogMapping parse(String spec, String timeFormat) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String pair : spec.split(",")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("expected field=Column in the mapping, found \"" + pair + "\"");
            }
            columns.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
        }
        return new ChatLogMapping(columns, timeFormat);
    }

    String column(String field) {
        return columns.get(field);
    }
}
