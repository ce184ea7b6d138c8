package org.dossier.ingest;

import java.util.ArrayList;
import java.util.List;
import org.dossier.ingest.chat.ChatSink;
import org.dossier.model.FileFailure;
import org.dossier.model.NewConversation;
import org.dossier.model.NewItem;
import org.dossier.model.ParsedFile;
import org.dossier.model.ReceivedFile;

/**
 * Hands a chat file to the writer in parts of {@value #PART_SIZE} messages, so that an export of
 * any size passes through a fixed amount of memory. Problems are capped per file: a file of a
 * million garbage lines reports the first {@value #MAX_PROBLEMS} and how many more there were.
 */
final class PartSender implements ChatSink {
    static final int PART_SIZE = 1000;
    static final int MAX_PROBLEMS = 200;

    /** Thrown out of a reader when the import is cancelled, leaving the file incomplete for the next import. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private final Candidate candidate;
    private final ReceivedFile file;
    private final ImportQueues queues;
    private final List<NewItem> items = new ArrayList<>();
    private final List<NewConversation> conversations = new ArrayList<>();
    private final List<FileFailure> problems = new ArrayList<>();
    private int problemCount;
    private long messagesSent;

    PartSender(Candidate candidate, ReceivedFile file, ImportQueues queues) {
        this.candidate = candidate;
        this.file = file;
        this.queues = queues;
    }

    @Override
    public void conversation(NewConversation conversation) {
        conversations.add(conversation);
    }

    @Override
    public void message(NewItem message) {
        items.add(message);
        messagesSent++;
        if (items.size() >= PART_SIZE) {
            send(null, false);
        }
    }

    @Override
    public void problem(String where, String reason) {
        if (++problemCount <= MAX_PROBLEMS) {
            problems.add(new FileFailure(where, reason));
        }
    }

    /** True once any message has been read: a damaged file that yielded messages is partly imported, not failed. */
    boolean anyMessages() {
        return messagesSent > 0;
    }

    /** Sends what is left as the file's last part. */
    void finish(String failure) {
        if (problemCount > MAX_PROBLEMS) {
            problems.add(new FileFailure("…", (problemCount - MAX_PROBLEMS) + " more problems of the same kind not listed"));
        }
        send(failure, true);
    }

    private void send(String failure, boolean last) {
        if (queues.stopping()) {
            throw new Stopped();
        }
        try {
            queues.report(new ImportResult.Parsed(candidate, file,
                    new ParsedFile(items, conversations, problems, failure, last)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
        items.clear();
        conversations.clear();
        problems.clear();
    }
}
