package org.dossier.extract.hanlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;

/**
 * HanLP's own recognition of people (nr), places (ns) and organisations (nt) in Chinese text, as
 * it comes out of the box: the baseline the issue asks to measure, and the base the next extractor
 * corrects with dictionaries and rules. Latin words inside Chinese (HanLP's nx) are not its to name.
 */
public final class HanlpEntities {
    static final String NAME = "hanlp";

    public List<Mention> extract(String text) {
        // A segment is not thread-safe to configure but is to use; one per call keeps it simple.
        Segment segment = HanLP.newSegment().enableNameRecognize(true).enablePlaceRecognize(true)
                .enableOrganizationRecognize(true).enableOffset(true);
        List<Mention> found = new ArrayList<>();
        for (Term term : segment.seg(text)) {
            MentionType type = type(term.nature.toString());
            if (type != null) {
                found.add(new Mention(type, term.word, term.offset, term.offset + term.word.length(), term.word, NAME, 0.6, null));
            }
        }
        return found;
    }

    private static MentionType type(String nature) {
        if (nature.startsWith("nr")) {
            return MentionType.PERSON;
        }
        if (nature.startsWith("ns")) {
            return MentionType.LOCATION;
        }
        return nature.startsWith("nt") ? MentionType.ORGANIZATION : null;
    }
}
