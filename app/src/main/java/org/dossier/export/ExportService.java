package org.dossier.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.dossier.attribution.AttributionService;
import org.dossier.graph.GraphService;
import org.dossier.graph.PeopleService;
import org.dossier.model.PersonAccount;
import org.dossier.model.PersonProposal;
import org.dossier.model.CommunicationGraph;
import org.dossier.model.GraphFilter;
import org.dossier.attribution.RightOfReplyService;
import org.dossier.export.gate.LeakGate;
import org.dossier.ingest.OriginalsVerifier;
import org.dossier.model.Actor;
import org.dossier.model.AppVersion;
import org.dossier.model.Claim;
import org.dossier.model.ClaimStatus;
import org.dossier.model.ConfidentialSource;
import org.dossier.model.Redaction;
import org.dossier.model.ReplyStatus;
import org.dossier.model.StoryEvent;
import org.dossier.store.CaseFile;
import org.dossier.store.RedactionStore;
import org.dossier.store.StoryStore;
import org.jsoup.nodes.Document;

/**
 * What leaves Dossier. The annotated timeline of the story's pinned events, as a self-contained
 * HTML page, TimelineJS JSON, CSV or PDF; the source memo of the claims for editors and lawyers, as
 * HTML or PDF. Every export hides what the reporter marked and whatever could identify a
 * confidential source, in its texts and its metadata alike (a preview lists each place first);
 * cites a confidential source's excerpts by pseudonym only; seals in its manifest what it must not
 * show in the clear; is read back through the leak gate before it is moved into place; and comes
 * with a manifest the case signs (docs/decisions/0018-exports-against-a-hostile-reader.md).
 */
public final class ExportService {
    /** What an export is titled until the reporter types the story's title: never the case file's name. */
    static final String UNTITLED = "Untitled story";

    private final Clock clock;
    private final AttributionService attribution;
    private final RightOfReplyService rightOfReply;
    private final OriginalsVerifier originals;
    private final GraphService graphs;
    private final PeopleService people;
    private final Function<Collection<String>, Redactor> redactors;

    public ExportService(Clock clock, AttributionService attribution, RightOfReplyService rightOfReply, OriginalsVerifier originals,
                         GraphService graphs, PeopleService people) {
        this(clock, attribution, rightOfReply, originals, graphs, people, Redactor::new);
    }

    /** With another redactor: for the tests that show the leak gate refusing what a faulty redactor let through. */
    ExportService(Clock clock, AttributionService attribution, RightOfReplyService rightOfReply, OriginalsVerifier originals,
                  GraphService graphs, PeopleService people, Function<Collection<String>, Redactor> redactors) {
        this.clock = clock;
        this.graphs = graphs;
        this.people = people;
        this.attribution = attribution;
        this.rightOfReply = rightOfReply;
        this.originals = originals;
        this.redactors = redactors;
    }

    /** The formats of the annotated timeline. */
    public enum TimelineFormat {
        HTML, TIMELINEJS, CSV, PDF
    }

    /** The formats of the source memo. */
    public enum MemoFormat {
        HTML, PDF
    }

    /** The formats of the communications graph: Gephi reads the first two. */
    public enum GraphFormat {
        GRAPHML, GEXF, JSON
    }

    /**
     * What a graph export holds, and how many people it left out: everyone whose name or account
     * holds a term marked for redaction or names a confidential source.
     */
    public record GraphExport(int people, int links, int leftOut) {
    }

    /**
     * Writes the story timeline of the case to {@code target}, with the marked terms redacted, and
     * its signed provenance manifest beside it; how many events it holds.
     */
    public int exportTimeline(CaseFile caseFile, TimelineFormat format, Path target) {
        List<StoryEvent> pinned = pinned(caseFile);
        try (Protection protection = Protection.of(caseFile, redactors)) {
            SafeCopy copy = new SafeCopy(protection, caseFile.timeZone());
            AnnotatedTimeline timeline = copy.timeline(title(caseFile), clock.instant(), pinned);
            Manifest manifest = new Manifest(protection, target, copy);
            LeakGate.Kind kind = switch (format) {
                case HTML -> LeakGate.Kind.HTML;
                case PDF -> LeakGate.Kind.PDF;
                case TIMELINEJS -> LeakGate.Kind.JSON;
                case CSV -> LeakGate.Kind.CSV;
            };
            ExportFiles.write(target, kind, gate(protection), out -> {
                switch (format) {
                    case HTML, PDF -> writePage(manifest.appendTo(TimelineHtmlWriter.page(timeline), caseFile), format == TimelineFormat.PDF, out);
                    case TIMELINEJS -> TimelineJsWriter.write(timeline, out);
                    case CSV -> TimelineCsvWriter.write(timeline, out);
                }
            }, exportSha256 -> manifest.signed(timeline.title(), exportSha256, caseFile));
            return timeline.events().size();
        }
    }

    /**
     * Writes the source memo: the approved claims, or every claim when asked (and the memo says
     * so), each excerpt in its context and cited, with the marked terms redacted, and its signed
     * provenance manifest beside it; how many claims it holds.
     */
    public int exportMemo(CaseFile caseFile, MemoFormat format, boolean includeUnapproved, Path target) {
        List<Claim> claims = claims(caseFile, includeUnapproved);
        List<ReplyStatus> replies = rightOfReply.statuses(caseFile);
        try (Protection protection = Protection.of(caseFile, redactors)) {
            SafeCopy copy = new SafeCopy(protection, caseFile.timeZone());
            SourceMemo memo = copy.memo(title(caseFile), clock.instant(), includeUnapproved, claims, replies);
            Manifest manifest = new Manifest(protection, target, copy);
            ExportFiles.write(target, format == MemoFormat.PDF ? LeakGate.Kind.PDF : LeakGate.Kind.HTML, gate(protection),
                    out -> writePage(manifest.appendTo(MemoHtmlWriter.page(memo), caseFile), format == MemoFormat.PDF, out),
                    exportSha256 -> manifest.signed(memo.title(), exportSha256, caseFile));
            return memo.claims().size();
        }
    }

    /**
     * Writes the communications graph of the messages and e-mails the filter takes, with its signed
     * manifest beside it. A pseudonym or a mark would still show where the hidden person sits among
     * the others, and a hostile reader who knows the newsroom's contacts could tell who it is; so
     * whoever the export must hide is left out with every link to them, and everyone's counts and
     * betweenness are those of the graph without them. So are the accounts whose names or phone
     * numbers say they are the same person as a hidden one (a chat contact known only by the number
     * a hidden person signs their mails with).
     */
    public GraphExport exportGraph(CaseFile caseFile, GraphFormat format, GraphFilter filter, Path target) {
        CommunicationGraph whole = graphs.graph(caseFile, filter);
        try (Protection protection = Protection.of(caseFile, redactors)) {
            Redactor redactor = protection.redactor();
            Set<String> hidden = new HashSet<>();
            whole.people().stream().filter(person -> redactor.finds(person.name()) || redactor.finds(person.account()))
                    .forEach(person -> hidden.add(person.key()));
            // An account the evidence names like a hidden one (陈立 beside 陈立 Chen Li), or that gives
            // their phone number, is taken for the same person.
            for (PersonProposal alike : people.proposals(caseFile)) {
                List<String> keys = alike.accounts().stream().map(PersonAccount::key).toList();
                if (keys.stream().anyMatch(hidden::contains)) {
                    hidden.addAll(keys);
                }
            }
            CommunicationGraph shown = graphs.withBetweenness(whole.without(hidden));
            String title = title(caseFile);
            Manifest manifest = new Manifest(protection, target, new SafeCopy(protection, caseFile.timeZone()));
            ExportFiles.write(target, format == GraphFormat.JSON ? LeakGate.Kind.JSON : LeakGate.Kind.XML, gate(protection),
                    out -> new GraphWriter(shown, title).write(format, out), exportSha256 -> manifest.signed(title, exportSha256, caseFile));
            return new GraphExport(shown.people().size(), shown.links().size(), whole.people().size() - shown.people().size());
        }
    }

    /** Checks an export's manifest against the case: its signature, the export itself, each excerpt, and the files they came from. */
    public ExportCheck verify(CaseFile caseFile, Path manifest) {
        return ExportCheck.of(caseFile, manifest, originals);
    }

    /** Checks what anyone can check with no case at hand: the manifest's signature, and the export's SHA-256. */
    public ExportCheck verifyWithoutCase(Path manifest) {
        return ExportCheck.withoutCase(manifest);
    }

    /** Every place the timeline export would redact, in the order the export shows them, and the pictures to check. */
    public RedactionPreview previewTimeline(CaseFile caseFile) {
        List<StoryEvent> pinned = pinned(caseFile);
        try (Protection protection = Protection.of(caseFile, redactors)) {
            new SafeCopy(protection, caseFile.timeZone()).timeline(title(caseFile), clock.instant(), pinned);
            return protection.redactor().preview();
        }
    }

    /** Every place the source memo would redact, in the order the memo shows them. */
    public RedactionPreview previewMemo(CaseFile caseFile, boolean includeUnapproved) {
        List<Claim> claims = claims(caseFile, includeUnapproved);
        List<ReplyStatus> replies = rightOfReply.statuses(caseFile);
        try (Protection protection = Protection.of(caseFile, redactors)) {
            new SafeCopy(protection, caseFile.timeZone()).memo(title(caseFile), clock.instant(), includeUnapproved, claims, replies);
            return protection.redactor().preview();
        }
    }

    /** The story's title as the reporter typed it, if they did; exports print "Untitled story" until then, never the case file's name. */
    public Optional<String> storyTitle(CaseFile caseFile) {
        return caseFile.storyTitle();
    }

    /** Sets the story's title, which every export is titled with from now on. */
    public void setStoryTitle(CaseFile caseFile, String title) {
        caseFile.setStoryTitle(title);
    }

    /** The pseudonyms of the case's confidential sources, whose identity every export hides besides what is marked. */
    public List<String> confidentialSources(CaseFile caseFile) {
        return attribution.confidentialSources(caseFile).stream().map(ConfidentialSource::pseudonym).toList();
    }

    /** What exports redact in this case. */
    public List<Redaction> redactions(CaseFile caseFile) {
        try (RedactionStore redactions = RedactionStore.of(caseFile)) {
            return redactions.list();
        }
    }

    /** Marks an entity (every name and written form of it) to be redacted from every export. */
    public long redactEntity(CaseFile caseFile, Actor actor, long entityId) {
        try (RedactionStore redactions = RedactionStore.of(caseFile)) {
            return redactions.markEntity(entityId, actor, clock.instant());
        }
    }

    /** Marks a term (a phone number, a name the case does not know) to be redacted from every export. */
    public long redactTerm(CaseFile caseFile, Actor actor, String term) {
        try (RedactionStore redactions = RedactionStore.of(caseFile)) {
            return redactions.markTerm(term, actor, clock.instant());
        }
    }

    /** Takes a redaction off: later exports show what it hid. */
    public void unredact(CaseFile caseFile, Actor actor, long redactionId) {
        try (RedactionStore redactions = RedactionStore.of(caseFile)) {
            redactions.unmark(redactionId, actor, clock.instant());
        }
    }

    private static String title(CaseFile caseFile) {
        return caseFile.storyTitle().orElse(UNTITLED);
    }

    private static LeakGate gate(Protection protection) {
        return new LeakGate(protection.forbidden(), protection.privateNotes());
    }

    private static List<StoryEvent> pinned(CaseFile caseFile) {
        try (StoryStore story = StoryStore.of(caseFile)) {
            return story.pinned();
        }
    }

    private List<Claim> claims(CaseFile caseFile, boolean includeUnapproved) {
        return attribution.claims(caseFile).stream().filter(claim -> includeUnapproved || claim.status() == ClaimStatus.APPROVED).toList();
    }

    /** The manifest of one export: what its copy cites, sealed with its salt, signed by the case. */
    private final class Manifest {
        private final Protection protection;
        private final Path target;
        private final SafeCopy copy;

        Manifest(Protection protection, Path target, SafeCopy copy) {
            this.protection = protection;
            this.target = target;
            this.copy = copy;
        }

        /** The page with its provenance appendix: every entry of the manifest, and the key that signs it. */
        Document appendTo(Document page, CaseFile caseFile) {
            return ProvenanceAppendix.appendTo(page, List.copyOf(copy.cited().values()), List.copyOf(copy.quoted().values()),
                    ProvenanceManifest.fileNameFor(target.getFileName().toString()), ManifestJson.publicKeyOf(CaseKeys.signing(caseFile)),
                    caseFile.timeZone());
        }

        ProvenanceManifest signed(String title, String exportSha256, CaseFile caseFile) {
            return ManifestJson.signed(new ProvenanceManifest(AppVersion.current(), title, target.toAbsolutePath().getFileName().toString(),
                    exportSha256, clock.instant(), protection.salt(), List.copyOf(copy.cited().values()),
                    List.copyOf(copy.quoted().values()), null), CaseKeys.signing(caseFile));
        }
    }

    private static void writePage(Document page, boolean pdf, OutputStream out) throws IOException {
        if (pdf) {
            PdfPages.write(page, out);
        } else {
            out.write(page.outerHtml().getBytes(StandardCharsets.UTF_8));
        }
    }
}
