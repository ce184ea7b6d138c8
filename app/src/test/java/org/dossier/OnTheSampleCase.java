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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests on the sample case as a new user gets it (its story and draft included). The sample is
 * imported once per test class; each test gets its own copy of the case, on the engine under test
 * ({@link TestEngine}), so nothing one test marks, approves or redacts is seen by another. The originals are shared: a test that changes one
 * puts it back.
 */
public abstract class OnTheSampleCase {
    @TempDir
    protected static Path home;
    protected static Services services;
    private static Path imported;
    @TempDir
    Path ownCase;
    protected CaseFile sample;
    protected final TimelineService timeline = new TimelineService();

    @BeforeAll
    static void importSample() {
        services = Services.create(home, Clock.fixed(Instant.parse("2024-01-08T09:00:00Z"), ZoneOffset.UTC), 2);
        services.sampleCase().open(ImportListener.NONE).close();
        imported = services.sampleCase().caseFile();
    }

    @BeforeEach
    void openOwnCopy() {
        sample = TestEngine.copyOf(imported, ownCase.resolve("sample.dossier"));
    }

    @AfterEach
    void closeOwnCopy() {
        sample.close();
    }

    @AfterAll
    static void close() {
        services.close();
    }
}
