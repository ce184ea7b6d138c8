package org.dossier.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.dossier.extract.ExtractionService;
import org.dossier.ingest.DocumentParser;
import org.dossier.model.NewItem;
import org.dossier.model.ParsedFile;

/**
 * Extraction's cost beside Tika's, on one core each and on the same files: Tika parses a file, and
 * the texts it gives are extracted, each step timed alone. The figures are characters of text per
 * second per core; an import runs both on every core, so their ratio is what decides whether
 * extraction slows an import down.
 */
public final class ExtractionBenchmark {
    private final DocumentParser parser;
    private final ExtractionService extraction;

    public ExtractionBenchmark(DocumentParser parser, ExtractionService extraction) {
        this.parser = parser;
        this.extraction = extraction;
    }

    /** Characters, and the seconds Tika and extraction each took for them. */
    public record Result(long files, long characters, double tikaSeconds, double extractionSeconds) {
        public double tikaCharactersPerSecond() {
            return characters / tikaSeconds;
        }

        public double extractionCharactersPerSecond() {
            return characters / extractionSeconds;
        }

        /** Extraction's time over Tika's: below 1, Tika is the slower stage. */
        public double ratio() {
            return extractionSeconds / tikaSeconds;
        }
    }

    public Result run(List<Path> files) {
        measure(files.subList(0, Math.min(300, files.size()))); // warm up the JIT for both
        return measure(files);
    }

    private Result measure(List<Path> files) {
        long characters = 0;
        long tikaNanos = 0;
        long extractionNanos = 0;
        LocalDate anchor = LocalDate.of(2023, 12, 15);
        for (Path file : files) {
            long start = System.nanoTime();
            ParsedFile parsed = parser.parse(file, file.getFileName().toString(), ZoneOffset.UTC);
            long parsedAt = System.nanoTime();
            for (NewItem item : parsed.items()) {
                characters += item.text().length();
                extraction.extract(item.text(), anchor);
            }
            extractionNanos += System.nanoTime() - parsedAt;
            tikaNanos += parsedAt - start;
        }
        return new Result(files.size(), characters, tikaNanos / 1e9, extractionNanos / 1e9);
    }
}
