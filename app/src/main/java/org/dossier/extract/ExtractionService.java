package org.dossier.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.dossier.extract.hanlp.ChineseNames;
import org.dossier.model.DateOrder;
import org.dossier.model.Mention;

/**
 * Finds what a text names: people, organisations and places (the case's own names first, then the
 * gazetteer's, then rules for English and corrected HanLP for Chinese), dates resolved against the
 * anchor, and things with a fixed shape. Where candidates overlap, the longest wins, and of two as
 * long the surer. Thread-safe: extractors hold only compiled patterns and immutable lists.
 */
public final class ExtractionService {
    private static final KnownNames GAZETTEER = KnownNames.gazetteer();

    private final DateExtractor dates;
    private final KnownNames caseNames;
    private final PatternExtractor patterns = new PatternExtractor();
    private final EnglishNames english = new EnglishNames();
    private final ChineseNames chinese = new ChineseNames();

    public ExtractionService(DateOrder numericDateOrder) {
        this(numericDateOrder, CaseKnowledge.names(List.of(), List.of()));
    }

    /** @param caseNames the case's watch list, aliases and participants ({@link CaseKnowledge#names}) */
    public ExtractionService(DateOrder numericDateOrder, KnownNames caseNames) {
        this(new DateExtractor(numericDateOrder), caseNames);
    }

    private ExtractionService(DateExtractor dates, KnownNames caseNames) {
        this.dates = dates;
        this.caseNames = caseNames;
    }

    /** The same extraction, also knowing these people (chat authors the case has not recorded yet). */
    public ExtractionService knowing(Collection<String> people) {
        return people.isEmpty() ? this : new ExtractionService(dates, CaseKnowledge.plusPeople(caseNames, people));
    }

    /**
     * @param anchor the day the text was written (a message's day, a document's date), or null when
     *               unknown: relative dates are then left out
     */
    public List<Mention> extract(String text, LocalDate anchor) {
        List<Mention> all = new ArrayList<>(patterns.extract(text));
        all.addAll(dates.extract(text, anchor));
        all.addAll(caseNames.find(text));
        all.addAll(GAZETTEER.find(text));
        all.addAll(english.extract(text));
        all.addAll(chinese.extract(text));
        return Overlaps.keepLongest(all);
    }
}
