package org.dossier.ingest.chat;

import org.dossier.model.NewConversation;
import org.dossier.model.NewItem;

/** Where a chat reader sends what it reads, message by message, so that no export sits in memory whole. */
public interface ChatSink {
    /** Announces a conversation before its first message. */
    void conversation(NewConversation conversation);

    void message(NewItem message);

    /** Something in the file that could not be read as a message, and where (e.g. "line 12"). */
    void problem(String where, String reason);
}
