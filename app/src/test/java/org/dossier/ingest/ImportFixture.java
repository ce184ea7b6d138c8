package org.dossier.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dossier.TestEngine;
import org.dossier.ingest.tika.TikaDocumentParser;
import org.dossier.ingest.tika.TikaMediaTypeDetector;
import org.dossier.model.ImportSummary;
import org.dossier.store.CaseFile;

/** Real parser, real cases on the engine under test, their evidence in a temporary folder. */
final class ImportFixture {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2023-12-15T12:00:00Z"), ZoneOffset.UTC);
    private static final TikaDocumentParser PARSER = new TikaDocumentParser();
    private static final TikaMediaTypeDetector DETECTOR = new TikaMediaTypeDetector();

    private ImportFixture() {
    }

    static ImportService service() {
        return new ImportService(PARSER, DETECTOR, CLOCK, 2);
    }

    /** A new case on the engine under test ({@link TestEngine}), read afterwards by its file's name. */
    static CaseFile newCase(Path file) {
        return TestEngine.newCase(file, ZoneOffset.UTC, CLOCK);
    }

    static ImportSummary importInto(CaseFile caseFile, Path... roots) {
        return service().importInto(caseFile, List.of(roots), ImportListener.NONE);
    }

    static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** A ZIP of name/content pairs; content is a String or a byte[]. */
    static Path zip(Path file, Object... namesAndContents) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) namesAndContents[i]));
                Object content = namesAndContents[i + 1];
                zip.write(content instanceof byte[] bytes ? bytes : ((String) content).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    static Path fixture(String name) {
        try {
            return Path.of(ImportFixture.class.getResource("/fixtures/documents/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(Path caseFile, String sql) throws SQLException {
        try (Connection connection = TestEngine.connect(caseFile);
             Statement statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static String text(Path caseFile, String sql) throws SQLException {
        try (Connection connection = TestEngine.connect(caseFile);
             Statement statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    /** Every value of the query's first column. */
    static java.util.Set<String> strings(Path caseFile, String sql) throws SQLException {
        java.util.Set<String> found = new java.util.TreeSet<>();
        try (Connection connection = TestEngine.connect(caseFile);
             Statement statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                found.add(rows.getString(1));
            }
        }
        return found;
    }

    /**
     * Every regular file below the dump, hidden ones and those in hidden folders included, as the
     * file system lists it, is in the case: recorded where it was found, or reported with a reason.
     */
    static void assertEveryFileIsRecordedOrReported(Path caseFile, Path dump) throws IOException, SQLException {
        java.util.Set<String> listed = new java.util.TreeSet<>();
        try (java.util.stream.Stream<Path> files = Files.walk(dump)) {
            files.filter(file -> Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .forEach(file -> listed.add(file.toAbsolutePath().toString()));
        }
        java.util.Set<String> recorded = strings(caseFile, "SELECT path FROM source_locations WHERE parent_location_id IS NULL "
                + "UNION SELECT path FROM import_failures WHERE instr(path, '!') = 0");
        listed.removeAll(recorded);
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Set.of(), listed, "files neither imported nor reported");
    }
}
