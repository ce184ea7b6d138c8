package org.dossier.ingest;

import static org.dossier.ingest.ImportFixture.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.Dossier;
import org.dossier.model.ImportSummary;
import org.dossier.store.CaseFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import process killed with SIGKILL part-way leaves a sound case that the next import completes. */
class CrashRecoveryTest {
    private static final int FILES = 1500;

    @TempDir
    Path dir;

    @Test
    void killingTheImportMidRunLosesNothingAndDuplicatesNothing() throws Exception {
        Path dump = Files.createDirectories(dir.resolve("dump"));
        for (int i = 0; i < FILES; i++) {
            Files.writeString(dump.resolve(String.format("note-%04d.txt", i)), "Note number " + i + " about the account.");
        }
        Path caseFile = dir.resolve("case.dossier");
        Process importer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Dossier.class.getName(),
                "import", caseFile.toString(), dump.toString(), "--progress", "--json")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader progress = new BufferedReader(new InputStreamReader(importer.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = progress.readLine()) != null; ) {
                if (line.startsWith("progress ") && Long.parseLong(line.split(" ")[1]) >= 100) {
                    break;
                }
            }
        }
        importer.destroyForcibly(); // SIGKILL: no shutdown hook, no last commit
        importer.waitFor();

        long survived = count(caseFile, "SELECT count(*) FROM items");
        assertTrue(survived < FILES, "the kill landed mid-run: " + survived + " of " + FILES);
        try (CaseFile opened = CaseFile.open(caseFile)) {
            assertEquals("ok", opened.integrityCheck());
            ImportSummary resumed = ImportFixture.importInto(opened, dump);
            assertEquals(FILES, resumed.files());
            assertEquals(FILES - survived, resumed.imported(), "the next import does only what was left");
        }
        assertEquals(FILES, count(caseFile, "SELECT count(*) FROM items"));
        assertEquals(FILES, count(caseFile, "SELECT count(DISTINCT source_id) FROM items"));
        assertEquals(FILES, count(caseFile, "SELECT count(*) FROM source_locations"));
        assertEquals(1, count(caseFile, "SELECT count(*) FROM import_runs WHERE status = 'interrupted'"));
    }
}
