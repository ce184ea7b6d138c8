package org.dossier.export;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.dossier.model.Claim;
import org.dossier.model.Evidence;
import org.dossier.model.ReplyStatus;

/**
 * What a source memo holds for editors and lawyers, every text already redacted and every citation
 * safe to print: the claims (only the approved ones unless asked otherwise, and it says which),
 * each excerpt in the words around it with its citation, and where each claim stands with the
 * parties it was put to (their answers in their words). An excerpt from a confidential source is
 * its words and its pseudonym only: no words around it, no author, no file.
 */
record SourceMemo(String title, ZoneId zone, Instant made, boolean includesUnapproved, List<Entry> claims) {

    /** A claim, its excerpts in context, and each party it was put to with its answer. */
    record Entry(Claim claim, List<Quoted> evidence, List<Answer> replies) {
    }

    /**
     * Where the claim stands with a party, and for words quoted from a file the file as the memo
     * cites it ("statement.pdf · SHA-256 3f2a… · characters 120–260", or sealed), else null.
     */
    record Answer(ReplyStatus status, String file) {
    }

    /** An excerpt, the words before and after it in its item, and where it comes from. */
    record Quoted(Evidence evidence, String before, String after, CitationLine citation) {
    }
}
