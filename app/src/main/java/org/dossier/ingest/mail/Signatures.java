package org.dossier.ingest.mail;

import java.util.ArrayList;
import java.util.List;
import org.dossier.text.PhoneNumbers;

/**
 * The phone numbers a mail's sender signs with: those in the last lines of the mail's own words,
 * before the mail it quotes, lines quoted with "&gt;" left out. One mail's numbers are only a
 * hint (a sender may write someone else's number); the people panel goes by numbers a sender
 * signs with in more than one mail.
 */
public final class Signatures {
    /** How many of the own words' last lines a signature may take. */
    private static final int LINES = 12;

    private Signatures() {
    }

    /** The numbers in the mail's signature lines, with their spans in the whole text. */
    public static List<PhoneNumbers.Found> phones(String text, String title, String region) {
        int quoted = QuotedText.start(text, title);
        int end = quoted < 0 ? text.length() : quoted;
        List<PhoneNumbers.Found> phones = new ArrayList<>();
        int lines = 0;
        for (int lineEnd = end; lineEnd > 0 && lines < LINES; ) {
            int lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank() && !line.stripLeading().startsWith(">")) {
                lines++;
                for (PhoneNumbers.Found found : PhoneNumbers.in(line, region)) {
                    phones.add(new PhoneNumbers.Found(lineStart + found.start(), lineStart + found.end(), found.number()));
                }
            }
            lineEnd = lineStart == 0 ? 0 : lineStart - 1;
        }
        return phones;
    }
}
