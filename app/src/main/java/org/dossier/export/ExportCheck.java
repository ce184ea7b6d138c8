package org.dossier.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.dossier.ingest.OriginalsVerifier;
import org.dossier.model.Item;
import org.dossier.model.OriginalCheck;
import org.dossier.model.Reply;
import org.dossier.store.CaseFile;
import org.dossier.store.ItemReader;
import org.dossier.store.ReplyStore;

/**
 * What {@code verify-export} found: an export's manifest checked against the case. The export
 * beside the manifest must still have its SHA-256; each cited item must still come from the same
 * file and read the same at the cited characters; each reply quoted from a file must still be
 * recorded with the same file and words; and the originals those items came from must still hash
 * as at import.
 *
 * @param excerpts how many cited excerpts were checked
 * @param replies  how many replies quoted from a file were checked
 * @param problems each difference, in words; none means the export still stands on its sources
 */
public record ExportCheck(String manifest, int excerpts, int replies, List<String> problems) {

    public boolean accepted() {
        return problems.isEmpty();
    }

    static ExportCheck of(CaseFile caseFile, Path manifestFile, OriginalsVerifier originals) {
        ProvenanceManifest manifest;
        try {
            manifest = ManifestJson.read(manifestFile);
        } catch (IOException e) {
            throw new ExportException("cannot read the manifest " + manifestFile + ": " + e.getMessage(), e);
        }
        List<String> problems = new ArrayList<>();
        Path export = manifestFile.toAbsolutePath().resolveSibling(manifest.export());
        checkExport(export, manifest, problems);
        List<String> citedPaths = new ArrayList<>();
        try (ItemReader items = caseFile.newItemReader()) {
            for (ProvenanceManifest.Cited cited : manifest.excerpts()) {
                Optional<Item> item = items.item(cited.itemId());
                if (item.isEmpty()) {
                    problems.add(cited.ref() + ": item " + cited.itemId() + " is not in this case");
                    continue;
                }
                citedPaths.add(item.get().provenance().path());
                checkExcerpt(cited, item.get(), problems);
            }
        }
        checkReplies(caseFile, manifest.replies(), problems);
        // An archive entry is cited by its path inside the archive; the archive on disk holds it.
        Predicate<String> cited = original -> citedPaths.stream().anyMatch(path -> path.equals(original) || path.startsWith(original + "!"));
        for (OriginalCheck original : originals.verify(caseFile, cited).problems()) {
            problems.add(original.path() + ": the original " + (original.status() == OriginalCheck.Status.MISSING
                    ? "is missing" : "changed since it was imported (SHA-256 was " + original.expected().hex() + ")"));
        }
        return new ExportCheck(manifestFile.toString(), manifest.excerpts().size(), manifest.replies().size(), List.copyOf(problems));
    }

    private static void checkReplies(CaseFile caseFile, List<ProvenanceManifest.QuotedReply> quoted, List<String> problems) {
        if (quoted.isEmpty()) {
            return;
        }
        Map<Long, Reply> recorded;
        try (ReplyStore replies = caseFile.replies()) {
            recorded = replies.replies().stream().collect(Collectors.toMap(Reply::id, reply -> reply));
        }
        for (ProvenanceManifest.QuotedReply each : quoted) {
            Reply reply = recorded.get(each.replyId());
            if (reply == null || reply.source() == null) {
                problems.add(each.ref() + ": reply " + each.replyId() + " quoted from " + each.file() + " is not in this case");
            } else if (!reply.source().sha256().hex().equals(each.sha256())) {
                problems.add(each.ref() + ": reply " + each.replyId() + " is now quoted from a different file");
            } else if (each.wordsSha256() != null
                    && (reply.statement() == null || !Fingerprint.of(reply.statement()).equals(each.wordsSha256()))) {
                problems.add(each.ref() + ": the words of reply " + each.replyId() + " are not the words quoted");
            }
        }
    }

    private static void checkExport(Path export, ProvenanceManifest manifest, List<String> problems) {
        if (!Files.isRegularFile(export)) {
            return;
        }
        try {
            if (!Fingerprint.of(export).equals(manifest.exportSha256())) {
                problems.add(manifest.export() + ": the export was changed after it was made");
            }
        } catch (IOException e) {
            problems.add(manifest.export() + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private static void checkExcerpt(ProvenanceManifest.Cited cited, Item item, List<String> problems) {
        if (!item.provenance().sha256().hex().equals(cited.sha256())) {
            problems.add(cited.ref() + ": item " + cited.itemId() + " now comes from a different file");
            return;
        }
        if (cited.start() == null || cited.excerptSha256() == null) {
            return; // no offsets, or words the export hides, which the manifest does not fingerprint
        }
        String text = item.text() == null ? "" : item.text();
        if (cited.end() > text.length() || !Fingerprint.of(text.substring(cited.start(), cited.end())).equals(cited.excerptSha256())) {
            problems.add(cited.ref() + ": the words at characters " + cited.start() + "–" + cited.end() + " of item "
                    + cited.itemId() + " are not the words cited");
        }
    }
}
