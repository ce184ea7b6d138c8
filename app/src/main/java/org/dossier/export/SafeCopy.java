package org.dossier.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dossier.attribution.Excerpts;
import org.dossier.model.Claim;
import org.dossier.model.ConfidentialSource.DatesShown;
import org.dossier.model.Evidence;
import org.dossier.model.Evidence.EvidenceKind;
import org.dossier.model.Item;
import org.dossier.model.OcrText;
import org.dossier.model.Reply;
import org.dossier.model.ReplyStatus;
import org.dossier.model.Review;
import org.dossier.model.Span;
import org.dossier.model.StoryEvent;
import org.dossier.model.TimelineEvent;
import org.dossier.model.TimelineEvent.EventPrecision;

/**
 * An export's content as its writers see it: only what may be published. Every text the export
 * writes is redacted (what the reporter wrote, the excerpts and the words around them, file names,
 * authors, speakers, reviewers, replies), and redacted before it is cut, so the words around an
 * excerpt never show part of a hidden name. An item a confidential source's words come from is cited
 * by pseudonym, kind of source and a date no finer than the reporter allows, with no words around
 * it; on the timeline, which the public reads, its words are withheld too (anyone holding the
 * originals could search for them and find who wrote them), and it is placed at the start of that
 * period. Pictures are embedded only
 * re-encoded ({@link CleanPicture}). The writers write this copy, so no writer can forget a field.
 */
final class SafeCopy {
    /** The chapter of the events whose date a confidential source's protection withholds. */
    static final String UNDATED = "Not dated (a confidential source)";
    /** How many characters around an excerpt the memo quotes each side. */
    static final int CONTEXT = 200;
    /** Read beyond the context each side, so a hidden name that the cut would halve is found whole first. */
    private static final int MARGIN = 256;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH);

    private final Protection protection;
    private final Redactor redactor;
    private final ZoneId zone;
    private final Map<String, ProvenanceManifest.Cited> cited = new LinkedHashMap<>();
    private final Map<String, ProvenanceManifest.QuotedReply> quoted = new LinkedHashMap<>();

    SafeCopy(Protection protection, ZoneId zone) {
        this.protection = protection;
        this.redactor = protection.redactor();
        this.zone = zone;
    }

    /**
     * The story's events in the order of the times they show, numbered in that order ("event-1"):
     * an event shown by month sits at the month's start, so neither its place nor its number says
     * anything finer. An event whose date is withheld comes last, in a chapter of its own.
     */
    AnnotatedTimeline timeline(String title, Instant made, List<StoryEvent> pinned) {
        record Placed(StoryEvent entry, Shown shown) {
        }
        List<Placed> ordered = new ArrayList<>(pinned.stream().map(entry -> new Placed(entry, shown(entry))).toList());
        ordered.sort(Comparator.comparing((Placed placed) -> placed.shown().withheld()).thenComparing(placed -> placed.shown().start()));
        List<AnnotatedTimeline.Event> events = new ArrayList<>();
        String chapter = null;
        for (Placed placed : ordered) {
            AnnotatedTimeline.Event event = event(placed.entry(), placed.shown(), "event-" + (events.size() + 1));
            boolean begins = event.beginsChapter() || placed.shown().withheld() && (events.isEmpty() || !events.get(events.size() - 1).dateWithheld());
            chapter = placed.shown().withheld() ? UNDATED : event.beginsChapter() ? event.chapter() : chapter;
            events.add(new AnnotatedTimeline.Event(event.ref(), event.start(), event.end(), event.precision(), event.dateWithheld(),
                    event.headline(), event.note(), event.excerpt(), event.citation(), event.itemId(), chapter, begins, event.media()));
        }
        return new AnnotatedTimeline(redactor.text("Title", title), zone, made, events);
    }

    /** The claims in order, numbered in the memo's order ("claim-2-evidence-1"), never by the case's own numbering. */
    SourceMemo memo(String title, Instant made, boolean includesUnapproved, List<Claim> claims, List<ReplyStatus> replies) {
        List<SourceMemo.Entry> entries = new ArrayList<>();
        for (Claim claim : claims) {
            int number = entries.size() + 1;
            String where = "Claim " + number;
            List<SourceMemo.Quoted> evidence = new ArrayList<>();
            for (Evidence each : claim.evidence()) {
                evidence.add(quoted(each, where + ", excerpt " + (evidence.size() + 1), "claim-" + number + "-evidence-" + (evidence.size() + 1),
                        evidence.size() + 1));
            }
            List<SourceMemo.Answer> answers = new ArrayList<>();
            for (ReplyStatus reply : replies.stream().filter(reply -> reply.claimId() == claim.id()).toList()) {
                answers.add(replyStatus(reply, where, "claim-" + number + "-reply-" + (answers.size() + 1), number));
            }
            entries.add(new SourceMemo.Entry(claim(claim, where, number), evidence, answers));
        }
        return new SourceMemo(redactor.text("Title", title), zone, made, includesUnapproved, entries);
    }

    /** The manifest's entry for each excerpt the copy cites, by the place it shows it. */
    Map<String, ProvenanceManifest.Cited> cited() {
        return cited;
    }

    /** The manifest's entry for each reply the memo quotes from a file, by the place it shows it. */
    Map<String, ProvenanceManifest.QuotedReply> quoted() {
        return quoted;
    }

    /** When an event is shown: its period at the precision allowed, or no date at all. */
    private record Shown(Instant start, Instant end, EventPrecision precision, boolean withheld, Protection.Confidential confidential) {
    }

    private Shown shown(StoryEvent entry) {
        TimelineEvent event = entry.event();
        Protection.Confidential confidential = event.itemId() == null ? null : protection.confidential(event.itemId());
        if (confidential != null && confidential.datesShown() == DatesShown.NONE) {
            return new Shown(Instant.EPOCH, Instant.EPOCH, EventPrecision.YEAR, true, confidential);
        }
        EventPrecision precision = confidential == null ? event.precision() : coarsest(event.precision(), finest(confidential.datesShown()));
        Instant[] period = StoryDates.atMost(event.start(), event.end(), event.precision(), precision, zone);
        return new Shown(period[0], period[1], precision, false, confidential);
    }

    private AnnotatedTimeline.Event event(StoryEvent entry, Shown shown, String ref) {
        TimelineEvent event = entry.event();
        Protection.Confidential confidential = shown.confidential();
        String where = "Event of " + (shown.withheld() ? "a withheld date" : StoryDates.text(shown.start(), shown.precision(), zone));
        CitationLine citation = null;
        Long itemId = null;
        String excerpt = text(where, "excerpt", event.excerpt());
        if (confidential != null) {
            redactor.withheld(where, event.excerpt()); // anyone holding the originals could find who wrote them
            excerpt = Redactor.WITHHELD;
        }
        if (event.itemId() != null) {
            Item item = protection.item(event.itemId());
            ProvenanceManifest.Cited entryOf = cite(CitedExcerpts.Citing.of(ref, entry));
            citation = confidential != null ? confidentialCitation(confidential, item) : citation(entryOf, item, entry.citation().page(), where);
            itemId = entryOf.isSealed() ? null : event.itemId();
        }
        return new AnnotatedTimeline.Event(ref, shown.start(), shown.end(), shown.precision(), shown.withheld(),
                text(where, "headline", entry.text().headline()), text(where, "note", entry.text().note()), excerpt, citation, itemId,
                text(where, "chapter", entry.chapter()), entry.beginsChapter(), media(where, entry.text().media()));
    }

    private ProvenanceManifest.Cited cite(CitedExcerpts.Citing citing) {
        ProvenanceManifest.Cited entry = CitedExcerpts.entry(protection, citing);
        cited.put(citing.ref(), entry);
        return entry;
    }

    /** A link stays a link (redacted like any text); a picture is re-encoded; any other file is named only. */
    private AnnotatedTimeline.Media media(String where, String media) {
        if (media == null) {
            return AnnotatedTimeline.Media.NONE;
        }
        if (media.startsWith("http://") || media.startsWith("https://")) {
            return new AnnotatedTimeline.Media(text(where, "link", media), null, null);
        }
        try {
            Path file = Path.of(media);
            Optional<CleanPicture> picture = Files.isRegularFile(file) ? CleanPicture.of(file) : Optional.empty();
            if (picture.isPresent()) {
                redactor.picture(where, String.valueOf(file.getFileName()));
                return new AnnotatedTimeline.Media(null, picture.get(), null);
            }
            return new AnnotatedTimeline.Media(null, null, text(where, "media", String.valueOf(file.getFileName())));
        } catch (InvalidPathException e) {
            return new AnnotatedTimeline.Media(null, null, text(where, "media", media));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the picture " + media, e);
        }
    }

    /** The claim's words and reviews, redacted, numbered as the memo shows it. */
    private Claim claim(Claim claim, String where, int number) {
        List<Review> reviews = claim.reviews().stream().map(review -> new Review(0, number,
                text(where, "reviewer", review.reviewer()), review.role(), review.action(), text(where, "review", review.text()),
                review.at())).toList();
        return new Claim(number, text(where, "text", claim.text()), text(where, "section", claim.section()), claim.position(),
                text(where, "created by", claim.createdBy()), claim.createdAt(), List.of(), reviews, claim.status(),
                claim.independentSources(), claim.approved(), 0); // how often it changed is not the export's to tell
    }

    private SourceMemo.Quoted quoted(Evidence evidence, String where, String ref, int number) {
        Item item = protection.item(evidence.itemId());
        ProvenanceManifest.Cited entry = cite(CitedExcerpts.Citing.of(ref, evidence));
        Protection.Confidential confidential = protection.confidential(item.id());
        String attachedBy = text(where, "attached by", evidence.createdBy());
        if (confidential != null) {
            Evidence words = new Evidence(number, 0, EvidenceKind.CONFIDENTIAL, evidence.stance(), 0, null,
                    text(where, "excerpt", evidence.excerpt()), null, null, confidential.pseudonym(), null, attachedBy, evidence.createdAt());
            return new SourceMemo.Quoted(words, "", "", confidentialCitation(confidential, item));
        }
        String text = item.text() == null ? "" : item.text();
        Excerpts.InContext wide = Excerpts.inContext(text, evidence.span(), CONTEXT + MARGIN);
        List<String> words = redactor.parts(where, List.of(wide.before(), evidence.excerpt(), wide.after()));
        Evidence.OnRecord onRecord = evidence.onRecord() == null ? null : new Evidence.OnRecord(
                text(where, "speaker", evidence.onRecord().speaker()), evidence.onRecord().spokenAt(),
                text(where, "spoken to", evidence.onRecord().spokenTo()), evidence.onRecord().byPartyConcerned());
        Evidence copy = new Evidence(number, 0, evidence.kind(), evidence.stance(), 0, null, words.get(1), null,
                onRecord, null, null, attachedBy, evidence.createdAt());
        int start = Math.min(evidence.span().start(), text.length());
        Integer page = text.indexOf('\f') < 0 ? null : (int) text.substring(0, start).chars().filter(c -> c == '\f').count() + 1;
        return new SourceMemo.Quoted(copy, Cut.keepEnd(words.get(0), CONTEXT), Cut.keepStart(words.get(2), CONTEXT),
                citation(entry, item, page, where));
    }

    /**
     * A file's name, the page, the author and the time, redacted; the file's SHA-256, or its seal when
     * it holds a hidden word; for words read by OCR, the crop of the picture they were read from.
     */
    private CitationLine citation(ProvenanceManifest.Cited entry, Item item, Integer page, String where) {
        CitationLine.Hash fingerprint = entry.isSealed() ? CitationLine.Hash.sealed(entry.seal()) : CitationLine.Hash.sha256(entry.sha256());
        String file = text(where, "source file", org.dossier.model.Citation.fileNameOf(item.provenance().path()));
        boolean ocr = OcrText.isOcr(item.provenance().locator()); // OCR's reading of a picture: to be checked against it
        CleanPicture crop = !ocr || entry.isSealed() || entry.start() == null ? null
                : protection.ocrCrop(item, new Span(entry.start(), entry.end())).orElse(null);
        if (crop != null) {
            redactor.picture(where, "the part of " + file + " OCR read the excerpt from");
        }
        return new CitationLine(ocr ? file + " (text read by OCR)" : file, ocr ? OcrText.page(item.provenance().locator()) : page,
                text(where, "author", item.author()), item.occurredAt() == null ? null : WHEN.format(item.occurredAt().instant().atZone(zone)),
                fingerprint, crop);
    }

    /** "confidential source “Kestrel”, chat message, 2023-08": nothing else. */
    private CitationLine confidentialCitation(Protection.Confidential confidential, Item item) {
        String when = null;
        if (item.occurredAt() != null && confidential.datesShown() != DatesShown.NONE) {
            EventPrecision precision = finest(confidential.datesShown());
            when = StoryDates.text(StoryDates.atMost(item.occurredAt().instant(), item.occurredAt().instant(), EventPrecision.SECOND,
                    precision, zone)[0], precision, zone);
        }
        return new CitationLine("confidential source “" + confidential.pseudonym() + "”, " + confidential.kindOfSource(), null, null,
                when, null, null);
    }

    private SourceMemo.Answer replyStatus(ReplyStatus status, String where, String ref, int claim) {
        String party = text(where, "party asked", status.party());
        Reply reply = status.reply();
        if (reply == null) {
            return new SourceMemo.Answer(new ReplyStatus(claim, party, status.state(), status.deadline(), null), null);
        }
        Reply copy = new Reply(0, 0, claim, reply.stance(), text(where, "reply", reply.statement()),
                text(where, "replied by", reply.speaker()), reply.receivedAt(), text(where, "reply came by", reply.how()), null,
                text(where, "reply recorded by", reply.createdBy()), reply.createdAt());
        ProvenanceManifest.QuotedReply file = null;
        if (reply.source() != null && reply.statement() != null) {
            file = CitedExcerpts.reply(protection, reply, ref);
            quoted.put(ref, file);
        }
        return new SourceMemo.Answer(new ReplyStatus(claim, party, status.state(), status.deadline(), copy), file == null ? null
                : file.file() + " · " + (file.isSealed() ? CitationLine.Hash.sealed(file.seal()).shortForm()
                : CitationLine.Hash.sha256(file.sha256()).whole() + " · characters " + file.start() + "–" + file.end()));
    }

    /** The finest precision a confidential source's dates may have on a timeline, where an event needs one: a year at least. */
    private static EventPrecision finest(DatesShown dates) {
        return switch (dates) {
            case DAY -> EventPrecision.DAY;
            case MONTH -> EventPrecision.MONTH;
            case YEAR, NONE -> EventPrecision.YEAR;
        };
    }

    private static EventPrecision coarsest(EventPrecision a, EventPrecision b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private String text(String where, String field, String text) {
        return redactor.text(where + ", " + field, text);
    }
}
