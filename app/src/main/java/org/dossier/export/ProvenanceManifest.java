package org.dossier.export;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * What accompanies every export: for each excerpt it cites, where the words are in the case (item,
 * character offsets), the SHA-256 of the file they came from and of the words themselves, when the
 * file was imported; for each party's reply quoted from a file, the file's SHA-256 and the SHA-256
 * of the words; which Dossier made the export, with the export's own SHA-256; and the case's
 * signature over all of it. What the export must not show in the clear (a confidential source's
 * excerpt, a file or words holding a hidden word) is sealed: only where the export shows it and a
 * seal that only the case can check (see {@link CitedExcerpts}), salted with {@code sealSalt}, the
 * export's own.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProvenanceManifest(String dossierVersion, @JsonAlias("case_name") String title, String export, String exportSha256,
                                 Instant madeAt, String sealSalt, List<Cited> excerpts, List<QuotedReply> replies, Signature signature) {
    public ProvenanceManifest {
        excerpts = List.copyOf(excerpts);
        replies = replies == null ? List.of() : List.copyOf(replies); // manifests made before replies were listed
    }

    /** The file name a manifest has beside its export. */
    public static String fileNameFor(String exportFileName) {
        return exportFileName + ".manifest.json";
    }

    ProvenanceManifest signedWith(Signature signature) {
        return new ProvenanceManifest(dossierVersion, title, export, exportSha256, madeAt, sealSalt, excerpts, replies, signature);
    }

    /**
     * One cited excerpt.
     *
     * @param ref           where the export shows it, by its place there: "event-12", "claim-3-evidence-2"
     * @param start         the excerpt's first character in the item's text, or null when the whole item is cited
     * @param excerptSha256 the SHA-256 of the item's text from start to end (UTF-8); null with no offsets
     * @param file          the file's name as received, or "confidential source “pseudonym”"
     * @param ocr           for words read by OCR from a picture, the engine, its version and the languages
     *                      ("tesseract 5.3.0, eng+chi_sim+chi_tra"); else null
     * @param seal          for a sealed entry, the seal of the open entry (and every other field but ref and file null); else null
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Cited(String ref, Long itemId, String sha256, String file, String locator, Integer start, Integer end,
                        String excerptSha256, Instant importedAt, String ocr, String seal) {

        static Cited sealed(String ref, String file, String seal) {
            return new Cited(ref, null, null, file, null, null, null, null, null, null, seal);
        }

        boolean isSealed() {
            return seal != null;
        }
    }

    /**
     * A party's reply, quoted in a source memo from the file it came in (the file is not part of the
     * case: the reporter chose it when recording the reply).
     *
     * @param ref         where the memo shows it: "claim-3-reply-5"
     * @param file        the file's name as received
     * @param start       the words' first character in the text Dossier read from the file
     * @param wordsSha256 the SHA-256 of the words quoted (UTF-8)
     * @param seal        for a sealed entry, the seal of the open entry (file's hash, offsets and words' hash null); else null
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record QuotedReply(String ref, long replyId, String file, String sha256, Integer start, Integer end, String wordsSha256,
                              String seal) {

        static QuotedReply sealed(String ref, long replyId, String file, String seal) {
            return new QuotedReply(ref, replyId, file, null, null, null, null, seal);
        }

        boolean isSealed() {
            return seal != null;
        }
    }

    /**
     * The case's signature over the manifest (every field but this one, as canonical JSON), and the
     * public key that checks it, so anyone holding the export and the manifest can tell whether
     * either changed since the case signed them.
     *
     * @param publicKey the key as X.509 SubjectPublicKeyInfo, Base64
     * @param value     the signature, Base64
     */
    public record Signature(String algorithm, String publicKey, String value) {
    }
}
