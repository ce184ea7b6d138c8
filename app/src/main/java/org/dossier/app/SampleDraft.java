package org.dossier.app;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.attribution.AttributionService;
import org.dossier.model.Actor;
import org.dossier.model.ConfidentialSource.DatesShown;
import org.dossier.model.Evidence.EvidenceKind;
import org.dossier.model.Evidence.OnRecord;
import org.dossier.model.Evidence.Stance;
import org.dossier.model.NewEvidence;
import org.dossier.model.Span;
import org.dossier.model.TimelineEvent;
import org.dossier.store.CaseFile;
import org.dossier.store.ItemReader;
import org.dossier.timeline.TimelineService;

/**
 * The story draft the sample case ships with: claims sourced by a reporter and reviewed by an
 * editor, in every state of the board, so a new user sees it working. Written through the same
 * service as any reporter's work, so it is in the audit log like any other.
 */
final class SampleDraft {
    static final Actor REPORTER = new Actor("Sample reporter", Actor.Role.REPORTER);
    static final Actor EDITOR = new Actor("Sample editor", Actor.Role.EDITOR);
    private static final String RESOURCE = "sample-draft.txt";

    private SampleDraft() {
    }

    static void write(CaseFile caseFile, AttributionService board, TimelineService timeline) {
        List<TimelineEvent> events = SampleStory.messagesAndDocuments(caseFile, timeline);
        Map<String, Long> sources = new HashMap<>();
        String section = null;
        long claim = -1;
        for (String line : SampleStory.lines(RESOURCE)) {
            String[] keyAndValue = line.split(":", 2);
            String value = keyAndValue[1].strip();
            switch (keyAndValue[0]) {
                case "section" -> section = value;
                case "source" -> source(caseFile, board, value, sources);
                case "claim" -> claim = board.addDraft(caseFile, "# " + section + "\n" + value, REPORTER).get(0);
                case "evidence" -> board.attach(caseFile, claim, evidence(caseFile, events, value, sources), REPORTER);
                case "review" -> review(caseFile, board, claim, value);
                default -> throw new IllegalStateException("the sample draft has a line it cannot read: " + line);
            }
        }
    }

    /** "PSEUDONYM | IDENTITY | PRIVATE NOTE | DATES" */
    private static void source(CaseFile caseFile, AttributionService board, String value, Map<String, Long> sources) {
        String[] fields = value.split("\\|");
        sources.put(fields[0].strip(), board.addConfidentialSource(caseFile, fields[0].strip(), fields[2].strip(), fields[1].strip(),
                DatesShown.fromDbName(fields[3].strip()), REPORTER));
    }

    /** "KIND STANCE | EVENT | WORDS [| SPEAKER | SPOKEN TO | party]" or "confidential STANCE | EVENT | WORDS | PSEUDONYM" */
    private static NewEvidence evidence(CaseFile caseFile, List<TimelineEvent> events, String value, Map<String, Long> sources) {
        String[] fields = value.split("\\|");
        String[] kindAndStance = fields[0].strip().split(" ");
        String eventWords = fields[1].strip();
        String words = fields[2].strip();
        TimelineEvent event = SampleStory.eventWith(events, eventWords);
        int at;
        try (ItemReader items = ItemReader.of(caseFile)) {
            at = items.item(event.itemId()).orElseThrow().text().indexOf(words);
        }
        if (at < 0) {
            throw new IllegalStateException("the sample draft's words \"" + words + "\" are not in " + event.title());
        }
        EvidenceKind kind = EvidenceKind.valueOf(kindAndStance[0].toUpperCase(Locale.ROOT));
        Long source = kind == EvidenceKind.CONFIDENTIAL ? sources.get(fields[3].strip()) : null;
        OnRecord said = kind != EvidenceKind.CONFIDENTIAL && fields.length > 3 ? new OnRecord(fields[3].strip(), event.start(),
                fields[4].strip(), fields.length > 5 && fields[5].strip().equals("party")) : null;
        return new NewEvidence(kind, Stance.valueOf(kindAndStance[1].toUpperCase(Locale.ROOT)), event.itemId(),
                new Span(at, at + words.length()), said, source);
    }

    private static void review(CaseFile caseFile, AttributionService board, long claim, String value) {
        String[] fields = value.split("\\|", 2);
        String text = fields[1].strip();
        switch (fields[0].strip()) {
            case "approve" -> board.approve(caseFile, claim, text, EDITOR);
            case "send_back" -> board.sendBack(caseFile, claim, text, EDITOR);
            default -> board.comment(caseFile, claim, text, EDITOR);
        }
    }
}
