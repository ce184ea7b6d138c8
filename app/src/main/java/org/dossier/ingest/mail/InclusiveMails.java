package org.dossier.ingest.mail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dossier.model.MailText;
import org.dossier.text.FoldedWords;

/**
 * The mails of a thread a reviewer must read to have read them all (e-discovery's "inclusive"
 * mails): a mail whose words all come again in a later one, quoted or forwarded, with its
 * attachments, is contained in it and can be skipped. Words are compared, not lines: a client
 * that quotes a mail wraps its lines again and puts "&gt;" before them, and an Outlook forward
 * quotes under a From/Sent/To/Subject block with no mark at all. The header lines of quotes and
 * the subject line a parser puts first are not words of the mail.
 */
public final class InclusiveMails {
    /** Words in a run compared at once: enough that a few common words in a row are not taken for a quote. */
    private static final int RUN = 4;
    /** The share of a mail's runs of words another must hold to contain it: quoting may drop a line or a signature's dash. */
    private static final double CONTAINED = 0.9;

    private InclusiveMails() {
    }

    /** The ids of the mails of one thread that no other mail of it contains. */
    public static Set<Long> of(List<MailText> thread) {
        List<Words> runs = new ArrayList<>();
        for (MailText mail : thread) {
            runs.add(Words.of(words(mail)));
        }
        Set<Long> inclusive = new LinkedHashSet<>();
        for (int a = 0; a < thread.size(); a++) {
            boolean contained = false;
            for (int b = 0; b < thread.size() && !contained; b++) {
                contained = b != a && contains(thread.get(b), runs.get(b), thread.get(a), runs.get(a))
                        // Two mails that hold each other (a copy): the later one is read.
                        && !(b < a && contains(thread.get(a), runs.get(a), thread.get(b), runs.get(b)));
            }
            if (!contained) {
                inclusive.add(thread.get(a).itemId());
            }
        }
        return inclusive;
    }

    private static boolean contains(MailText outer, Words outerWords, MailText inner, Words innerWords) {
        if (!outer.attachments().containsAll(inner.attachments())) {
            return false;
        }
        if (innerWords.runs().isEmpty()) {
            // A few words: found as they stand.
            return (" " + outerWords.joined() + " ").contains(" " + innerWords.joined() + " ");
        }
        long found = innerWords.runs().stream().filter(outerWords.runs()::contains).count();
        return found >= CONTAINED * innerWords.runs().size();
    }

    /** A mail's words, and its runs of words (none when it has fewer words than a run). */
    private record Words(String joined, Set<String> runs) {
        static Words of(List<String> words) {
            Set<String> runs = new HashSet<>();
            for (int i = 0; i + RUN <= words.size(); i++) {
                runs.add(String.join(" ", words.subList(i, i + RUN)));
            }
            return new Words(String.join(" ", words), runs);
        }
    }

    /** The mail's words, folded, without the subject line the parser put first or the header lines of what it quotes. */
    static List<String> words(MailText mail) {
        List<String> words = new ArrayList<>();
        List<String> lines = mail.text().lines().toList();
        int first = !lines.isEmpty() && mail.title() != null && lines.get(0).strip().equals(mail.title().strip()) ? 1 : 0;
        for (String line : lines.subList(first, lines.size())) {
            String unquoted = line.replaceFirst("^[\\s>|]+", "");
            if (!QuotedText.isQuoteHeader(unquoted)) {
                words.addAll(FoldedWords.of(unquoted));
            }
        }
        return words;
    }
}
