package org.dossier.export;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.dossier.model.Citation;
import org.dossier.model.Claim;
import org.dossier.model.Evidence;
import org.dossier.model.ReplyStatus;

/**
 * What a source memo holds for editors and lawyers: the claims (only the approved ones unless asked
 * otherwise, and it says which), each excerpt in the words around it with its citation, and where
 * each claim stands with the parties it was put to (their answers in their words). A
 * confidential source is only its pseudonym here: its note and identity are never read for a memo.
 */
public record SourceMemo(String title, ZoneId zone, Instant made, boolean includesUnapproved, List<Entry> claims) {

    /** A claim, its excerpts in context, and each party it was put to with its answer. */
    public record Entry(Claim claim, List<Quoted> evidence, List<ReplyStatus> replies) {
    }

    /** An excerpt, the words before and after it in its item, and where it comes from. */
    public record Quoted(Evidence evidence, String before, String after, Citation citation) {
    }
}
