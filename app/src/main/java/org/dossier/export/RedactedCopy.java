package org.dossier.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Citation;
import org.dossier.model.Claim;
import org.dossier.model.Evidence;
import org.dossier.model.Reply;
import org.dossier.model.ReplySource;
import org.dossier.model.ReplyStatus;
import org.dossier.model.Review;
import org.dossier.model.StoryEvent;
import org.dossier.model.StoryText;
import org.dossier.model.TimelineEvent;

/**
 * An export's content with the marked terms hidden in every text it holds: what the reporter wrote,
 * the excerpts and the words around them, and the metadata (file names, paths, authors, speakers).
 * Hashes, ids, spans and times are kept: they identify evidence, not people. The writers then
 * write the copy, so no writer can forget a field. A picture shown with an event cannot be redacted:
 * the preview names it, for the reporter to check by eye.
 */
final class RedactedCopy {
    private final Redactor redactor;

    RedactedCopy(Redactor redactor) {
        this.redactor = redactor;
    }

    AnnotatedTimeline of(AnnotatedTimeline timeline) {
        List<StoryEvent> events = new ArrayList<>();
        for (StoryEvent entry : timeline.events()) {
            events.add(event(entry, "Event of " + StoryDates.text(entry.event(), timeline.zone())));
        }
        return new AnnotatedTimeline(redactor.text("Title", timeline.title()), timeline.zone(), timeline.made(), events);
    }

    SourceMemo of(SourceMemo memo) {
        List<SourceMemo.Entry> entries = new ArrayList<>();
        for (SourceMemo.Entry entry : memo.claims()) {
            entries.add(entry(entry, "Claim " + (entries.size() + 1)));
        }
        return new SourceMemo(redactor.text("Title", memo.title()), memo.zone(), memo.made(), memo.includesUnapproved(), entries);
    }

    private StoryEvent event(StoryEvent entry, String where) {
        TimelineEvent event = entry.event();
        TimelineEvent copy = new TimelineEvent(event.id(), event.start(), event.end(), event.precision(), event.kind(),
                text(where, "title", event.title()), text(where, "excerpt", event.excerpt()), event.itemId(),
                text(where, "source", event.sourcePath()), event.span());
        StoryText story = entry.text();
        StoryText written = new StoryText(text(where, "headline", story.headline()), text(where, "note", story.note()),
                text(where, "media", story.media()));
        if (TimelineHtmlWriter.pictureType(story.media()) != null) {
            redactor.pictureAsItIs(where, Path.of(story.media()).getFileName().toString());
        }
        return new StoryEvent(entry.storyId(), copy, written, text(where, "chapter", entry.chapter()), entry.beginsChapter(),
                citation(where, entry.citation()));
    }

    private SourceMemo.Entry entry(SourceMemo.Entry entry, String where) {
        Claim claim = entry.claim();
        List<SourceMemo.Quoted> quoted = new ArrayList<>();
        for (SourceMemo.Quoted each : entry.evidence()) {
            quoted.add(quoted(each, where + ", excerpt " + (quoted.size() + 1)));
        }
        List<Review> reviews = claim.reviews().stream().map(review -> new Review(review.id(), review.claimId(),
                text(where, "reviewer", review.reviewer()), review.role(), review.action(), text(where, "review", review.text()),
                review.at())).toList();
        Claim copy = new Claim(claim.id(), text(where, "text", claim.text()), text(where, "section", claim.section()),
                claim.position(), text(where, "created by", claim.createdBy()), claim.createdAt(),
                quoted.stream().map(SourceMemo.Quoted::evidence).toList(), reviews, claim.status(), claim.independentSources(),
                claim.approved());
        List<ReplyStatus> replies = entry.replies().stream().map(status -> replyStatus(status, where)).toList();
        return new SourceMemo.Entry(copy, quoted, replies);
    }

    private ReplyStatus replyStatus(ReplyStatus status, String where) {
        String party = text(where, "party asked", status.party());
        Reply reply = status.reply();
        if (reply == null) {
            return new ReplyStatus(status.claimId(), party, status.state(), status.deadline(), null);
        }
        ReplySource source = reply.source() == null ? null : new ReplySource(text(where, "reply file", reply.source().fileName()),
                reply.source().sha256(), reply.source().passage());
        return new ReplyStatus(status.claimId(), party, status.state(), status.deadline(), new Reply(reply.id(), reply.requestId(),
                reply.claimId(), reply.stance(), text(where, "reply", reply.statement()), text(where, "replied by", reply.speaker()),
                reply.receivedAt(), text(where, "reply came by", reply.how()), source, text(where, "reply recorded by",
                reply.createdBy()), reply.createdAt()));
    }

    private SourceMemo.Quoted quoted(SourceMemo.Quoted quoted, String where) {
        Evidence evidence = quoted.evidence();
        List<String> words = redactor.parts(where, List.of(quoted.before(), evidence.excerpt(), quoted.after()));
        Evidence.OnRecord onRecord = evidence.onRecord() == null ? null : new Evidence.OnRecord(
                text(where, "speaker", evidence.onRecord().speaker()), evidence.onRecord().spokenAt(),
                text(where, "spoken to", evidence.onRecord().spokenTo()), evidence.onRecord().byPartyConcerned());
        Evidence copy = new Evidence(evidence.id(), evidence.claimId(), evidence.kind(), evidence.stance(), evidence.itemId(),
                evidence.span(), words.get(1), text(where, "source", evidence.sourcePath()), onRecord,
                text(where, "pseudonym", evidence.confidentialSource()), text(where, "independence", evidence.independence()),
                text(where, "attached by", evidence.createdBy()), evidence.createdAt());
        return new SourceMemo.Quoted(copy, words.get(0), words.get(2), citation(where, quoted.citation()));
    }

    private Citation citation(String where, Citation citation) {
        return citation == null ? null : new Citation(text(where, "source file", citation.path()), citation.sha256(),
                text(where, "place in the file", citation.locator()), citation.page(), text(where, "author", citation.author()),
                citation.occurredAt());
    }

    private String text(String where, String field, String text) {
        return redactor.text(where + ", " + field, text);
    }
}
