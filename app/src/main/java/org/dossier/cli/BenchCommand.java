package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.app.Machine;
import org.dossier.app.Services;
import org.dossier.bench.ExtractionBenchmark;
import org.dossier.bench.GraphBenchmark;
import org.dossier.bench.ImportBenchmark;
import org.dossier.bench.LiveChangeBenchmark;
import org.dossier.bench.MailThreadBenchmark;
import org.dossier.bench.OcrBenchmark;
import org.dossier.bench.SearchBenchmark;
import org.dossier.bench.SyntheticChat;
import org.dossier.bench.SyntheticDump;
import org.dossier.bench.SyntheticScans;
import org.dossier.bench.TimelineBenchmark;
import org.dossier.extract.CaseKnowledge;
import org.dossier.extract.ExtractionService;
import org.dossier.model.DateOrder;
import org.dossier.store.CaseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", description = {
        "Measures import throughput against Tika alone on the same files, in the same run, and apart against",
        "the same parser in the process of its own that imports use.",
        "Uses --dump as it is, or first generates a synthetic dump of --files files there."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--dump", paramLabel = "FOLDER", description = "The files to import (generated if the folder does not exist).")
    Path dump;

    @Option(names = "--chat-messages", paramLabel = "N", description = {
            "Measure a chat import instead: a Telegram export of N messages in --dump (generated if missing)."})
    Integer chatMessages;

    @Option(names = "--chat-format", paramLabel = "telegram|lark", description = {
            "With --chat-messages: the export to generate, a Telegram result.json or a page of the Lark message API",
            "(default: ${DEFAULT-VALUE}). Give each format its own --dump."})
    String chatFormat = "telegram";

    @Option(names = "--ocr-pages", paramLabel = "N", description = {
            "Measure OCR instead: N scanned pages in --dump (generated if missing), read by the tesseract command",
            "alone and then imported and read by Dossier, in English and both Chinese scripts."})
    Integer ocrPages;

    @Option(names = "--ocr-import-only", description = {
            "With --ocr-pages: time the import and Dossier's OCR only, without the tesseract command alone first",
            "(for a long run whose import time is the figure wanted)."})
    boolean ocrImportOnly;

    @Option(names = "--mail-threads", paramLabel = "N", description = {
            "Measure e-mail threading instead: N mails in mbox files in --dump (generated if missing), imported, then",
            "gathered into threads."})
    Integer mailThreads;

    @Option(names = "--extraction", description = {
            "Measure extraction instead: characters per second per core, beside Tika's on the same files."})
    boolean extractionToo;

    @Option(names = "--timeline", description = {
            "Time the timeline's range queries on the case given by --case (an hour, a day, a week, a month at",
            "random places; at most 5,000 events each, as a view draws them); with --chat-messages, after its import."})
    boolean timelineToo;

    @Option(names = "--window", description = {
            "Then open the window on the case and measure it as `open --measure` does (needs a display): with",
            "--search and --timeline, every figure issue #27 sets a goal for, in one command."})
    boolean windowToo;

    @Option(names = "--graph", description = {
            "Time the communications graph of the case given by --case: who wrote to whom with everyone's betweenness,",
            "and the layout of the 60 most active people as the window draws them; five runs, the median, and the peak heap."})
    boolean graphToo;

    @Option(names = "--files", paramLabel = "N", description = "How many files to generate (default: ${DEFAULT-VALUE}).")
    int files = 10_000;

    @Option(names = "--case", paramLabel = "CASE", description = "Where to write the case (default: a temporary file).")
    Path caseFile;

    @Option(names = "--team-case", paramLabel = "ADDRESS", description = {
            "With --chat-messages, import into this team case (an empty PostgreSQL database) instead of a file;",
            "with --search or --timeline alone, time that team case."})
    String teamCase;

    @Option(names = "--live-changes", paramLabel = "N", description = {
            "With --team-case: add N claims in one session and time until another session hears of each (p50/p95);",
            "the claims stay in the case."})
    Integer liveChanges;

    @Option(names = "--search", description = {
            "Time searches over the case given by --case, or with --chat-messages after its import (p50/p95),",
            "rare names and codes as well as common words, in English and Chinese."})
    boolean searchToo;

    private final Services services;
    private final UiLauncher launcher;

    BenchCommand(Services services, UiLauncher launcher) {
        this.services = services;
        this.launcher = launcher;
    }

    /** The machine's load when the benchmark began, to print beside its figures. */
    private Machine machine;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        machine = new Machine();
        if (graphToo) {
            if (caseFile == null || !Files.isRegularFile(caseFile)) {
                throw new UserError("--graph needs an existing case given by --case");
            }
            benchGraph(out, caseFile);
            return 0;
        }
        if (liveChanges != null) {
            if (teamCase == null) {
                throw new UserError("--live-changes needs a team case given by --team-case");
            }
            benchLiveChanges(out);
            return 0;
        }
        if ((searchToo || timelineToo || windowToo) && chatMessages == null) {
            if (teamCase == null && (caseFile == null || !Files.isRegularFile(caseFile))) {
                throw new UserError("--search, --timeline and --window need an existing case given by --case or --team-case"
                        + " (or --chat-messages to make one)");
            }
            benchCase(out, teamCase != null ? teamCase : caseFile.toString());
            return 0;
        }
        if (dump == null) {
            throw new UserError("--dump FOLDER is needed: the files to import");
        }
        if (mailThreads != null) {
            MailThreadBenchmark.Result result = new MailThreadBenchmark(services.importer())
                    .run(dump, caseFile != null ? caseFile : temporaryCase(), mailThreads);
            printMachine(out);
            out.printf("%d mails imported in %.1f s, then gathered into %d threads in %.2f s; peak heap %d MB%n", result.mails(),
                    result.importSeconds(), result.threads(), result.seconds(), result.peakHeapBytes() >> 20);
            return 0;
        }
        if (chatMessages != null) {
            return benchChat(out);
        }
        if (ocrPages != null) {
            return benchOcr(out);
        }
        if (!Files.exists(dump)) {
            out.printf("generating %d files in %s …%n", files, dump);
            out.flush();
            long bytes = new SyntheticDump(42).write(dump, files);
            out.printf("generated %.1f MB%n", bytes / 1e6);
        }
        if (extractionToo) {
            return benchExtraction(out);
        }
        Path target = caseFile != null ? caseFile : temporaryCase();
        ImportBenchmark.Result result = benchmark().run(dump, target);
        printMachine(out);
        print(out, "Tika alone", result.tikaAlone());
        print(out, "parser process", result.parserProcessAlone());
        print(out, "Dossier import", result.dossierImport());
        out.printf("parser process alone / Tika-alone throughput: %.2f (what parsing in a process of its own costs by itself)%n",
                result.isolationRatio());
        out.printf("import / Tika-alone throughput: %.2f%n", result.ratio());
        print(out, result.extraction());
        out.printf("import and extraction / Tika-alone throughput: %.2f%n", result.ratioWithExtraction());
        out.printf("peak heap during import and extraction: %d MB%n", result.peakHeapBytes() >> 20);
        out.printf("items: %d documents, %d failures, case file %.1f MB%n", result.summary().documents(),
                result.summary().failures().size(), Files.size(target) / 1e6);
        return 0;
    }

    private int benchOcr(PrintWriter out) throws IOException {
        if (!Files.exists(dump)) {
            out.printf("generating %d scanned pages in %s …%n", ocrPages, dump);
            out.flush();
            new SyntheticScans(42).write(dump, ocrPages);
        }
        String languages = "eng+chi_sim+chi_tra";
        OcrBenchmark.Result result = new OcrBenchmark(services.intake(), Services.defaultWorkers())
                .run(dump, caseFile != null ? caseFile : temporaryCase(), System.getProperty("dossier.tesseract", "tesseract"), languages, !ocrImportOnly);
        printMachine(out);
        out.printf("%d pages, %s, %d workers%n", result.pages(), languages, Services.defaultWorkers());
        if (!ocrImportOnly) {
            out.printf("tesseract alone  %7.1f s: %5.2f pages/s%n", result.aloneSeconds(), result.alonePagesPerSecond());
        }
        out.printf("Dossier's OCR    %7.1f s: %5.2f pages/s (%d pages with text), after an import of %.1f s (searchable by name)%n",
                result.ocrSeconds(), result.dossierPagesPerSecond(), result.pagesRead(), result.importSeconds());
        out.printf("then names and dates in the pages' text: %.1f s%n", result.namesSeconds());
        if (!ocrImportOnly) {
            out.printf("Dossier / tesseract-alone throughput: %.2f%n", result.ratio());
        }
        return 0;
    }

    private int benchExtraction(PrintWriter out) {
        ExtractionService extraction = new ExtractionService(DateOrder.DMY, CaseKnowledge.sample().names());
        ExtractionBenchmark.Result result = new ExtractionBenchmark(services.tika(), extraction).run(ImportBenchmark.filesIn(dump));
        printMachine(out);
        out.printf("%d files, %.1f M characters of text, one core each:%n", result.files(), result.characters() / 1e6);
        out.printf("Tika parsing  %6.1f s: %9.0f characters/s%n", result.tikaSeconds(), result.tikaCharactersPerSecond());
        out.printf("extraction    %6.1f s: %9.0f characters/s%n", result.extractionSeconds(), result.extractionCharactersPerSecond());
        out.printf("extraction / Tika time: %.2f%n", result.ratio());
        return 0;
    }

    private int benchChat(PrintWriter out) throws IOException {
        boolean lark = switch (chatFormat) {
            case "telegram" -> false;
            case "lark" -> true;
            default -> throw new UserError("--chat-format is telegram or lark, not " + chatFormat);
        };
        Path export = dump.resolve(lark ? "lark-messages.json" : "result.json");
        if (!Files.exists(export)) {
            out.printf("generating a %s export of %d messages in %s …%n", lark ? "Lark" : "Telegram", chatMessages, export);
            out.flush();
            if (lark) {
                new SyntheticChat(42).writeLark(export, chatMessages);
            } else {
                new SyntheticChat(42).write(export, chatMessages);
            }
        }
        out.printf("export: %.1f MB%n", Files.size(export) / 1e6);
        String target = teamCase != null ? teamCase : (caseFile != null ? caseFile : temporaryCase()).toString();
        ImportBenchmark.ChatResult result = benchmark().runChat(dump, target);
        printMachine(out);
        out.printf("chat import: %d messages in %.1f s: %.0f messages/s%n", result.messages(), result.seconds(),
                result.messagesPerSecond());
        print(out, result.extraction());
        out.printf("peak heap during import and extraction: %d MB%s%n", result.peakHeapBytes() >> 20,
                teamCase != null ? "" : String.format("; case file %.1f MB", Files.size(Path.of(target)) / 1e6));
        benchCase(out, target);
        return 0;
    }

    /** What --search, --timeline and --window ask of a case, in that order. */
    private void benchCase(PrintWriter out, String target) {
        if (searchToo) {
            benchSearch(out, target);
        }
        if (timelineToo) {
            benchTimeline(out, target);
        }
        if (searchToo || timelineToo) {
            printMachine(out);
        }
        if (windowToo) {
            out.flush();
            launcher.open(target, false, true);
        }
    }

    private void benchLiveChanges(PrintWriter out) {
        try {
            LiveChangeBenchmark.Latencies heard = new LiveChangeBenchmark().run(teamCase, liveChanges);
            printMachine(out);
            out.printf("a change heard in another session: %d changes, p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", heard.changes(),
                    heard.p50(), heard.p95(), heard.max());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void benchGraph(PrintWriter out, Path target) {
        try (CaseFile opened = CaseFile.open(target)) {
            var stats = services.reading().stats(opened);
            GraphBenchmark.Result result = new GraphBenchmark(services.graph()).run(opened, 5, 60);
            printMachine(out);
            out.printf("graph over %,d messages and %,d documents: %,d people, %,d links%n", stats.messages(), stats.documents(),
                    result.people(), result.links());
            out.printf("read with betweenness: median %.2f s (runs: %s); layout of the 60 most active: median %.3f s; peak heap %d MB%n",
                    result.medianRead(), result.readSeconds().stream().map(seconds -> String.format("%.2f", seconds)).toList(),
                    result.medianLayout(), result.peakHeapBytes() >> 20);
        }
    }

    private void benchTimeline(PrintWriter out, String target) {
        try (CaseFile opened = CaseFile.open(target)) {
            var stats = services.reading().stats(opened);
            out.printf("timeline over %,d messages, %,d documents and %,d mentions%n", stats.messages(), stats.documents(), stats.mentions());
            TimelineBenchmark benchmark = new TimelineBenchmark(services.timeline(), services.entities());
            for (TimelineBenchmark.Latencies run : benchmark.run(opened, 50, 5000)) {
                out.printf("timeline window %-8s %3d queries: p50 %6.1f ms, p95 %6.1f ms, max %6.1f ms, %,d events each on average%n",
                        run.window(), run.queries(), run.p50(), run.p95(), run.max(), run.events());
            }
            // As the view reads after a change of filter: what it draws one by one, else density.
            for (TimelineBenchmark.FilterChange change : benchmark.filterChanges(opened, 3000, 240, 7)) {
                out.printf("timeline filter change, whole case, %s: p50 %.0f ms, max %.0f ms%s%n", change.filter(), change.p50(),
                        change.max(), change.density() ? " (drawn as density)" : "");
            }
        }
    }

    private void benchSearch(PrintWriter out, String target) {
        SearchBenchmark benchmark = new SearchBenchmark(services.search());
        try (CaseFile opened = CaseFile.open(target)) {
            List<SearchBenchmark.Latencies> runs = List.of(
                    benchmark.run(opened, "English, rare (names, codes)", List.of(SyntheticChat.person(7), SyntheticChat.person(301),
                            "INV-4821", "\"" + SyntheticChat.person(42) + "\" invoice", "Nair"), 20),
                    benchmark.run(opened, "English, common words", List.of("suspended", "account review", "tidewater"), 20),
                    benchmark.run(opened, "Chinese, rare (names)", List.of(SyntheticChat.personZh(7), SyntheticChat.personZh(301),
                            "欧阳", "抄送" + SyntheticChat.personZh(42)), 20),
                    benchmark.run(opened, "Chinese, common words", List.of("训练", "账号 被封", "模型评测"), 20));
            for (SearchBenchmark.Latencies run : runs) {
                out.printf("search %-30s %4d queries: p50 %6.1f ms, p95 %6.1f ms, max %6.1f ms%n", run.label(),
                        run.queries(), run.p50(), run.p95(), run.max());
            }
        }
    }

    /** A case file for one run, removed (with SQLite's WAL and index files) when the command exits. */
    private static Path temporaryCase() throws IOException {
        Path file = Files.createTempFile("dossier-bench-", ".dossier");
        for (String suffix : List.of("", "-wal", "-shm")) {
            Path.of(file + suffix).toFile().deleteOnExit();
        }
        return file;
    }

    private ImportBenchmark benchmark() {
        int threads = Services.defaultWorkers();
        return new ImportBenchmark(services.tika(), () -> Services.parserProcess(threads), Services.mediaTypeDetector(),
                services.intake(), services.clock(), threads);
    }

    private void printMachine(PrintWriter out) {
        out.println(machine.describe());
    }

    private static void print(PrintWriter out, ImportBenchmark.Extraction extraction) {
        out.printf("extraction pass %,d items, %,d mentions in %.1f s: %.0f items/s%n", extraction.items(), extraction.mentions(),
                extraction.seconds(), extraction.itemsPerSecond());
    }

    private static void print(PrintWriter out, String label, ImportBenchmark.Pass pass) {
        out.printf("%-15s %6d files %8.1f MB in %6.1f s: %7.1f files/s %6.2f MB/s%n", label, pass.files(),
                pass.bytes() / 1e6, pass.seconds(), pass.filesPerSecond(), pass.megabytesPerSecond());
    }
}
