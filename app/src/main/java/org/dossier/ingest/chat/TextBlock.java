package org.dossier.ingest.chat;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of one message in a text export, gathered until the next message begins. Blank lines
 * around them are the export's separators, not the message's.
 */
final class TextBlock {
    final String locator;
    private final List<String> lines = new ArrayList<>();

    TextBlock(String locator) {
        this.locator = locator;
    }

    void add(String line) {
        lines.add(line);
    }

    boolean isEmpty() {
        return text().isEmpty();
    }

    String text() {
        int start = 0;
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isBlank()) {
            end--;
        }
        while (start < end && lines.get(start).isBlank()) {
            start++;
        }
        return String.join("\n", lines.subList(start, end));
    }
}
