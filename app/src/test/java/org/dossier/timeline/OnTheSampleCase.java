package org.dossier.timeline;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.dossier.app.Services;
import org.dossier.ingest.ImportListener;
import org.dossier.store.CaseFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Tests on the sample case as a new user gets it (its story included), imported once per test class. */
abstract class OnTheSampleCase {
    @TempDir
    static Path home;
    static Services services;
    static CaseFile sample;
    final TimelineService timeline = new TimelineService();

    @BeforeAll
    static void openSample() {
        services = Services.create(home, Clock.fixed(Instant.parse("2024-01-08T09:00:00Z"), ZoneOffset.UTC), 2);
        sample = services.sampleCase().open(ImportListener.NONE);
    }

    @AfterAll
    static void close() {
        sample.close();
        services.close();
    }
}
