package org.dossier;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.dossier.app.Services;
import org.dossier.ingest.ImportListener;
import org.dossier.store.CaseFile;
import org.dossier.timeline.TimelineService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Tests on the sample case as a new user gets it (its story and draft included), imported once per test class. */
public abstract class OnTheSampleCase {
    @TempDir
    protected static Path home;
    protected static Services services;
    protected static CaseFile sample;
    protected final TimelineService timeline = new TimelineService();

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
