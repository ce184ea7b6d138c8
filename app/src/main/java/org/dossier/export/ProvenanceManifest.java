package org.dossier.export;

import java.time.Instant;
import java.util.List;

/**
 * What accompanies every export: for each excerpt it cites, where the words are in the case (item,
 * character offsets), the SHA-256 of the file they came from and of the words themselves, when
 * the file was imported; for each party's reply quoted from a file, the file's SHA-256 and the
 * SHA-256 of the words; and which Dossier made the export, with the export's own SHA-256.
 * A confidential source is its pseudonym here, with no file name or place that would identify it;
 * names are redacted as in the export, and words the export hides get no SHA-256: it would let
 * anyone holding the manifest confirm a guess of what was hidden.
 */
public record ProvenanceManifest(String dossierVersion, String caseName, String export, String exportSha256, Instant madeAt,
                                 List<Cited> excerpts, List<QuotedReply> replies) {
    public ProvenanceManifest {
        excerpts = List.copyOf(excerpts);
        replies = replies == null ? List.of() : List.copyOf(replies); // manifests made before replies were listed
    }

    /** The file name a manifest has beside its export. */
    public static String fileNameFor(String exportFileName) {
        return exportFileName + ".manifest.json";
    }

    /**
     * One cited excerpt.
     *
     * @param ref           where the export shows it: "event-12", "claim-3-evidence-7"
     * @param start         the excerpt's first character in the item's text, or null when the whole item is cited
     * @param excerptSha256 the SHA-256 of the item's text from start to end (UTF-8); null with no offsets, or
     *                      when the export hides words in it ({@code wordsRedacted})
     * @param file          the file's name as received, or "confidential source “pseudonym”"
     */
    public record Cited(String ref, long itemId, String sha256, String file, String locator, Integer start, Integer end,
                        String excerptSha256, boolean wordsRedacted, Instant importedAt) {
    }

    /**
     * A party's reply, quoted in a source memo from the file it came in (the file is not part of the
     * case: the reporter chose it when recording the reply).
     *
     * @param ref         where the memo shows it: "claim-3-reply-5"
     * @param file        the file's name as received
     * @param start       the words' first character in the text Dossier read from the file
     * @param wordsSha256 the SHA-256 of the words quoted (UTF-8), or null when the memo hides words in them
     */
    public record QuotedReply(String ref, long replyId, String file, String sha256, int start, int end, String wordsSha256,
                              boolean wordsRedacted) {
    }
}
