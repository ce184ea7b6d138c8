package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.dossier.app.HeapSampler;
import org.dossier.ingest.ImportListener;
import org.dossier.ingest.ImportService;
import org.dossier.ingest.chat.ChatOptions;
import org.dossier.ingest.mail.CaseMailThreads;
import org.dossier.store.CaseFile;

/** How long gathering a case's e-mails into threads takes once they are imported, and the heap it needs. */
public final class MailThreadBenchmark {
    private final ImportService importer;

    public MailThreadBenchmark(ImportService importer) {
        this.importer = importer;
    }

    /** @param seconds the threads gathered and written, after the import; @param peakHeapBytes the most heap in use meanwhile */
    public record Result(int mails, int threads, double importSeconds, double seconds, long peakHeapBytes) {
    }

    /** Imports the mailboxes in {@code dump} (written first if it does not exist), then times threading them. */
    public Result run(Path dump, Path target, int mails) throws IOException {
        if (!Files.exists(dump)) {
            new SyntheticMail(42).write(dump, mails);
        }
        try (CaseFile caseFile = CaseFile.openOrCreate(target, ZoneOffset.UTC, Clock.systemUTC())) {
            long started = System.nanoTime();
            importer.importInto(caseFile, List.of(dump), ChatOptions.DEFAULT, ImportListener.NONE);
            double importing = (System.nanoTime() - started) / 1e9;
            System.gc();
            try (HeapSampler heap = new HeapSampler()) {
                long threading = System.nanoTime();
                int threads = CaseMailThreads.rebuild(caseFile);
                return new Result(mails, threads, importing, (System.nanoTime() - threading) / 1e9, heap.peakBytes());
            }
        }
    }
}
