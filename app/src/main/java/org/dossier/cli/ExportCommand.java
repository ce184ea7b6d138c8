package org.dossier.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dossier.app.Services;
import org.dossier.export.ExportService.MemoFormat;
import org.dossier.export.ExportService.TimelineFormat;
import org.dossier.store.CaseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", description = {
        "Writes the annotated timeline of the story's pinned events: a self-contained HTML page (no request to any",
        "other host), TimelineJS JSON, CSV (UTF-8 with a byte-order mark) or PDF. Each event with its headline, note,",
        "date at its precision, the quoted excerpt and its citation (file, page or author and time, SHA-256).",
        "Or (--what memo, html or pdf) the source memo: the approved claims (every claim with --include-unapproved),",
        "each excerpt in context and cited, the reviews; confidential sources by pseudonym only.",
        "Every export hides what `redact` marked and whatever could identify a confidential source, in its texts and",
        "metadata alike, is read back for them before it is moved into place, and comes with a signed manifest.",
        "Exports are titled with the story's title (--title, kept in the case), never the case file's name."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CaseArgument caseArgument;

    /** What to export. */
    enum What {
        timeline, memo
    }

    @Option(names = "--what", paramLabel = "WHAT", description = "What to export: ${COMPLETION-CANDIDATES}.")
    What what = What.timeline;

    @Option(names = "--format", paramLabel = "FORMAT", required = true, description = "html, timelinejs, csv or pdf (the memo: html or pdf).",
            converter = FormatConverter.class)
    TimelineFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The file to write (replaced if it exists).")
    Path output;

    @Option(names = "--pinned", description = "The story's pinned events (the default, and for now the only choice).")
    boolean pinned = true;

    @Option(names = "--include-unapproved", description = "The memo holds every claim, not only the approved ones, and says so.")
    boolean includeUnapproved;

    @Option(names = "--title", paramLabel = "TITLE", description = "The story's title, kept in the case for every export from now on.")
    String title;

    private final Services services;

    ExportCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        MemoFormat memoFormat = what == What.memo ? memoFormat() : null;
        try (CaseFile caseFile = caseArgument.open()) {
            if (title != null) {
                services.exporter().setStoryTitle(caseFile, title);
            }
            if (what == What.memo) {
                int claims = services.exporter().exportMemo(caseFile, memoFormat, includeUnapproved, output);
                spec.commandLine().getOut().printf("%s: %d %sclaim%s%n", output, claims, includeUnapproved ? "" : "approved ",
                        claims == 1 ? "" : "s");
            } else {
                int events = services.exporter().exportTimeline(caseFile, format, output);
                spec.commandLine().getOut().printf("%s: %d event%s of the story timeline%n", output, events, events == 1 ? "" : "s");
            }
        }
        return 0;
    }

    /** The memo's formats are named as the timeline's. */
    private MemoFormat memoFormat() {
        try {
            return MemoFormat.valueOf(format.name());
        } catch (IllegalArgumentException e) {
            throw new UserError("the source memo is written as html or pdf");
        }
    }

    /** Formats as the command line names them. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<TimelineFormat> {
        @Override
        public TimelineFormat convert(String value) {
            try {
                return TimelineFormat.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("\"" + value + "\" is not a format: html, timelinejs, csv or pdf");
            }
        }
    }
}
