package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.dossier.ingest.tika.TikaDocumentParser;
import org.dossier.model.ParsedFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;

class ForkedParserTest {
    private static final ZoneId ZONE = ZoneOffset.UTC;

    @TempDir
    Path dir;
    /** Long enough that no honest parse reaches it on a loaded machine; only the file built to hang does. */
    private static final Duration HANG_LIMIT = Duration.ofSeconds(20);
    private final ForkedParser forked = new ForkedParser(MisbehavingParsers.class, HANG_LIMIT, 96, 2);

    @AfterEach
    void stopProcesses() {
        forked.close();
    }

    private Path file(String name) throws Exception {
        return Files.writeString(dir.resolve(name), "Northgate resells Lumina API access.");
    }

    @Test
    void aParserProcessGivesTheSameResultAsParsingInHere() throws Exception {
        Path mail = ImportFixture.fixture("testEmailWithPNGAtt.eml");
        ParsedFile here = new TikaDocumentParser().parse(mail, "testEmailWithPNGAtt.eml", ZONE);
        ParsedFile there = forked.parse(mail, "testEmailWithPNGAtt.eml", ZONE);
        assertEquals(here, there);
    }

    @Test
    void aParserThatHangsIsStoppedAndTheNextFileIsParsed() throws Exception {
        ParsedFile hung = forked.parse(file("hang.txt"), "hang.txt", ZONE);
        assertEquals("stopped: parsing took longer than 20 s (the file may be built to make parsers hang)", hung.failure());
        ParsedFile next = forked.parse(file("fine.txt"), "fine.txt", ZONE);
        assertEquals("Northgate resells Lumina API access.", next.items().get(0).text());
    }

    @Test
    void aParserThatExhaustsItsHeapFailsAloneWithTheReason() throws Exception {
        ParsedFile greedy = forked.parse(file("greedy.txt"), "greedy.txt", ZONE);
        assertEquals("too large to parse: the parser ran out of its 96 MB", greedy.failure());
        assertTrue(forked.parse(file("fine.txt"), "fine.txt", ZONE).failure() == null);
    }

    @Test
    void aParserThatKillsItsJvmIsReportedAsACrash() throws Exception {
        assertEquals("the parser crashed on this file (exit code 7)", forked.parse(file("crash.txt"), "crash.txt", ZONE).failure());
        assertTrue(forked.parse(file("fine.txt"), "fine.txt", ZONE).failure() == null);
    }

    /**
     * A file in the process when another kills it, or hangs it, is not blamed: both are parsed
     * again alone, the innocent one succeeds, and only the culprit is reported.
     */
    @ParameterizedTest
    @CsvSource({
        "crash.txt, the parser crashed on this file (exit code 7)",
        "hang.txt, stopped: parsing took longer than 20 s (the file may be built to make parsers hang)"
    })
    void aFileInTheProcessWhenAnotherBreaksItIsParsedAgainAlone(String culprit, String reason) throws Exception {
        Path innocent = file("first-stuck.txt");
        CompletableFuture<ParsedFile> innocentParsed = CompletableFuture.supplyAsync(
                () -> forked.parse(innocent, "first-stuck.txt", ZONE));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> Files.exists(dir.resolve("first-stuck.txt.started")));

        assertEquals(reason, forked.parse(file(culprit), culprit, ZONE).failure());
        assertEquals("Northgate resells Lumina API access.", innocentParsed.get(120, TimeUnit.SECONDS).items().get(0).text());
    }

    @Test
    void filesAreParsedAtOnceInOneProcess() throws Exception {
        String before = processParsing("whoami-before.txt");
        Path stuck = file("first-stuck.txt");
        CompletableFuture.runAsync(() -> forked.parse(stuck, "first-stuck.txt", ZONE));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> Files.exists(dir.resolve("first-stuck.txt.started")));

        assertEquals(before, processParsing("whoami-beside.txt"),
                "parsed beside the stuck file by the same process, not by a new one after a time-out");
    }

    /** The id of the process that parses a file of this name. */
    private String processParsing(String name) throws Exception {
        assertEquals("Northgate resells Lumina API access.", forked.parse(file(name), name, ZONE).items().get(0).text());
        return Files.readString(dir.resolve(name + ".pid"));
    }
}
