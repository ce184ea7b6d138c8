package org.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.dossier.app.Services;
import org.dossier.ingest.ImportListener;
import org.dossier.ingest.chat.ChatOptions;
import org.dossier.store.CaseFile;

/** A month of a real mailing list (fixtures/mail/MANIFEST.txt: fedora-devel-list, January 2010, 292 mails), imported into a new case. */
public final class FedoraList {
    private static final Path ARCHIVE = Path.of("src/test/resources/fixtures/mail/2010-January.txt.gz");

    private FedoraList() {
    }

    /** The case {@code dir/case.dossier}, with the month's mbox imported from {@code dir/dump}; the caller closes it. */
    public static CaseFile imported(Services services, Path dir) throws IOException {
        Path dump = Files.createDirectories(dir.resolve("dump"));
        try (InputStream gz = new GZIPInputStream(Files.newInputStream(ARCHIVE))) {
            Files.copy(gz, dump.resolve("2010-January.mbox"));
        }
        CaseFile caseFile = TestEngine.newCase(dir.resolve("case.dossier"), ZoneOffset.UTC, services.clock());
        services.intake().importFiles(caseFile, List.of(dump), ChatOptions.DEFAULT, ImportListener.NONE);
        return caseFile;
    }
}
