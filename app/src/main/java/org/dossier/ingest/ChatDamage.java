package org.dossier.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Why a chat file could not be read to its end, in words with a place to look. */
final class ChatDamage {
    private ChatDamage() {
    }

    static String describe(Exception error) {
        if (error instanceof JsonProcessingException json) {
            String where = json.getLocation() == null ? "" : " at line " + json.getLocation().getLineNr()
                    + ", column " + json.getLocation().getColumnNr();
            String what = json.getOriginalMessage();
            boolean truncated = what != null && what.contains("end-of-input");
            return (truncated ? "truncated JSON" : "malformed JSON") + where + ": " + firstLine(what);
        }
        String message = error.getMessage();
        return "unreadable chat export: " + (message == null ? error.getClass().getSimpleName() : firstLine(message));
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
