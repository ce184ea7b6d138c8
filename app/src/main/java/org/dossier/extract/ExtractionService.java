package org.dossier.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.dossier.extract.hanlp.ChineseNames;
import org.dossier.model.DateOrder;
import org.dossier.model.KnownEntity;
import org.dossier.model.Mention;
import org.dossier.text.SimplifiedHan;

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
    private final KnownNames gazetteer;
    private final PatternExtractor patterns = new PatternExtractor();
    private final EnglishNames english = new EnglishNames();
    private final ChineseNames chinese = new ChineseNames();

    public ExtractionService(DateOrder numericDateOrder) {
        this(numericDateOrder, CaseKnowledge.names(List.of(), List.of()));
    }

    /** @param caseNames the case's watch list, aliases and participants ({@link CaseKnowledge#names}) */
    public ExtractionService(DateOrder numericDateOrder, KnownNames caseNames) {
        this(new DateExtractor(numericDateOrder), caseNames, GAZETTEER);
    }

    private ExtractionService(DateExtractor dates, KnownNames caseNames, KnownNames gazetteer) {
        this.dates = dates;
        this.caseNames = caseNames;
        this.gazetteer = gazetteer;
    }

    /** The same extraction without the bundled gazetteer: what the rules and the case find by themselves. */
    public ExtractionService withoutGazetteer() {
        return new ExtractionService(dates, caseNames, new KnownNames(List.of(), "gazetteer", 0.9));
    }

    /** The canonical names of what the case knows, learned names included. */
    public List<String> knownNames() {
        return caseNames.entities().stream().map(KnownEntity::name).toList();
    }

    /** The same extraction, also knowing these names (organisations the case learned: {@link SureNames}). */
    public ExtractionService knowingNames(Collection<KnownEntity> names) {
        return names.isEmpty() ? this : new ExtractionService(dates, CaseKnowledge.plus(caseNames, names), gazetteer);
    }

    /** The same extraction, also knowing these people (chat authors the case has not recorded yet). */
    public ExtractionService knowing(Collection<String> people) {
        return people.isEmpty() ? this : new ExtractionService(dates, CaseKnowledge.plusPeople(caseNames, people), gazetteer);
    }

    /**
     * @param anchor the day the text was written (a message's day, a document's date), or null when
     *               unknown: relative dates are then left out
     */
    public List<Mention> extract(String text, LocalDate anchor) {
        List<Mention> all = new ArrayList<>(patterns.extract(text));
        all.addAll(dates.extract(text, anchor));
        String simplified = SimplifiedHan.of(text);
        all.addAll(known(caseNames, text, simplified));
        all.addAll(known(gazetteer, text, simplified));
        all.addAll(english.extract(text));
        all.addAll(chinese.extract(text, simplified));
        return Overlaps.keepLongest(all);
    }

    /** Known names as written, and in Traditional text also as their Simplified form matches (字節跳動 is 字节跳动). */
    private static List<Mention> known(KnownNames names, String text, String simplified) {
        List<Mention> found = new ArrayList<>(names.find(text));
        if (!simplified.equals(text)) {
            for (Mention m : names.find(simplified)) {
                found.add(new Mention(m.type(), text.substring(m.start(), m.end()), m.start(), m.end(), m.normalized(), m.extractor(),
                        m.confidence(), m.date()));
            }
        }
        return found;
    }
}
