package org.dossier.bench;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dossier.model.ItemKind;
import org.dossier.model.NewItem;
import org.dossier.model.Timestamp;

/**
 * A mailbox of N mails as the import records them (each a part of one mbox, with the headers Tika
 * reports), in threads of one to twelve mails: most replies name the mail before them in
 * In-Reply-To and References, one in ten names nothing and says "Re:" or "回复:" in its subject.
 */
final class SyntheticMail {
    private final Random random;

    SyntheticMail(long seed) {
        random = new Random(seed);
    }

    List<NewItem> mails(int count) {
        List<NewItem> mails = new ArrayList<>(count);
        Instant at = Instant.parse("2023-01-01T08:00:00Z");
        int thread = 0;
        while (mails.size() < count) {
            thread++;
            int size = Math.min(count - mails.size(), 1 + random.nextInt(12));
            String subject = "Project " + thread + " budget";
            String first = null;
            String previous = null;
            for (int i = 0; i < size; i++) {
                String id = "m" + mails.size() + "@example.org";
                boolean bare = i > 0 && random.nextInt(10) == 0;
                String from = "person" + random.nextInt(500) + "@example.org";
                String to = "person" + (thread % 500) + "@example.org";
                Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
                headers.put("Message:Raw-Header:Message-ID", List.of("<" + id + ">"));
                if (i > 0 && !bare) {
                    headers.put("Message:Raw-Header:In-Reply-To", List.of("<" + previous + ">"));
                    headers.put("Message:Raw-Header:References", List.of("<" + first + "> <" + previous + ">"));
                }
                String title = i == 0 ? subject : (bare && random.nextBoolean() ? "回复：" : "Re: ") + subject;
                headers.put("dc:subject", List.of(title));
                headers.put("Message:From-Email", List.of(from));
                headers.put("Message:To-Email", List.of(to));
                at = at.plusSeconds(60 + random.nextInt(3_600));
                Timestamp sent = new Timestamp(at, ZoneOffset.UTC, false);
                mails.add(new NewItem(ItemKind.DOCUMENT, "/" + (mails.size() + 1), "", title, from, sent, sent, null,
                        "message/rfc822", "Mail " + mails.size() + " of thread " + thread + ".", false, headers, null));
                first = first == null ? id : first;
                previous = id;
            }
        }
        return mails;
    }
}
