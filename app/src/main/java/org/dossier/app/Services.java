package org.dossier.app;

import java.nio.file.Path;
import java.time.Clock;
import org.dossier.ingest.DocumentParser;
import org.dossier.ingest.ImportService;
import org.dossier.ingest.OriginalsVerifier;
import org.dossier.ingest.SampleCase;
import org.dossier.ingest.tika.TikaDocumentParser;
import org.dossier.ingest.tika.TikaMediaTypeDetector;
import org.dossier.search.SearchService;

/**
 * Every service Dossier's front ends use, wired by hand in this one place. The command line and
 * the window get the same instances' kind, so they behave the same.
 */
public record Services(Clock clock, Path home, DocumentParser parser, ImportService importer, SearchService search,
                       OriginalsVerifier verifier, SampleCase sampleCase) {

    /** The parse workers: one per core, since parsing is the CPU-bound stage. */
    public static int defaultWorkers() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    public static Services create(Path home, Clock clock, int workers) {
        DocumentParser parser = new TikaDocumentParser();
        ImportService importer = new ImportService(parser, new TikaMediaTypeDetector(), clock, workers);
        return new Services(clock, home, parser, importer, new SearchService(), new OriginalsVerifier(),
                new SampleCase(home, importer, clock));
    }

    /** The user's Dossier folder: {@code -Ddossier.home}, or ~/.dossier. */
    public static Path defaultHome() {
        String configured = System.getProperty("dossier.home");
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".dossier");
    }
}
