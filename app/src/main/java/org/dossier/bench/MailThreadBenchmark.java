package org.dossier.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.dossier.ingest.mail.CaseMailThreads;
import org.dossier.model.NewItem;
import org.dossier.model.ParsedFile;
import org.dossier.model.ReceivedFile;
import org.dossier.model.Sha256;
import org.dossier.store.CaseFile;
import org.dossier.store.ImportWriter;

/** How long gathering a case's e-mails into threads takes once they are imported, and the heap it needs. */
public final class MailThreadBenchmark {
    /** @param seconds the threads gathered and written; @param peakHeapBytes the most heap in use meanwhile */
    public record Result(int mails, int threads, double seconds, long peakHeapBytes) {
    }

    public Result run(Path target, int mails) {
        List<NewItem> items = new ArrayList<>();
        items.add(new NewItem(org.dossier.model.ItemKind.DOCUMENT, "", null, "mailbox.mbox", null, null, null, null,
                "application/mbox", "", false, java.util.Map.of(), null));
        items.addAll(new SyntheticMail(42).mails(mails));
        try (CaseFile caseFile = CaseFile.openOrCreate(target, ZoneOffset.UTC, Clock.systemUTC())) {
            try (ImportWriter writer = ImportWriter.of(caseFile, Clock.systemUTC())) {
                writer.startRun(List.of("/bench"));
                writer.recordFile(new ReceivedFile("/bench/mailbox.mbox", null, 1, null, new Sha256("b".repeat(64)), "application/mbox"),
                        null, ParsedFile.whole(items, List.of(), null));
                writer.commit();
            }
            items.clear();
            System.gc();
            try (HeapSampler heap = new HeapSampler()) {
                long started = System.nanoTime();
                int threads = CaseMailThreads.rebuild(caseFile);
                return new Result(mails, threads, (System.nanoTime() - started) / 1e9, heap.peakBytes());
            }
        }
    }
}
