package org.dossier.ingest;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import org.dossier.ingest.tika.TikaDocumentParser;
import org.dossier.model.ParsedFile;

/**
 * Parsers that behave as hostile files make real parsers behave, chosen by the file's name. A file
 * named "first-stuck…" is the exception: it blocks the first time (leaving a ".started" file beside
 * it), and parses the next time, as an innocent file does when another kills the process. A file
 * named "whoami…" parses normally and leaves the parsing process's id in a ".pid" file beside it.
 */
public final class MisbehavingParsers implements DocumentParser {
    private final TikaDocumentParser tika = new TikaDocumentParser();

    @Override
    public ParsedFile parse(Path file, String name, String mediaType, ZoneId assumedZone) {
        if (name.startsWith("hang")) {
            while (true) {
                Thread.onSpinWait();
            }
        }
        if (name.startsWith("greedy")) {
            // All at once, as a decompression bomb asks: a heap filled step by step spends seconds in the collector
            // first, and on a loaded machine that could pass for a hang.
            long[] hoard = new long[Integer.MAX_VALUE / 2];
            return ParsedFile.failed("never reached: " + hoard.length);
        }
        if (name.startsWith("first-stuck")) {
            blockTheFirstTime(file.resolveSibling(name + ".started"));
        }
        if (name.startsWith("whoami")) {
            write(file.resolveSibling(name + ".pid"), String.valueOf(ProcessHandle.current().pid()));
        }
        if (name.startsWith("crash")) {
            Runtime.getRuntime().halt(7);
        }
        return tika.parse(file, name, mediaType, assumedZone);
    }

    private static void blockTheFirstTime(Path started) {
        try {
            Files.createFile(started);
            new CountDownLatch(1).await();
        } catch (FileAlreadyExistsException secondTime) {
            // parse
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
