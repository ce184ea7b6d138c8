package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;

/** The people, organisations and places a text yields, as the name tests compare them. */
final class FoundNames {
    private FoundNames() {
    }

    /** The names found, as "TYPE surface" joined by "; ", dates and shapes left out; each must point at its own span. */
    static String of(ExtractionService extraction, String text, LocalDate day) {
        List<Mention> mentions = extraction.extract(text, day);
        for (Mention m : mentions) {
            assertEquals(text.substring(m.start(), m.end()), m.text(), "a mention's text is its span");
        }
        return mentions.stream().filter(m -> m.type() == MentionType.PERSON || m.type() == MentionType.ORGANIZATION
                        || m.type() == MentionType.LOCATION)
                .map(m -> m.type().name().substring(0, 3) + " " + m.text()).collect(Collectors.joining("; "));
    }
}
