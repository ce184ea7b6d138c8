package org.dossier.model;

import java.util.List;
import java.util.Map;

/**
 * E-mails that are one conversation.
 *
 * @param key     stable while its first mail stays first: "email:" and that mail's Message-ID, or its item
 * @param subject its first mail's subject without reply and forward prefixes, or "(no subject)"
 * @param itemIds its mails, oldest first
 * @param parents for each mail that answers another mail of the thread, that mail's item
 */
public record MailThread(String key, String subject, List<Long> itemIds, Map<Long, Long> parents) {
    public MailThread {
        itemIds = List.copyOf(itemIds);
        parents = Map.copyOf(parents);
    }
}
