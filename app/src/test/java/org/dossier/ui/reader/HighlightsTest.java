package org.dossier.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dossier.model.Annotation;
import org.dossier.model.DatePrecision;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.dossier.model.StoredMention;
import org.junit.jupiter.api.Test;

class HighlightsTest {
    private static final String TEXT = "陈立 said yesterday: stop Lumina.";
    private static final StoredMention PERSON = new StoredMention(1, 10L,
            new Mention(MentionType.PERSON, "陈立", 0, 2, "陈立 chen li", "case", 0.95, null));
    private static final StoredMention DATE = new StoredMention(2, null, new Mention(MentionType.DATE, "yesterday", 8, 17,
            "2023-11-20", "dates", 0.9, new Mention.DateValue("2023-11-20", DatePrecision.DAY, true, false)));
    private static final Annotation NOTE = new Annotation(1, 7, 0, 7, List.of("order"), null, "reporter", Instant.EPOCH);

    @Test
    void runsCoverTheTextAndCarryTheClassesOfWhatCoversThem() {
        List<Highlights.Run> runs = Highlights.runs(TEXT.length(), List.of(PERSON, DATE), List.of(NOTE), EnumSet.allOf(MentionType.class));
        assertEquals(List.of(
                new Highlights.Run(0, 2, Set.of("annotation", "mention", "mention-person")),
                new Highlights.Run(2, 7, Set.of("annotation")),
                new Highlights.Run(7, 8, Set.of()),
                new Highlights.Run(8, 17, Set.of("mention", "mention-date")),
                new Highlights.Run(17, TEXT.length(), Set.of())), runs);
    }

    @Test
    void aTypeTheLegendHidesIsNeitherDrawnNorHovered() {
        Set<MentionType> noDates = EnumSet.complementOf(EnumSet.of(MentionType.DATE));
        assertEquals(2, Highlights.runs(TEXT.length(), List.of(PERSON, DATE), List.of(), noDates).size());
        assertEquals(null, Highlights.mentionAt(10, List.of(PERSON, DATE), noDates));
        assertEquals(DATE, Highlights.mentionAt(10, List.of(PERSON, DATE), EnumSet.allOf(MentionType.class)));
    }

    @Test
    void hoveringADateSaysItsResolvedValueAndHowItWasRead() {
        assertEquals("2023-11-20 (day, resolved against the time this was written)", Highlights.describe(DATE));
        assertEquals("Person · click to see every item that mentions it · found by case", Highlights.describe(PERSON));
    }
}
