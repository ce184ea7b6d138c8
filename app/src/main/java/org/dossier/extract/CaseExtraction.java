package org.dossier.extract;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.LongConsumer;
import org.dossier.model.ItemText;
import org.dossier.model.Mention;
import org.dossier.store.CaseFile;
import org.dossier.store.EntityStore;
import org.dossier.store.MentionRewriter;

/**
 * Extraction as a case does it: with the case's date order and everything it knows by name (the
 * watch list, the reporter's aliases and merges, the chat participants). Re-running it after the
 * reporter changes those replaces every mention of the case at once.
 */
public final class CaseExtraction {
    private CaseExtraction() {
    }

    /** Counts of a re-run. */
    public record Rerun(long items, long mentions) {
    }

    /** An extraction that knows what the case knows now. */
    public static ExtractionService forCase(CaseFile caseFile) {
        try (EntityStore entities = caseFile.entities()) {
            return new ExtractionService(caseFile.dateOrder(), CaseKnowledge.names(entities.caseNames(), entities.participantNames()));
        }
    }

    /**
     * Extracts every item's text again, on all cores, and replaces the case's mentions in one
     * transaction. Interrupting the calling thread cancels, and leaves the old mentions as they were.
     *
     * @param itemsDone told the number of items done after each batch
     */
    public static Rerun rerun(CaseFile caseFile, LongConsumer itemsDone) {
        ExtractionService extraction = forCase(caseFile);
        long[] counts = new long[2];
        try (MentionRewriter rewriter = caseFile.newMentionRewriter()) {
            rewriter.forEachBatch(batch -> {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("re-extraction cancelled");
                }
                List<List<Mention>> found = batch.parallelStream().map(item -> extraction.extract(item.text(), item.writtenOn())).toList();
                for (int i = 0; i < batch.size(); i++) {
                    ItemText item = batch.get(i);
                    rewriter.write(item, found.get(i));
                    counts[1] += found.get(i).size();
                }
                counts[0] += batch.size();
                itemsDone.accept(counts[0]);
            });
            rewriter.commit();
        }
        return new Rerun(counts[0], counts[1]);
    }
}
