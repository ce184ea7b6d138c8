package org.dossier.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.LongConsumer;
import org.dossier.model.ItemText;
import org.dossier.model.KnownEntity;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.dossier.store.CaseFile;
import org.dossier.store.EntityStore;
import org.dossier.store.ExtractionBacklog;
import org.dossier.store.MentionRefresh;
import org.dossier.store.MentionRewriter;

/**
 * Extraction as a case does it: with the case's date order and everything it knows by name (the
 * watch list, the reporter's aliases and merges, the chat participants). Re-running it after the
 * reporter changes those replaces every mention of the case at once.
 */
public final class CaseExtraction {
    private CaseExtraction() {
    }

    /** Counts of a pass: the items read and the mentions found in them; not complete when it was stopped. */
    public record Counts(long items, long mentions, boolean complete) {
    }

    /** Told how far a pass has come. */
    @FunctionalInterface
    public interface Progress {
        void itemsDone(long done, long of);
    }

    /** An extraction that knows what the case knows now, the names it learned from its own items included. */
    public static ExtractionService forCase(CaseFile caseFile) {
        try (EntityStore entities = EntityStore.of(caseFile)) {
            return new ExtractionService(caseFile.dateOrder(), CaseKnowledge.names(entities.caseNames(), entities.participantNames()))
                    .knowingNames(SureNames.learnedFrom(entities.organisationsFound()));
        }
    }

    /**
     * Extracts the items imported since the last pass, on all cores: imports store text and leave
     * names and dates to this pass behind them (decision 0016). Each batch is committed with the
     * case's mark, so interrupting the calling thread stops after the batch in hand, and the next
     * pass goes on from there. A company found with its legal form is known by its short name in the
     * batches after ({@link SureNames}); once the pass has caught up, the items that hold a short name
     * learned during it are extracted again, so that an e-mail signature read after a chat still names
     * the company in the chat. Then each chat participant's names are made one entity: a document read
     * before the chat may have met "Chen Li" first.
     */
    public static Counts catchUp(CaseFile caseFile, Progress progress) {
        long items = 0;
        long mentions = 0;
        try (ExtractionBacklog backlog = ExtractionBacklog.of(caseFile)) {
            long total = backlog.size();
            if (total == 0) {
                return new Counts(0, 0, true);
            }
            ExtractionService extraction = forCase(caseFile);
            Set<String> known = new HashSet<>(extraction.knownNames());
            List<KnownEntity> learned = new ArrayList<>();
            progress.itemsDone(0, total);
            for (List<ItemText> batch = backlog.next(); !batch.isEmpty(); batch = backlog.next()) {
                if (Thread.currentThread().isInterrupted()) {
                    return new Counts(items, mentions, false);
                }
                List<List<Mention>> found = extractAll(extraction, batch);
                backlog.record(batch, found);
                items += batch.size();
                mentions += found.stream().mapToLong(List::size).sum();
                List<KnownEntity> fresh = SureNames.learnedFrom(organisations(found)).stream()
                        .filter(entity -> known.add(entity.name())).toList();
                learned.addAll(fresh);
                extraction = extraction.knowingNames(fresh);
                progress.itemsDone(items, Math.max(items, total));
            }
            mentions += extractAgain(caseFile, extraction, SureNames.shortNames(learned));
        }
        try (EntityStore entities = EntityStore.of(caseFile)) {
            CaseKnowledge.participants(entities.participantNames()).forEach(entities::unify);
        }
        return new Counts(items, mentions, true);
    }

    private static Set<String> organisations(List<List<Mention>> found) {
        Set<String> names = new HashSet<>();
        found.forEach(mentions -> mentions.stream().filter(m -> m.type() == MentionType.ORGANIZATION).forEach(m -> names.add(m.text())));
        return names;
    }

    /** Extracts again the items that hold these names; returns how many more mentions the case has. */
    private static long extractAgain(CaseFile caseFile, ExtractionService extraction, List<String> names) {
        if (names.isEmpty()) {
            return 0;
        }
        long more = 0;
        try (MentionRefresh refresh = MentionRefresh.of(caseFile)) {
            List<ItemText> holding = refresh.itemsContaining(names);
            List<List<Mention>> found = extractAll(extraction, holding);
            for (int i = 0; i < holding.size(); i++) {
                more += found.get(i).size() - refresh.replace(holding.get(i), found.get(i));
            }
            refresh.commit();
        }
        return more;
    }

    private static List<List<Mention>> extractAll(ExtractionService extraction, List<ItemText> batch) {
        return batch.parallelStream().map(item -> extraction.extract(item.text(), item.writtenOn())).toList();
    }

    /**
     * Extracts every item's text again, on all cores, and replaces the case's mentions in one
     * transaction. Interrupting the calling thread cancels, and leaves the old mentions as they were.
     *
     * @param itemsDone told the number of items done after each batch
     */
    public static Counts rerun(CaseFile caseFile, LongConsumer itemsDone) {
        ExtractionService extraction = forCase(caseFile);
        long[] counts = new long[2];
        try (MentionRewriter rewriter = MentionRewriter.of(caseFile)) {
            rewriter.forEachBatch(batch -> {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("re-extraction cancelled");
                }
                List<List<Mention>> found = extractAll(extraction, batch);
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
        return new Counts(counts[0], counts[1], true);
    }
}
