package org.dossier.ingest.tika;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.dossier.model.Timestamp;

/**
 * The senders' own UTC offsets of the e-mails in a file. Tika reads each {@code Date:} header
 * into a UTC instant and drops the header, losing the zone the sender wrote in. This reads the
 * headers again; an offset is used only for a message whose instant it reproduces exactly, so a
 * quoted "Date:" line in a body can never be mistaken for a header.
 */
final class MailDateOffsets {
    private static final String DATE_HEADER = "date:";

    private final Map<Instant, ZoneId> offsets;

    private MailDateOffsets(Map<Instant, ZoneId> offsets) {
        this.offsets = offsets;
    }

    static MailDateOffsets scan(Path file) {
        Map<Instant, ZoneId> offsets = new HashMap<>();
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.regionMatches(true, 0, DATE_HEADER, 0, DATE_HEADER.length())) {
                    Timestamp time = TikaTimes.parseMailHeader(line.substring(DATE_HEADER.length()));
                    if (time != null) {
                        offsets.putIfAbsent(time.instant(), time.zone());
                    }
                }
            }
        } catch (IOException e) {
            return new MailDateOffsets(Map.of());
        }
        return new MailDateOffsets(offsets);
    }

    /** The same instant in its sender's zone, or as it was when no header reproduces it. */
    Timestamp inSendersZone(Timestamp parsed) {
        if (parsed == null) {
            return null;
        }
        ZoneId zone = offsets.get(parsed.instant());
        return zone == null ? parsed : new Timestamp(parsed.instant(), zone, false);
    }
}
