package org.dossier.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.dossier.store.ClaimStore;
import org.dossier.store.ItemReader;
import org.dossier.store.ReplyStore;
import org.dossier.store.StoryStore;

/**
 * What {@code verify-export} found. Anyone can check a manifest's signature and that the export
 * beside it still has its SHA-256, and that the manifest is the one for that file. With the case,
 * the signature must also be the case's own; each cited item must still come from the same file and
 * read the same at the cited characters (a sealed entry must be the seal, with the export's salt, of
 * what the case cites today at some place of its story or its claims: the seal names no item, so
 * every one is tried); each reply quoted from a file must still be recorded with the same file and
 * words; and the originals those items came from must still hash as at import.
 *
 * @param export   the export file checked, as its manifest names it
 * @param excerpts how many cited excerpts were checked
 * @param replies  how many replies quoted from a file were checked
 * @param signedBy the fingerprint of the key the manifest names, or null when it names none
 * @param withCase whether the excerpts, replies and originals were checked too
 * @param problems each difference, in words; none means the export still stands on its sources
 */
public record ExportCheck(String manifest, String export, int excerpts, int replies, String signedBy, boolean withCase, List<String> problems) {

    public boolean accepted() {
        return problems.isEmpty();
    }

    static ExportCheck withoutCase(Path manifestFile) {
        ProvenanceManifest manifest = read(manifestFile);
        List<String> problems = new ArrayList<>();
        checkSignature(manifestFile, manifest, problems);
        checkExport(manifestFile, manifest, problems);
        return new ExportCheck(manifestFile.toString(), manifest.export(), manifest.excerpts().size(), manifest.replies().size(), signedBy(manifest), false,
                List.copyOf(problems));
    }

    static ExportCheck of(CaseFile caseFile, Path manifestFile, OriginalsVerifier originals) {
        ProvenanceManifest manifest = read(manifestFile);
        List<String> problems = new ArrayList<>();
        if (checkSignature(manifestFile, manifest, problems)) {
            Optional<String> casesKey = CaseKeys.signingPublicKey(caseFile);
            if (casesKey.isEmpty() || !casesKey.get().equals(manifest.signature().publicKey())) {
                problems.add("the manifest is signed with " + signedBy(manifest) + ", not with this case's key");
            }
        }
        checkExport(manifestFile, manifest, problems);
        List<String> citedPaths = new ArrayList<>();
        Optional<byte[]> sealingKey = CaseKeys.sealingKey(caseFile);
        Sources sources = new Sources(caseFile);
        try (ItemReader items = ItemReader.of(caseFile)) {
            for (ProvenanceManifest.Cited cited : manifest.excerpts()) {
                Optional<Item> item = cited.isSealed()
                        ? sealingKey.flatMap(key -> sources.sealedAs(cited, key, manifest.sealSalt(), items))
                        : items.item(cited.itemId());
                if (item.isEmpty()) {
                    problems.add(cited.ref() + ": " + (cited.isSealed()
                            ? "the sealed excerpt matches nothing this case cites (its words, its file or its place changed)"
                            : "item " + cited.itemId() + " is not in this case"));
                    continue;
                }
                citedPaths.add(item.get().provenance().path());
                if (!cited.isSealed()) {
                    checkExcerpt(cited, item.get(), problems);
                }
            }
        }
        checkReplies(caseFile, manifest, problems);
        // An archive entry is cited by its path inside the archive; the archive on disk holds it.
        Predicate<String> cited = original -> citedPaths.stream().anyMatch(path -> path.equals(original) || path.startsWith(original + "!"));
        for (OriginalCheck original : originals.verify(caseFile, cited).problems()) {
            problems.add(original.path() + ": the original " + (original.status() == OriginalCheck.Status.MISSING
                    ? "is missing" : "changed since it was imported (SHA-256 was " + original.expected().hex() + ")"));
        }
        return new ExportCheck(manifestFile.toString(), manifest.export(), manifest.excerpts().size(), manifest.replies().size(), signedBy(manifest), true,
                List.copyOf(problems));
    }

    private static ProvenanceManifest read(Path manifestFile) {
        try {
            return ManifestJson.read(manifestFile);
        } catch (IOException e) {
            throw new ExportException("cannot read the manifest " + manifestFile + ": " + e.getMessage(), e);
        }
    }

    private static String signedBy(ProvenanceManifest manifest) {
        return manifest.signature() == null ? null : ManifestJson.keyFingerprint(manifest.signature().publicKey());
    }

    /** Whether the manifest carries a signature that matches it. */
    private static boolean checkSignature(Path manifestFile, ProvenanceManifest manifest, List<String> problems) {
        if (manifest.signature() == null) {
            problems.add("the manifest is not signed: anyone could have written it");
            return false;
        }
        try {
            if (ManifestJson.signatureHolds(manifestFile)) {
                return true;
            }
        } catch (IOException e) {
            throw new ExportException("cannot read the manifest " + manifestFile + ": " + e.getMessage(), e);
        }
        problems.add("the manifest's signature does not match its content: it was changed after it was signed");
        return false;
    }

    private static void checkExport(Path manifestFile, ProvenanceManifest manifest, List<String> problems) {
        String name = manifestFile.getFileName().toString();
        String suffix = ProvenanceManifest.fileNameFor("");
        if (name.endsWith(suffix) && !name.equals(ProvenanceManifest.fileNameFor(manifest.export()))) {
            problems.add("this manifest is the one for " + manifest.export() + ", not for " + name.substring(0, name.length() - suffix.length()));
        }
        Path export = manifestFile.toAbsolutePath().resolveSibling(manifest.export());
        if (!Files.isRegularFile(export)) {
            problems.add(manifest.export() + ": the export is missing (it should be beside its manifest)");
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
            return; // the whole item is cited
        }
        String text = item.text() == null ? "" : item.text();
        if (cited.end() > text.length() || !Fingerprint.of(text.substring(cited.start(), cited.end())).equals(cited.excerptSha256())) {
            problems.add(cited.ref() + ": the words at characters " + cited.start() + "–" + cited.end() + " of item "
                    + cited.itemId() + " are not the words cited");
        }
    }

    private static void checkReplies(CaseFile caseFile, ProvenanceManifest manifest, List<String> problems) {
        List<ProvenanceManifest.QuotedReply> quoted = manifest.replies();
        if (quoted.isEmpty()) {
            return;
        }
        Map<Long, Reply> recorded;
        try (ReplyStore replies = ReplyStore.of(caseFile)) {
            recorded = replies.replies().stream().collect(Collectors.toMap(Reply::id, reply -> reply));
        }
        for (ProvenanceManifest.QuotedReply each : quoted) {
            Reply reply = recorded.get(each.replyId());
            if (reply == null || reply.source() == null) {
                problems.add(each.ref() + ": reply " + each.replyId() + " quoted from " + each.file() + " is not in this case");
            } else if (each.isSealed()) {
                String canonical = CitedExcerpts.canonical(CitedExcerpts.openReply(reply, each.ref()));
                if (!CaseKeys.sealingKey(caseFile).map(key -> Seal.of(key, manifest.sealSalt(), canonical)).orElse("").equals(each.seal())) {
                    problems.add(each.ref() + ": the sealed reply no longer matches the reply recorded (its file or its words changed)");
                }
            } else if (!reply.source().sha256().hex().equals(each.sha256())) {
                problems.add(each.ref() + ": reply " + each.replyId() + " is now quoted from a different file");
            } else if (each.wordsSha256() != null
                    && (reply.statement() == null || !Fingerprint.of(reply.statement()).equals(each.wordsSha256()))) {
                problems.add(each.ref() + ": the words of reply " + each.replyId() + " are not the words quoted");
            }
        }
    }

    /** What the case cites today, at any place of its story or its claims: where a sealed entry may point. */
    private static final class Sources {
        private final CaseFile caseFile;
        private List<Candidate> candidates;

        /** One excerpt the case cites, and what an open entry would say of its evidence. */
        private record Candidate(Item item, String evidence) {
        }

        Sources(CaseFile caseFile) {
            this.caseFile = caseFile;
        }

        /** The item whose excerpt, shown where the entry says, seals as the entry's seal; empty when none does. */
        Optional<Item> sealedAs(ProvenanceManifest.Cited entry, byte[] key, String salt, ItemReader items) {
            return candidates(items).stream()
                    .filter(candidate -> Seal.of(key, salt, entry.ref() + "\n" + candidate.evidence()).equals(entry.seal()))
                    .map(Candidate::item).findFirst();
        }

        private List<Candidate> candidates(ItemReader items) {
            if (candidates == null) {
                List<CitedExcerpts.Citing> citing = new ArrayList<>();
                try (StoryStore story = StoryStore.of(caseFile)) {
                    story.pinned().stream().filter(pinned -> pinned.event().itemId() != null)
                            .forEach(pinned -> citing.add(CitedExcerpts.Citing.of("", pinned)));
                }
                try (ClaimStore claims = ClaimStore.of(caseFile)) {
                    claims.claims().forEach(claim -> claim.evidence().forEach(evidence -> citing.add(CitedExcerpts.Citing.of("", evidence))));
                }
                Map<Long, Optional<Item>> read = new HashMap<>();
                candidates = new ArrayList<>();
                for (CitedExcerpts.Citing each : citing) {
                    read.computeIfAbsent(each.itemId(), items::item).ifPresent(item -> candidates.add(new Candidate(item,
                            CitedExcerpts.evidenceOf(CitedExcerpts.open(each, item, items.importedAt(item.provenance().sourceId()).orElse(null))))));
                }
            }
            return candidates;
        }
    }
}
