package org.dossier.ingest;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.dossier.model.FileFailure;
import org.dossier.model.ImportSummary;
import org.dossier.model.ParsedFile;
import org.dossier.store.ImportWriter;
import org.dossier.store.RecordOutcome;

/**
 * The writer's side of an import: records each result as it arrives, commits in batches, settles
 * archives, keeps the tally and tells the listener how far it got.
 */
final class ImportRecorder {
    /**
     * A commit writes every page the batch touched to the log, and the pages of the hashes' index
     * are touched all over: 500 records or a second at a time, 100,000 small files wrote 2.2 GB for
     * a case of 0.46 GB; 5,000 or five seconds, 1.1 GB. A crash costs at most five seconds of work,
     * which the next import does again.
     */
    private static final int COMMIT_EVERY_RECORDS = 5000;
    private static final long COMMIT_EVERY_MILLIS = 5000;
    private static final long PROGRESS_EVERY_MILLIS = 100;

    private final ImportWriter writer;
    private final ImportListener listener;
    private final Clock clock;
    private final LongSupplier filesFound;
    private final BooleanSupplier walkFinished;
    private final List<FileFailure> failures = new ArrayList<>();
    private long files;
    private long imported;
    private long documents;
    private long messages;
    private long skipped;
    private long bytes;
    private String lastPath = "";
    private int uncommitted;
    private long lastCommit;
    private long lastProgress;

    ImportRecorder(ImportWriter writer, ImportListener listener, Clock clock, LongSupplier filesFound,
                   BooleanSupplier walkFinished) {
        this.writer = writer;
        this.listener = listener;
        this.clock = clock;
        this.filesFound = filesFound;
        this.walkFinished = walkFinished;
        this.lastCommit = clock.millis();
    }

    /**
     * Records results until every worker is done. An interrupt of this thread is a cancel: the
     * walker and workers stop taking new files, and what is already in hand is still recorded.
     *
     * @return true when cancelled
     */
    boolean drain(ImportQueues queues, int workers) {
        boolean cancelled = false;
        for (int done = 0; done < workers; ) {
            ImportResult result;
            try {
                result = queues.nextResult(PROGRESS_EVERY_MILLIS);
            } catch (InterruptedException e) {
                cancelled = true;
                queues.stop();
                continue;
            }
            if (result instanceof ImportResult.WorkerDone) {
                done++;
            } else if (result != null) {
                record(result);
                uncommitted++;
            }
            if (result == null || uncommitted >= COMMIT_EVERY_RECORDS || clock.millis() - lastCommit >= COMMIT_EVERY_MILLIS) {
                commit();
            }
            if (clock.millis() - lastProgress >= PROGRESS_EVERY_MILLIS) {
                reportProgress();
            }
        }
        commit();
        reportProgress();
        return cancelled;
    }

    private void record(ImportResult result) {
        if (result instanceof ImportResult.Parsed parsed) {
            recordParsed(parsed);
        } else if (result instanceof ImportResult.Unreadable unreadable) {
            writer.recordUnreadable(unreadable.path(), unreadable.reason());
            countFailed(unreadable.path(), unreadable.reason());
            settle(unreadable.container());
        } else if (result instanceof ImportResult.Unchanged unchanged) {
            files++;
            skipped++;
            lastPath = unchanged.path();
        } else if (result instanceof ImportResult.ArchiveOpened opened) {
            recordArchive(opened.archive(), opened.known());
        } else if (result instanceof ImportResult.Problem problem) {
            writer.recordUnreadable(problem.path(), problem.reason());
            failures.add(new FileFailure(problem.path(), problem.reason()));
        } else if (result instanceof ImportResult.ArchiveSealed sealed && sealed.archive().pieceSettled()) {
            complete(sealed.archive());
        }
    }

    private void recordArchive(ArchiveProgress archive, boolean known) {
        archive.locationId = writer.recordArchive(archive.archive, locationOf(archive.parent));
        files++;
        if (known) {
            skipped++;
        } else {
            imported++;
        }
        lastPath = archive.archive.path();
    }

    /** One file, or one part of a file that arrives in parts; the file counts once, with its last part. */
    private void recordParsed(ImportResult.Parsed result) {
        ParsedFile parsed = result.parsed() == null ? ParsedFile.whole(List.of(), List.of(), null) : result.parsed();
        String path = result.file().path();
        RecordOutcome outcome = writer.recordFile(result.file(), locationOf(result.candidate().container()), parsed);
        documents += outcome.documents();
        messages += outcome.messages();
        if (outcome.kind() != RecordOutcome.Kind.DUPLICATE) {
            for (FileFailure part : parsed.partFailures()) {
                failures.add(new FileFailure(path + " » " + part.path(), part.reason()));
            }
        }
        if (!parsed.last()) {
            return;
        }
        switch (outcome.kind()) {
            case IMPORTED -> {
                files++;
                imported++;
            }
            case DUPLICATE -> {
                files++;
                skipped++;
            }
            case FAILED -> countFailed(path, parsed.failure());
        }
        bytes += result.file().size();
        lastPath = path;
        settle(result.candidate().container());
    }

    /** A file imported whose original a team case could not keep (changed since, unreadable): reported, as the case cannot show it. */
    void originalNotKept(FileFailure failure) {
        writer.recordUnreadable(failure.path(), failure.reason());
        failures.add(failure);
    }

    private void countFailed(String path, String reason) {
        files++;
        failures.add(new FileFailure(path, reason));
        lastPath = path;
    }

    private void settle(ArchiveProgress container) {
        if (container != null && container.pieceSettled()) {
            complete(container);
        }
    }

    private void complete(ArchiveProgress archive) {
        writer.markArchiveComplete(archive.locationId);
        settle(archive.parent);
    }

    private static Long locationOf(ArchiveProgress container) {
        return container == null ? null : container.locationId;
    }

    private void commit() {
        if (uncommitted > 0) {
            writer.commit();
            uncommitted = 0;
        }
        lastCommit = clock.millis();
    }

    private void reportProgress() {
        listener.progress(new ImportProgress(filesFound.getAsLong(), files, bytes, lastPath, walkFinished.getAsBoolean()));
        lastProgress = clock.millis();
    }

    ImportSummary summary(boolean cancelled) {
        return new ImportSummary(files, imported, documents, messages, skipped, List.copyOf(failures), cancelled);
    }
}
