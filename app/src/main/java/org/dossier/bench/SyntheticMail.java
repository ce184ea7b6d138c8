package org.dossier.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

/**
 * Mailboxes of N mails in threads of one to twelve: most replies name the mail before them in
 * In-Reply-To and References, one in ten names nothing and says "Re:" or "回复:" in its subject.
 * Written as mbox files of at most {@value #PER_FILE} mails (the parse's limit of parts per file).
 */
final class SyntheticMail {
    static final int PER_FILE = 10_000;
    private static final DateTimeFormatter DATE = DateTimeFormatter.RFC_1123_DATE_TIME;
    private static final DateTimeFormatter ENVELOPE = DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.ENGLISH);
    private final Random random;

    SyntheticMail(long seed) {
        random = new Random(seed);
    }

    void write(Path folder, int count) throws IOException {
        Files.createDirectories(folder);
        Instant at = Instant.parse("2023-01-01T08:00:00Z");
        int written = 0;
        int thread = 0;
        BufferedWriter out = null;
        try {
            while (written < count) {
                thread++;
                int size = Math.min(count - written, 1 + random.nextInt(12));
                String subject = "Project " + thread + " budget";
                String first = null;
                String previous = null;
                for (int i = 0; i < size; i++, written++) {
                    if (written % PER_FILE == 0) {
                        if (out != null) {
                            out.close();
                        }
                        out = Files.newBufferedWriter(folder.resolve("mailbox-" + (written / PER_FILE + 1) + ".mbox"), StandardCharsets.UTF_8);
                    }
                    String id = "m" + written + "@example.org";
                    boolean bare = i > 0 && random.nextInt(10) == 0;
                    String from = "person" + random.nextInt(500) + "@example.org";
                    at = at.plusSeconds(60 + random.nextInt(3_600));
                    out.write("From " + from + " " + ENVELOPE.format(at.atZone(ZoneOffset.UTC)) + "\n");
                    out.write("From: " + from + "\nTo: person" + (thread % 500) + "@example.org\n");
                    out.write("Subject: " + (i == 0 ? "" : bare && random.nextBoolean() ? "回复：" : "Re: ") + subject + "\n");
                    out.write("Date: " + DATE.format(at.atZone(ZoneOffset.UTC)) + "\nMessage-ID: <" + id + ">\n");
                    if (i > 0 && !bare) {
                        out.write("In-Reply-To: <" + previous + ">\nReferences: <" + first + "> <" + previous + ">\n");
                    }
                    out.write("MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nMail " + written + " of thread " + thread + ".\n\n");
                    first = first == null ? id : first;
                    previous = id;
                }
            }
        } finally {
            if (out != null) {
                out.close();
            }
        }
    }
}
