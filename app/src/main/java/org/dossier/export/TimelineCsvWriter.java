package org.dossier.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The story as a spreadsheet: UTF-8 with a byte-order mark, so Excel shows Chinese; one row an
 * event. A cell that a spreadsheet would run as a formula ("=HYPERLINK(…)" in a headline or an
 * excerpt) is written as text, behind an apostrophe.
 */
final class TimelineCsvWriter {
    static final String[] COLUMNS = {"date", "precision", "chapter", "headline", "note", "excerpt", "source_file", "page", "author",
            "fingerprint", "item_id", "media"};

    private TimelineCsvWriter() {
    }

    static void write(AnnotatedTimeline timeline, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(COLUMNS).get())) {
            for (AnnotatedTimeline.Event event : timeline.events()) {
                CitationLine citation = event.citation();
                AnnotatedTimeline.Media media = event.media();
                csv.printRecord(Stream.of(event.dateWithheld() ? StoryDates.WITHHELD : StoryDates.text(event.start(), event.precision(), timeline.zone()),
                        event.dateWithheld() ? "withheld" : event.precision().name().toLowerCase(Locale.ROOT), event.chapter(), event.headline(), event.note(), event.excerpt(),
                        citation == null ? null : citation.source(), citation == null ? null : citation.page(),
                        citation == null ? null : citation.author(), citation == null || citation.fingerprint() == null ? null : citation.fingerprint().whole(), event.itemId(),
                        media.link() != null ? media.link() : media.picture() != null ? "(picture)" : media.fileName())
                        .map(TimelineCsvWriter::inert));
            }
        }
    }

    private static Object inert(Object cell) {
        return cell instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : cell;
    }
}
