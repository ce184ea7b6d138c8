package org.dossier.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.DateOrder;
import org.dossier.model.Mention;

/**
 * Finds what a text names: dates (resolved against the anchor) and things with a fixed shape.
 * People, organisations and places come with the named-entity extractors (issue #4's next part).
 * Thread-safe: extractors hold only compiled patterns.
 */
public final class ExtractionService {
    private final DateExtractor dates;
    private final PatternExtractor patterns = new PatternExtractor();

    public ExtractionService(DateOrder numericDateOrder) {
        this.dates = new DateExtractor(numericDateOrder);
    }

    /**
     * @param anchor the day the text was written (a message's day, a document's date), or null when
     *               unknown: relative dates are then left out
     */
    public List<Mention> extract(String text, LocalDate anchor) {
        List<Mention> all = new ArrayList<>(patterns.extract(text));
        all.addAll(dates.extract(text, anchor));
        return Overlaps.keepLongest(all);
    }
}
