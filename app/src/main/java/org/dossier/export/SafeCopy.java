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
import org.dossier.model.Reply;
import org.dossier.model.ReplyStatus;
import org.dossier.model.Review;
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
    /** How many characters around an excerpt the memo quotes each side. */
    static final int CONTEXT = 200;
    /** Read beyond the context each side, so a hidden name that the cut would halve is found whole first. */
    private static final int MARGIN = 256;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH);

    private final Protection protection;
    private final Redactor redactor;
    private final ZoneId zone;
    private final Map<String, ProvenanceManifest.Cited> cited;
    private final Map<String, ProvenanceManifest.QuotedReply> quoted;

    /** A copy that cites what the manifest's entries hold, by the place each is shown. */
    SafeCopy(Protection protection, ZoneId zone, Map<String, ProvenanceManifest.Cited> cited,
             Map<String, ProvenanceManifest.QuotedReply> quoted) {
        this.protection = protection;
        this.redactor = protection.redactor();
        this.zone = zone;
        this.cited = cited;
        this.quoted = quoted;
    }

    AnnotatedTimeline timeline(String title, Instant made, List<StoryEvent> pinned) {
        List<AnnotatedTimeline.Event> events = new ArrayList<>();
        for (StoryEvent entry : pinned) {
            events.add(event(entry));
        }
        return new AnnotatedTimeline(redactor.text("Title", title), zone, made, inChapters(events));
    }

    SourceMemo memo(String title, Instant made, boolean includesUnapproved, List<Claim> claims, List<ReplyStatus> replies) {
        List<SourceMemo.Entry> entries = new ArrayList<>();
        for (Claim claim : claims) {
            String where = "Claim " + (entries.size() + 1);
            entries.add(new SourceMemo.Entry(claim(claim, where), claim.evidence().stream().map(evidence -> quoted(evidence, where + ", excerpt "
                    + (claim.evidence().indexOf(evidence) + 1))).toList(), replies.stream().filter(reply -> reply.claimId() == claim.id())
                    .map(reply -> replyStatus(reply, where)).toList()));
        }
        return new SourceMemo(redactor.text("Title", title), zone, made, includesUnapproved, entries);
    }

    private AnnotatedTimeline.Event event(StoryEvent entry) {
        TimelineEvent event = entry.event();
        String ref = "event-" + entry.storyId();
        Protection.Confidential confidential = event.itemId() == null ? null : protection.confidential(event.itemId());
        EventPrecision precision = confidential == null ? event.precision() : coarsest(event.precision(), finest(confidential.datesShown()));
        Instant[] period = StoryDates.atMost(event.start(), event.end(), event.precision(), precision, zone);
        String where = "Event of " + StoryDates.text(period[0], precision, zone);
        CitationLine citation = null;
        Long itemId = null;
        String excerpt = text(where, "excerpt", event.excerpt());
        if (confidential != null) {
            redactor.withheld(where, event.excerpt()); // anyone holding the originals could find who wrote them
            excerpt = Redactor.WITHHELD;
        }
        if (event.itemId() != null) {
            Item item = protection.item(event.itemId());
            citation = confidential != null ? confidentialCitation(confidential, item) : citation(ref, item, entry.citation().page(), where);
            itemId = cited.get(ref).isSealed() ? null : event.itemId();
        }
        return new AnnotatedTimeline.Event(ref, period[0], period[1], precision, text(where, "headline", entry.text().headline()),
                text(where, "note", entry.text().note()), excerpt, citation, itemId,
                text(where, "chapter", entry.chapter()), entry.beginsChapter(), media(where, entry.text().media()));
    }

    /**
     * The events in the order of the times they show, each in the chapter begun last before it: an
     * event shown by month sits at the month's start, so its place among the others says nothing finer.
     */
    private static List<AnnotatedTimeline.Event> inChapters(List<AnnotatedTimeline.Event> events) {
        List<AnnotatedTimeline.Event> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparing(AnnotatedTimeline.Event::start));
        List<AnnotatedTimeline.Event> chaptered = new ArrayList<>();
        String chapter = null;
        for (AnnotatedTimeline.Event event : ordered) {
            chapter = event.beginsChapter() ? event.chapter() : chapter;
            chaptered.add(new AnnotatedTimeline.Event(event.ref(), event.start(), event.end(), event.precision(), event.headline(),
                    event.note(), event.excerpt(), event.citation(), event.itemId(), chapter, event.beginsChapter(), event.media()));
        }
        return chaptered;
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

    private Claim claim(Claim claim, String where) {
        List<Review> reviews = claim.reviews().stream().map(review -> new Review(review.id(), review.claimId(),
                text(where, "reviewer", review.reviewer()), review.role(), review.action(), text(where, "review", review.text()),
                review.at())).toList();
        return new Claim(claim.id(), text(where, "text", claim.text()), text(where, "section", claim.section()), claim.position(),
                text(where, "created by", claim.createdBy()), claim.createdAt(), List.of(), reviews, claim.status(),
                claim.independentSources(), claim.approved());
    }

    private SourceMemo.Quoted quoted(Evidence evidence, String where) {
        String ref = "claim-" + evidence.claimId() + "-evidence-" + evidence.id();
        Item item = protection.item(evidence.itemId());
        Protection.Confidential confidential = protection.confidential(item.id());
        String attachedBy = text(where, "attached by", evidence.createdBy());
        if (confidential != null) {
            Evidence words = new Evidence(evidence.id(), evidence.claimId(), EvidenceKind.CONFIDENTIAL, evidence.stance(), 0, null,
                    text(where, "excerpt", evidence.excerpt()), null, null, confidential.pseudonym(), null, attachedBy, evidence.createdAt());
            return new SourceMemo.Quoted(words, "", "", confidentialCitation(confidential, item));
        }
        String text = item.text() == null ? "" : item.text();
        Excerpts.InContext wide = Excerpts.inContext(text, evidence.span(), CONTEXT + MARGIN);
        List<String> words = redactor.parts(where, List.of(wide.before(), evidence.excerpt(), wide.after()));
        Evidence.OnRecord onRecord = evidence.onRecord() == null ? null : new Evidence.OnRecord(
                text(where, "speaker", evidence.onRecord().speaker()), evidence.onRecord().spokenAt(),
                text(where, "spoken to", evidence.onRecord().spokenTo()), evidence.onRecord().byPartyConcerned());
        Evidence copy = new Evidence(evidence.id(), evidence.claimId(), evidence.kind(), evidence.stance(), 0, null, words.get(1), null,
                onRecord, null, null, attachedBy, evidence.createdAt());
        int start = Math.min(evidence.span().start(), text.length());
        Integer page = text.indexOf('\f') < 0 ? null : (int) text.substring(0, start).chars().filter(c -> c == '\f').count() + 1;
        return new SourceMemo.Quoted(copy, Cut.keepEnd(words.get(0), CONTEXT), Cut.keepStart(words.get(2), CONTEXT),
                citation(ref, item, page, where));
    }

    /** A file's name, the page, the author and the time, redacted; the file's SHA-256, or its seal when it holds a hidden word. */
    private CitationLine citation(String ref, Item item, Integer page, String where) {
        ProvenanceManifest.Cited entry = cited.get(ref);
        CitationLine.Hash fingerprint = entry.isSealed() ? CitationLine.Hash.sealed(entry.seal()) : CitationLine.Hash.sha256(entry.sha256());
        return new CitationLine(text(where, "source file", org.dossier.model.Citation.fileNameOf(item.provenance().path())), page,
                text(where, "author", item.author()), item.occurredAt() == null ? null : WHEN.format(item.occurredAt().instant().atZone(zone)),
                fingerprint);
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
                when, null);
    }

    private SourceMemo.Answer replyStatus(ReplyStatus status, String where) {
        String party = text(where, "party asked", status.party());
        Reply reply = status.reply();
        if (reply == null) {
            return new SourceMemo.Answer(new ReplyStatus(status.claimId(), party, status.state(), status.deadline(), null), null);
        }
        Reply copy = new Reply(reply.id(), reply.requestId(), reply.claimId(), reply.stance(), text(where, "reply", reply.statement()),
                text(where, "replied by", reply.speaker()), reply.receivedAt(), text(where, "reply came by", reply.how()), null,
                text(where, "reply recorded by", reply.createdBy()), reply.createdAt());
        ProvenanceManifest.QuotedReply file = reply.source() == null ? null : quoted.get("claim-" + reply.claimId() + "-reply-" + reply.id());
        return new SourceMemo.Answer(new ReplyStatus(status.claimId(), party, status.state(), status.deadline(), copy), file == null ? null
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
