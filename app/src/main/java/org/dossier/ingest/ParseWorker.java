package org.dossier.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.time.ZoneId;
import org.dossier.ingest.chat.ChatFile;
import org.dossier.ingest.chat.ChatFormats;
import org.dossier.ingest.chat.ChatReader;
import org.dossier.model.ParsedFile;
import org.dossier.model.ReceivedFile;
import org.dossier.store.SourceLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes files off the work queue until told there are no more: hashes each one (unless it was
 * hashed on its way out of an archive), skips bytes already in the case, parses the rest.
 */
final class ParseWorker implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(ParseWorker.class);

    private final DocumentParser parser;
    private final ChatFormats chatFormats;
    private final SourceLookup lookup;
    private final ImportQueues queues;
    private final ZoneId zone;

    ParseWorker(DocumentParser parser, ChatFormats chatFormats, SourceLookup lookup, ImportQueues queues, ZoneId zone) {
        this.parser = parser;
        this.chatFormats = chatFormats;
        this.lookup = lookup;
        this.queues = queues;
        this.zone = zone;
    }

    @Override
    public void run() {
        try (lookup) {
            for (Candidate candidate; (candidate = queues.nextWork()) != ImportQueues.END; ) {
                try {
                    if (!queues.stopping()) {
                        process(candidate);
                    }
                } catch (PartSender.Stopped stopped) {
                    // cancelled mid-file: the file stays incomplete and the next import reads it again
                } finally {
                    if (candidate.isTemporary()) {
                        deleteQuietly(candidate);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                queues.report(new ImportResult.WorkerDone());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void process(Candidate candidate) throws InterruptedException {
        ReceivedFile file;
        try {
            file = received(candidate);
        } catch (IOException e) {
            queues.report(new ImportResult.Unreadable(candidate.path(), "cannot be read: " + e.getMessage(), candidate.container()));
            return;
        }
        if (lookup.contains(file.sha256())) {
            queues.report(new ImportResult.Parsed(candidate, file, null));
            return;
        }
        ChatReader chat = chatFormats.readerFor(candidate.file(), candidate.path(), candidate.mediaType(), candidate.slack());
        if (chat != null) {
            readChat(chat, candidate, file);
            return;
        }
        ParsedFile parsed;
        try {
            parsed = parser.parse(candidate.file(), candidate.name(), candidate.mediaType(), zone);
        } catch (RuntimeException e) {
            LOG.error("parser failed on {}", candidate.path(), e);
            parsed = ParsedFile.failed("internal error while parsing: " + e);
        }
        queues.report(new ImportResult.Parsed(candidate, file, parsed));
    }

    /** Streams a chat file to the writer; damage stops the reading, and what was read before it stays. */
    private void readChat(ChatReader reader, Candidate candidate, ReceivedFile file) {
        PartSender sender = new PartSender(candidate, file, queues);
        String failure = null;
        try {
            reader.read(new ChatFile(candidate.file(), candidate.path(), zone), sender);
        } catch (PartSender.Stopped stopped) {
            throw stopped;
        } catch (IOException | RuntimeException e) {
            String reason = ChatDamage.describe(e);
            if (sender.anyMessages()) {
                sender.problem("damage", reason + " (the messages before it were imported)");
            } else {
                failure = reason;
            }
        }
        sender.finish(failure);
    }

    private static ReceivedFile received(Candidate candidate) throws IOException {
        if (candidate.sha256() != null) {
            return new ReceivedFile(candidate.path(), null, candidate.size(), null, candidate.sha256(), candidate.mediaType());
        }
        Hashing.Copied digest = Hashing.digest(candidate.file());
        return new ReceivedFile(candidate.path(), candidate.diskPath(), digest.size(), candidate.mtime(),
                digest.sha256(), candidate.mediaType());
    }

    private static void deleteQuietly(Candidate candidate) {
        try {
            Files.deleteIfExists(candidate.file());
        } catch (IOException e) {
            LOG.warn("cannot delete temporary copy {}", candidate.file(), e);
        }
    }
}
