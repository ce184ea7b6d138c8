package org.dossier.model;

import java.util.Set;

/**
 * A mail of a thread as the search for inclusive mails reads it.
 *
 * @param title       its subject as the item's title (a parser may write it again as the text's first line)
 * @param attachments its attached files, each as its name and the length of its text (parts of a mailbox have no hash of
 *                    their own): a mail that holds another's words holds it only with its attachments too
 */
public record MailText(long itemId, String title, String text, Set<String> attachments) {
    public MailText {
        attachments = Set.copyOf(attachments);
    }
}
