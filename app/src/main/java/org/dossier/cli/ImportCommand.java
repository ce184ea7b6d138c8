package org.dossier.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.app.Services;
import org.dossier.extract.CaseExtraction;
import org.dossier.ingest.CaseOcr;
import org.dossier.ingest.ImportListener;
import org.dossier.ingest.chat.ChatLogMapping;
import org.dossier.ingest.chat.ChatOptions;
import org.dossier.intake.IntakeService;
import org.dossier.model.DateOrder;
import org.dossier.model.FileFailure;
import org.dossier.model.ImportSummary;
import org.dossier.store.CaseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", description = {
        "Imports files, folders and archives into a case, creating the case if needed.",
        "Originals are only read. Files already in the case are skipped, so running it again resumes.",
        "Then names and dates are extracted from what came in (and from anything an earlier run left)."})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "The case file (.dossier), or a team case's address "
            + "(postgresql://host:port/database); created if missing.")
    String caseFile;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH", description = "Files, folders or archives to import.")
    List<Path> paths;

    @Option(names = "--json", description = "Print the summary as one JSON object.")
    boolean json;

    @Option(names = "--progress", description = "Print progress to the error stream a line at a time (for scripts), "
            + "as: progress FILES_DONE FILES_FOUND BYTES_DONE, then: extracting ITEMS_DONE ITEMS.")
    boolean progressLines;

    @Option(names = "--zone", paramLabel = "ZONE", description = {
            "Time zone of a new case, e.g. Asia/Shanghai (default: this machine's).",
            "Chat exports that carry no zone (WhatsApp) are read in the case's zone."})
    ZoneId zone = ZoneId.systemDefault();

    @Option(names = "--date-order", paramLabel = "ORDER", description = {
            "How this case's evidence writes dates like 03/04/23: DMY, MDY or YMD. Kept as the case's setting for",
            "dates found in text (default DMY); WhatsApp files without it are decided from their own dates."})
    DateOrder dateOrder;

    @Option(names = "--map", paramLabel = "FIELD=COLUMN,...", description = {
            "Read CSV and JSON Lines files with these columns as chat logs,",
            "e.g. time=Date,author=From,text=Body[,conversation=Channel][,id=MessageId]."})
    String map;

    @Option(names = "--time-format", paramLabel = "PATTERN", description = {
            "The chat log's time format as a java.time pattern, e.g. \"dd.MM.yyyy HH:mm\" (default: ISO-8601 or epoch seconds)."})
    String timeFormat;

    private final Services services;

    ImportCommand(Services services) {
        this.services = services;
    }

    record FailedJson(String path, String reason) {
    }

    record SummaryJson(long files, long documents, long messages, long skippedDuplicates, List<FailedJson> failed,
                       boolean cancelled, long itemsExtracted, long mentionsFound, Long picturesRead, String ocrProblem) {
    }

    @Override
    public Integer call() {
        for (Path path : paths) {
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                throw new UserError("no such file or folder: " + path);
            }
        }
        ChatOptions chatOptions = chatOptions();
        PrintWriter out = spec.commandLine().getOut();
        long started = System.nanoTime();
        IntakeService.Result result;
        try (CaseFile opened = CaseFile.openOrCreate(caseFile, zone, services.clock())) {
            if (dateOrder != null) {
                services.intake().setDateOrder(opened, dateOrder);
            }
            result = services.intake().importThenExtract(opened, paths, chatOptions, progressListener(), extractionProgress(),
                    ocrProgress());
        }
        ImportSummary summary = result.imported();
        CaseExtraction.Counts extracted = result.extracted();
        Duration importing = result.importing();
        if (json) {
            out.println(Json.write(new SummaryJson(summary.files(), summary.documents(), summary.messages(),
                    summary.skippedDuplicates(),
                    summary.failures().stream().map(f -> new FailedJson(f.path(), f.reason())).toList(),
                    summary.cancelled(), extracted.items(), extracted.mentions(),
                    result.ocr() == null ? null : result.ocr().pagesRead(), result.ocrProblem())));
        } else {
            printText(out, summary, importing);
            out.printf("Extracted names and dates from %d items (%d mentions) in %.1f s%n", extracted.items(),
                    extracted.mentions(), (System.nanoTime() - started - importing.toNanos()) / 1e9);
            OcrCommand.printResult(out, result.ocr(), result.ocrProblem());
        }
        return 0;
    }

    private CaseOcr.Progress ocrProgress() {
        return progressLines ? (done, of) -> progressLine("ocr", done, of) : json ? (done, of) -> { }
                : ConsoleProgress.ocr(spec.commandLine().getErr());
    }

    private CaseExtraction.Progress extractionProgress() {
        return progressLines ? (done, of) -> progressLine("extracting", done, of) : json ? (done, of) -> { }
                : ConsoleProgress.extraction(spec.commandLine().getErr());
    }

    /** A pass's progress as a line for a program to read ("extracting 40 100"). */
    private void progressLine(String pass, long done, long of) {
        PrintWriter err = spec.commandLine().getErr();
        err.printf("%s %d %d%n", pass, done, of);
        err.flush();
    }

    private ImportListener progressListener() {
        if (progressLines) {
            PrintWriter err = spec.commandLine().getErr();
            return progress -> {
                err.printf("progress %d %d %d%n", progress.filesDone(), progress.filesFound(), progress.bytesDone());
                err.flush();
            };
        }
        return json ? ImportListener.NONE : new ConsoleProgress(spec);
    }

    private ChatOptions chatOptions() {
        if (map == null && timeFormat != null) {
            throw new UserError("--time-format goes with --map");
        }
        try {
            return new ChatOptions(dateOrder, map == null ? null : ChatLogMapping.parse(map, timeFormat));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    private void printText(PrintWriter out, ImportSummary summary, Duration took) {
        long failedFiles = summary.files() - summary.imported() - summary.skippedDuplicates();
        out.printf("Imported into %s in %.1f s%n", caseFile, took.toMillis() / 1000.0);
        out.printf("  files       %d  (new %d, already in the case %d, failed %d)%n",
                summary.files(), summary.imported(), summary.skippedDuplicates(), failedFiles);
        out.printf("  documents   %d%n", summary.documents());
        out.printf("  messages    %d%n", summary.messages());
        if (!summary.failures().isEmpty()) {
            out.printf("Could not be read (%d):%n", summary.failures().size());
            for (FileFailure failure : summary.failures()) {
                out.printf("  %s%n      %s%n", failure.path(), failure.reason());
            }
        }
    }
}
