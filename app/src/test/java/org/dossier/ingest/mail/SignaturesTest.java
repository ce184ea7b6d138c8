package org.dossier.ingest.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dossier.text.PhoneNumbers;
import org.junit.jupiter.api.Test;

/** A mail's signature numbers are the sender's own: not those of the mail it quotes, above or below. */
class SignaturesTest {
    @Test
    void theNumbersOfAQuotedMailAreNotTheSenders() {
        String reply = """
                Fine by me, send it over.

                Ana Ruiz
                Tel. +34 912 345 678

                -----Original Message-----
                From: Bo Lind
                Sent: Monday, 4 January 2010 09:12
                To: Ana Ruiz
                Subject: draft

                Here is the draft.
                Bo Lind, M: +46 70 123 45 67
                """;
        assertEquals(List.of("+34 912 345 678"), spans(reply), "an Outlook quote, not marked with >, is not the sender's");

        String belowTheQuote = """
                > Here is the draft.
                > Bo Lind, M: +46 70 123 45 67

                Thanks, reading it now.
                """;
        assertEquals(List.of(), spans(belowTheQuote), "a quote marked with > is not the sender's");
    }

    private static List<String> spans(String text) {
        return Signatures.phones(text, null, "ZZ").stream().map(found -> text.substring(found.start(), found.end())).toList();
    }
}
