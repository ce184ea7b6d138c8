package org.dossier.ingest;

import java.util.concurrent.atomic.AtomicInteger;
import org.dossier.model.ReceivedFile;

/**
 * Counts what an archive still owes the case: one piece for its own unpacking, one per entry
 * sent on. The walker adds entries; the writer settles them. When the count reaches zero every
 * entry is recorded and the archive may be marked complete, which is what lets a later import
 * skip it, and an interrupted one reopen it.
 */
final class ArchiveProgress {
    final ArchiveProgress parent;
    final ReceivedFile archive;
    /** Bytes all archives nested in the outermost one may unpack to, together; shared down the nesting. */
    final java.util.concurrent.atomic.AtomicLong unpackBudget;
    private final AtomicInteger pending = new AtomicInteger(1);
    /** Set by the writer when it records the archive; read only by the writer. */
    long locationId = -1;

    ArchiveProgress(ArchiveProgress parent, ReceivedFile archive, long budgetIfOutermost) {
        this.parent = parent;
        this.archive = archive;
        this.unpackBudget = parent != null ? parent.unpackBudget : new java.util.concurrent.atomic.AtomicLong(budgetIfOutermost);
    }

    void entryAdded() {
        pending.incrementAndGet();
    }

    /** @return true when this settled the last outstanding piece */
    boolean pieceSettled() {
        return pending.decrementAndGet() == 0;
    }
}
