package org.dossier.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.attribution.AttributionService;
import org.dossier.attribution.Excerpts;
import org.dossier.attribution.RightOfReplyService;
import org.dossier.ingest.OriginalsVerifier;
import org.dossier.model.Actor;
import org.dossier.model.AppVersion;
import org.dossier.model.Citation;
import org.dossier.model.Claim;
import org.dossier.model.ClaimStatus;
import org.dossier.model.Evidence;
import org.dossier.model.Item;
import org.dossier.model.ReplyStatus;
import org.dossier.model.Redaction;
import org.dossier.model.StoryEvent;
import org.dossier.store.CaseFile;
import org.dossier.store.ItemReader;
import org.dossier.store.RedactionStore;
import org.dossier.store.StoryStore;
import org.jsoup.nodes.Document;

/**
 * What leaves Dossier. The annotated timeline of the story's pinned events, as a self-contained
 * HTML page, TimelineJS JSON, CSV or PDF; the source memo of the claims for editors and lawyers, as
 * HTML or PDF. Every export hides the terms the reporter marked, in its texts and its metadata
 * alike (a preview lists each place first). An export is written beside its target and moved into
 * place when complete, so a failed export never leaves half a file under the name asked for.
 */
public final class ExportService {
    /** How many characters around an excerpt the memo quotes each side. */
    private static final int CONTEXT = 200;

    private final Clock clock;
    private final AttributionService attribution;
    private final RightOfReplyService rightOfReply;
    private final OriginalsVerifier originals;

    public ExportService(Clock clock, AttributionService attribution, RightOfReplyService rightOfReply, OriginalsVerifier originals) {
        this.clock = clock;
        this.attribution = attribution;
        this.rightOfReply = rightOfReply;
        this.originals = originals;
    }

    /** The formats of the annotated timeline. */
    public enum TimelineFormat {
        HTML, TIMELINEJS, CSV, PDF
    }

    /** The formats of the source memo. */
    public enum MemoFormat {
        HTML, PDF
    }

    /**
     * Writes the story timeline of the case to {@code target}, with the marked terms redacted, and
     * its provenance manifest beside it; how many events it holds.
     */
    public int exportTimeline(CaseFile caseFile, TimelineFormat format, Path target) {
        AnnotatedTimeline raw = timeline(caseFile);
        Redactor redactor = redactor(caseFile);
        List<ProvenanceManifest.Cited> cited = CitedExcerpts.of(caseFile, raw.events().stream()
                .filter(entry -> entry.event().itemId() != null)
                .map(entry -> new CitedExcerpts.Citing("event-" + entry.storyId(), entry.event().itemId(), entry.event().span(),
                        entry.event().excerpt(), null))
                .toList(), redactor);
        AnnotatedTimeline timeline = new RedactedCopy(redactor).of(raw);
        String manifest = ProvenanceManifest.fileNameFor(target.getFileName().toString());
        writeAtomically(target, out -> {
            switch (format) {
                case HTML, PDF -> {
                    Document page = ProvenanceAppendix.appendTo(TimelineHtmlWriter.page(timeline), cited, List.of(), manifest,
                            raw.zone());
                    if (format == TimelineFormat.HTML) {
                        writeHtml(page, out);
                    } else {
                        PdfPages.write(page, out);
                    }
                }
                case TIMELINEJS -> TimelineJsWriter.write(timeline, out);
                case CSV -> TimelineCsvWriter.write(timeline, out);
            }
        });
        writeManifest(target, timeline.title(), cited, List.of());
        return timeline.events().size();
    }

    /**
     * Writes the source memo: the approved claims, or every claim when asked (and the memo says
     * so), each excerpt in its context and cited, with the marked terms redacted, and its
     * provenance manifest beside it; how many claims it holds.
     */
    public int exportMemo(CaseFile caseFile, MemoFormat format, boolean includeUnapproved, Path target) {
        SourceMemo raw = memo(caseFile, includeUnapproved);
        Redactor redactor = redactor(caseFile);
        List<ProvenanceManifest.Cited> cited = CitedExcerpts.of(caseFile, raw.claims().stream()
                .flatMap(entry -> entry.claim().evidence().stream())
                .map(evidence -> new CitedExcerpts.Citing("claim-" + evidence.claimId() + "-evidence-" + evidence.id(),
                        evidence.itemId(), evidence.span(), evidence.excerpt(), evidence.confidentialSource()))
                .toList(), redactor);
        List<ProvenanceManifest.QuotedReply> replies = repliesFromFiles(raw, redactor);
        SourceMemo memo = new RedactedCopy(redactor).of(raw);
        String manifest = ProvenanceManifest.fileNameFor(target.getFileName().toString());
        writeAtomically(target, out -> {
            Document page = ProvenanceAppendix.appendTo(MemoHtmlWriter.page(memo), cited, replies, manifest, raw.zone());
            switch (format) {
                case HTML -> writeHtml(page, out);
                case PDF -> PdfPages.write(page, out);
            }
        });
        writeManifest(target, memo.title(), cited, replies);
        return memo.claims().size();
    }

    /** The memo's replies quoted from a file, with the file's name redacted as in the memo. */
    private static List<ProvenanceManifest.QuotedReply> repliesFromFiles(SourceMemo memo, Redactor redactor) {
        return memo.claims().stream()
                .flatMap(entry -> entry.replies().stream())
                .map(ReplyStatus::reply)
                .filter(reply -> reply != null && reply.source() != null && reply.statement() != null)
                .map(reply -> {
                    boolean redacted = redactor.hidesWithin(reply.statement(), 0, reply.statement().length());
                    return new ProvenanceManifest.QuotedReply("claim-" + reply.claimId() + "-reply-" + reply.id(), reply.id(),
                            redactor.text("manifest", reply.source().fileName()), reply.source().sha256().hex(),
                            reply.source().passage().start(), reply.source().passage().end(),
                            redacted ? null : Fingerprint.of(reply.statement()), redacted);
                })
                .toList();
    }

    /** Checks an export's manifest against the case: the export itself, each excerpt, and the files they came from. */
    public ExportCheck verify(CaseFile caseFile, Path manifest) {
        return ExportCheck.of(caseFile, manifest, originals);
    }

    /** Every place the timeline export would redact, in the order the export shows them, and the pictures to check. */
    public RedactionPreview previewTimeline(CaseFile caseFile) {
        Redactor redactor = redactor(caseFile);
        new RedactedCopy(redactor).of(timeline(caseFile));
        return redactor.preview();
    }

    /** Every place the source memo would redact, in the order the memo shows them. */
    public RedactionPreview previewMemo(CaseFile caseFile, boolean includeUnapproved) {
        Redactor redactor = redactor(caseFile);
        new RedactedCopy(redactor).of(memo(caseFile, includeUnapproved));
        return redactor.preview();
    }

    /** What exports redact in this case. */
    public List<Redaction> redactions(CaseFile caseFile) {
        try (RedactionStore redactions = caseFile.redactions()) {
            return redactions.list();
        }
    }

    /** Marks an entity (every name and written form of it) to be redacted from every export. */
    public long redactEntity(CaseFile caseFile, Actor actor, long entityId) {
        try (RedactionStore redactions = caseFile.redactions()) {
            return redactions.markEntity(entityId, actor, clock.instant());
        }
    }

    /** Marks a term (a phone number, a name the case does not know) to be redacted from every export. */
    public long redactTerm(CaseFile caseFile, Actor actor, String term) {
        try (RedactionStore redactions = caseFile.redactions()) {
            return redactions.markTerm(term, actor, clock.instant());
        }
    }

    /** Takes a redaction off: later exports show what it hid. */
    public void unredact(CaseFile caseFile, Actor actor, long redactionId) {
        try (RedactionStore redactions = caseFile.redactions()) {
            redactions.unmark(redactionId, actor, clock.instant());
        }
    }

    private Redactor redactor(CaseFile caseFile) {
        return new Redactor(redactions(caseFile).stream().flatMap(redaction -> redaction.terms().stream()).toList());
    }

    private AnnotatedTimeline timeline(CaseFile caseFile) {
        try (StoryStore story = caseFile.story()) {
            return new AnnotatedTimeline(caseName(caseFile), caseFile.timeZone(), clock.instant(), story.pinned());
        }
    }

    private SourceMemo memo(CaseFile caseFile, boolean includeUnapproved) {
        List<SourceMemo.Entry> entries = new ArrayList<>();
        List<ReplyStatus> replies = rightOfReply.statuses(caseFile);
        try (ItemReader items = caseFile.newItemReader()) {
            Map<Long, Item> read = new HashMap<>();
            for (Claim claim : attribution.claims(caseFile)) {
                if (!includeUnapproved && claim.status() != ClaimStatus.APPROVED) {
                    continue;
                }
                List<SourceMemo.Quoted> quoted = new ArrayList<>();
                for (Evidence evidence : claim.evidence()) {
                    Item item = read.computeIfAbsent(evidence.itemId(), id -> items.item(id).orElseThrow());
                    quoted.add(inContext(evidence, item));
                }
                entries.add(new SourceMemo.Entry(claim, quoted, replies.stream().filter(r -> r.claimId() == claim.id()).toList()));
            }
        }
        return new SourceMemo(caseName(caseFile), caseFile.timeZone(), clock.instant(), includeUnapproved, entries);
    }

    /** The manifest beside the export, with the export's own SHA-256 (so the export is complete first). */
    private void writeManifest(Path target, String title, List<ProvenanceManifest.Cited> cited,
                               List<ProvenanceManifest.QuotedReply> replies) {
        Path absolute = target.toAbsolutePath();
        String exportSha256;
        try {
            exportSha256 = Fingerprint.of(absolute);
        } catch (IOException e) {
            throw new ExportException("cannot read back " + target + ": " + e.getMessage(), e);
        }
        ProvenanceManifest manifest = new ProvenanceManifest(AppVersion.current(), title, absolute.getFileName().toString(),
                exportSha256, clock.instant(), cited, replies);
        writeAtomically(absolute.resolveSibling(ProvenanceManifest.fileNameFor(absolute.getFileName().toString())),
                out -> ManifestJson.write(manifest, out));
    }

    private static void writeHtml(Document page, OutputStream out) throws IOException {
        out.write(page.outerHtml().getBytes(StandardCharsets.UTF_8));
    }

    /** The words around an excerpt in its item, and its citation (with the page for a paged document). */
    private static SourceMemo.Quoted inContext(Evidence evidence, Item item) {
        String text = item.text() == null ? "" : item.text();
        Excerpts.InContext around = Excerpts.inContext(text, evidence.span(), CONTEXT);
        int start = Math.min(evidence.span().start(), text.length());
        Integer page = text.indexOf('\f') < 0 ? null : (int) text.substring(0, start).chars().filter(c -> c == '\f').count() + 1;
        Citation citation = new Citation(item.provenance().path(), item.provenance().sha256().hex(), item.provenance().locator(), page,
                item.author(), item.occurredAt() == null ? null : item.occurredAt().instant());
        return new SourceMemo.Quoted(evidence, around.before(), around.after(), citation);
    }

    private static String caseName(CaseFile caseFile) {
        return caseFile.path().getFileName().toString().replaceFirst("\\.dossier$", "");
    }

    private static void writeAtomically(Path target, Output output) {
        Path absolute = target.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                output.write(out);
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the export failed already; the partial file is named as such
            }
            throw new ExportException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Writes an export to a stream. */
    private interface Output {
        void write(OutputStream out) throws IOException;
    }
}
