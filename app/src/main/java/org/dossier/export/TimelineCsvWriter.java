package org.dossier.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dossier.model.Citation;
import org.dossier.model.StoryEvent;

/** The story as a spreadsheet: UTF-8 with a byte-order mark, so Excel shows Chinese; one row an event. */
final class TimelineCsvWriter {
    static final String[] COLUMNS = {"date", "precision", "chapter", "headline", "note", "excerpt", "source_file", "page", "author",
            "sha256", "item_id", "media"};

    private TimelineCsvWriter() {
    }

    static void write(AnnotatedTimeline timeline, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(COLUMNS).get())) {
            for (StoryEvent entry : timeline.events()) {
                Citation citation = entry.citation();
                csv.printRecord(StoryDates.text(entry.event(), timeline.zone()), entry.event().precision().name().toLowerCase(java.util.Locale.ROOT),
                        entry.chapter(), entry.text().headline(), entry.text().note(), entry.event().excerpt(),
                        citation == null ? null : citation.fileName(), citation == null ? null : citation.page(),
                        citation == null ? null : citation.author(), citation == null ? null : citation.sha256(), entry.event().itemId(),
                        entry.text().media());
            }
        }
    }
}
