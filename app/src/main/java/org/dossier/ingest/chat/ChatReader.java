package org.dossier.ingest.chat;

import java.io.IOException;

/** Reads one file of a chat export into a sink. A damaged file is read as far as it goes, then throws. */
public interface ChatReader {
    void read(ChatFile file, ChatSink sink) throws IOException;
}
