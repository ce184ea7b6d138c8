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
import org.dossier.extract.CaseExtraction;
import org.dossier.model.ImportSummary;
import org.dossier.store.CaseFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import, or the extraction behind it, killed with SIGKILL part-way leaves a sound case that the next run completes. */
class CrashRecoveryTest {
    private static final int FILES = 1500;

    @TempDir
    Path dir;

    @Test
    void killingTheImportMidRunLosesNothingAndDuplicatesNothing() throws Exception {
        Path dump = notes(FILES, i -> "Note number " + i + " about the account.");
        Path caseFile = dir.resolve("case.dossier");
        importKilledAfter(caseFile, dump, "progress ", 100);

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

    @Test
    void killingTheExtractionBehindAnImportLosesNoNameAndFindsNoneTwice() throws Exception {
        int notes = 3500; // four batches of extraction
        Path dump = notes(notes, i -> "Note " + i + ", written on 3 March 2023.");
        Path caseFile = dir.resolve("case.dossier");
        importKilledAfter(caseFile, dump, "extracting ", 1000);

        long found = count(caseFile, "SELECT count(*) FROM mentions");
        assertTrue(found >= 1000 && found < notes, "the kill landed after a batch was committed, before the last: " + found);
        try (CaseFile opened = CaseFile.open(caseFile)) {
            assertEquals("ok", opened.integrityCheck());
            CaseExtraction.Counts rest = CaseExtraction.catchUp(opened, (done, of) -> { });
            assertEquals(notes - found, rest.items(), "the next pass reads only what was left");
        }
        assertEquals(notes, count(caseFile, "SELECT count(*) FROM mentions WHERE type = 'DATE' AND date_value = '2023-03-03'"));
        assertEquals(notes, count(caseFile, "SELECT count(DISTINCT item_id) FROM mentions"));
    }

    private Path notes(int count, java.util.function.IntFunction<String> text) throws java.io.IOException {
        Path dump = Files.createDirectories(dir.resolve("dump"));
        for (int i = 0; i < count; i++) {
            Files.writeString(dump.resolve(String.format("note-%04d.txt", i)), text.apply(i));
        }
        return dump;
    }

    /** Runs `dossier import` in its own process and kills it (SIGKILL: no shutdown hook, no last commit) once it reports this far. */
    private static void importKilledAfter(Path caseFile, Path dump, String progressPrefix, long done) throws Exception {
        Process importer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Dossier.class.getName(),
                "import", caseFile.toString(), dump.toString(), "--progress", "--json")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        awaitProgress(importer, progressPrefix, done);
        importer.destroyForcibly();
        importer.waitFor();
    }

    /** Reads the process's progress lines until one with this prefix counts at least {@code done}. */
    private static void awaitProgress(Process process, String prefix, long done) throws java.io.IOException {
        try (BufferedReader progress = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = progress.readLine()) != null; ) {
                if (line.startsWith(prefix) && Long.parseLong(line.substring(prefix.length()).split(" ")[0]) >= done) {
                    return;
                }
            }
        }
        throw new AssertionError("the process ended before " + prefix + done);
    }
}
