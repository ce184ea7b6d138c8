package org.dossier.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.dossier.attribution.AttributionService;
import org.dossier.attribution.RightOfReplyService;
import org.dossier.export.ExportService;
import org.dossier.extract.CaseKnowledge;
import org.dossier.extract.EntityService;
import org.dossier.graph.GraphService;
import org.dossier.graph.PeopleService;
import org.dossier.ingest.CaseOcr;
import org.dossier.ingest.DocumentParser;
import org.dossier.ingest.ForkedParser;
import org.dossier.ingest.ImportService;
import org.dossier.ingest.MediaTypeDetector;
import org.dossier.ingest.OriginalsVerifier;
import org.dossier.ingest.SampleCase;
import org.dossier.ingest.tika.TikaDocumentParser;
import org.dossier.ingest.tika.TikaMediaTypeDetector;
import org.dossier.intake.IntakeService;
import org.dossier.reading.ReadingService;
import org.dossier.search.SearchService;
import org.dossier.timeline.TimelineService;

/**
 * Every service Dossier's front ends use, wired by hand in this one place. The command line and
 * the window get the same services, so they behave the same. Closing stops the parser processes.
 *
 * @param tika the parser in this JVM, for measuring Tika alone; imports parse in separate processes
 */
public record Services(Clock clock, Path home, DocumentParser tika, ForkedParser parsers, ImportService importer,
                       IntakeService intake, SearchService search, ReadingService reading, EntityService entities,
                       TimelineService timeline, OriginalsVerifier verifier, SampleCase sampleCase, AttributionService attribution,
                       ExportService exporter, RightOfReplyService rightOfReply, GraphService graph,
                       PeopleService people)
        implements AutoCloseable {

    /** How long one file may take to parse: {@code -Ddossier.parseSeconds}, default 120. */
    public static final Duration PARSE_TIME_LIMIT = Duration.ofSeconds(Long.getLong("dossier.parseSeconds", 120));
    /** The heap of the parser process: {@code -Ddossier.parserHeapMb}, default 1024. */
    public static final int PARSER_HEAP_MB = Integer.getInteger("dossier.parserHeapMb", 1024);

    /** The parse workers: one per core, since parsing is the CPU-bound stage. */
    public static int defaultWorkers() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** A parser process (started with the first file) as imports use it: Tika, its time limit and heap, {@code workers} files at once. */
    public static ForkedParser parserProcess(int workers) {
        return new ForkedParser(TikaDocumentParser.class, PARSE_TIME_LIMIT, PARSER_HEAP_MB, workers);
    }

    /** How imports name a file's format before parsing it. */
    public static MediaTypeDetector mediaTypeDetector() {
        return new TikaMediaTypeDetector();
    }

    public static Services create(Path home, Clock clock, int workers) {
        ForkedParser parsers = parserProcess(workers);
        ImportService importer = new ImportService(parsers, mediaTypeDetector(), clock, workers * ForkedParser.IN_FLIGHT_PER_THREAD);
        IntakeService intake = new IntakeService(importer, new CaseOcr(workers));
        AttributionService attribution = new AttributionService(clock);
        TimelineService timeline = new TimelineService();
        // The sample shows the story's work done: its timeline pinned, its draft sourced and reviewed.
        SampleCase sample = new SampleCase(home, importer, clock, CaseKnowledge.sample().watchList(), caseFile -> {
            intake.catchUp(caseFile, (done, of) -> { });
            SampleStory.pin(caseFile, timeline);
            SampleDraft.write(caseFile, attribution, timeline);
        });
        OriginalsVerifier originals = new OriginalsVerifier();
        RightOfReplyService rightOfReply = new RightOfReplyService(clock, attribution);
        GraphService graph = new GraphService();
        PeopleService people = new PeopleService(clock);
        return new Services(clock, home, new TikaDocumentParser(), parsers, importer, intake, new SearchService(),
                new ReadingService(clock), new EntityService(), timeline, originals, sample, attribution,
                new ExportService(clock, attribution, rightOfReply, originals, graph, people), rightOfReply, graph, people);
    }

    /** The user's Dossier folder: {@code -Ddossier.home}, or ~/.dossier. */
    public static Path defaultHome() {
        String configured = System.getProperty("dossier.home");
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".dossier");
    }

    @Override
    public void close() {
        parsers.close();
    }
}
