package org.dossier.ingest.chat;

import org.dossier.model.DateOrder;

/**
 * What the reporter tells an import about chat exports.
 *
 * @param dateOrder how to read WhatsApp dates, or null to decide from each file's dates
 * @param chatLog   the columns of CSV / JSON Lines chat logs, or null when there are none
 */
public record ChatOptions(DateOrder dateOrder, ChatLogMapping chatLog) {
    public static final ChatOptions DEFAULT = new ChatOptions(null, null);
}
