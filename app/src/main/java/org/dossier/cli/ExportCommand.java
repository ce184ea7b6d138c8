package org.dossier.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dossier.app.Services;
import org.dossier.export.ExportService.TimelineFormat;
import org.dossier.store.CaseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", description = {
        "Writes the annotated timeline of the story's pinned events: a self-contained HTML page (no request to any",
        "other host), TimelineJS JSON, or CSV (UTF-8 with a byte-order mark). Each event with its headline, note,",
        "date at its precision, the quoted excerpt and its citation (file, page or author and time, SHA-256)."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CaseArgument caseArgument;

    /** What to export; the source memo is issue #8's next part. */
    enum What {
        timeline
    }

    @Option(names = "--what", paramLabel = "WHAT", description = "What to export: ${COMPLETION-CANDIDATES}.")
    What what = What.timeline;

    @Option(names = "--format", paramLabel = "FORMAT", required = true, description = "html, timelinejs or csv.",
            converter = FormatConverter.class)
    TimelineFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The file to write (replaced if it exists).")
    Path output;

    @Option(names = "--pinned", description = "The story's pinned events (the default, and for now the only choice).")
    boolean pinned = true;

    private final Services services;

    ExportCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        try (CaseFile caseFile = caseArgument.open()) {
            int events = services.exporter().exportTimeline(caseFile, format, output);
            spec.commandLine().getOut().printf("%s: %d events of the story timeline%n", output, events);
        }
        return 0;
    }

    /** Formats as the command line names them. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<TimelineFormat> {
        @Override
        public TimelineFormat convert(String value) {
            try {
                return TimelineFormat.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("\"" + value + "\" is not a format: html, timelinejs or csv");
            }
        }
    }
}
