package org.dossier.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.model.Annotation;
import org.dossier.model.MentionType;
import org.dossier.model.StoredMention;

/**
 * How a reader colours a text: the mentions of the types the legend shows and the reporter's
 * annotations, as runs of characters each with its style classes. Both readers (the document's
 * styled text, the chat's cells) draw from the same runs.
 */
final class Highlights {
    private Highlights() {
    }

    /** A stretch of text and the style classes it takes ("mention", "mention-person", "annotation"). */
    record Run(int start, int end, Set<String> classes) {
    }

    static String styleClass(MentionType type) {
        return "mention-" + type.name().toLowerCase(Locale.ROOT);
    }

    /** Runs covering the whole text, split wherever a mention or an annotation starts or ends. */
    static List<Run> runs(int length, List<StoredMention> mentions, List<Annotation> annotations, Set<MentionType> visible) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        List<StoredMention> shown = mentions.stream().filter(m -> visible.contains(m.mention().type()))
                .filter(m -> m.mention().end() <= length).toList();
        for (StoredMention m : shown) {
            cuts.add(m.mention().start());
            cuts.add(m.mention().end());
        }
        for (Annotation a : annotations) {
            cuts.add(Math.min(a.start(), length));
            cuts.add(Math.min(a.end(), length));
        }
        List<Run> runs = new ArrayList<>();
        Integer start = cuts.first();
        for (Integer end : cuts.tailSet(start, false)) {
            Set<String> classes = new TreeSet<>();
            for (StoredMention m : shown) {
                if (m.mention().start() <= start && end <= m.mention().end()) {
                    classes.add("mention");
                    classes.add(styleClass(m.mention().type()));
                }
            }
            for (Annotation a : annotations) {
                if (a.start() <= start && end <= a.end()) {
                    classes.add("annotation");
                }
            }
            runs.add(new Run(start, end, classes));
            start = end;
        }
        return runs;
    }

    /** The mention at a character, if one of a shown type covers it. */
    static StoredMention mentionAt(int offset, List<StoredMention> mentions, Set<MentionType> visible) {
        for (StoredMention m : mentions) {
            if (visible.contains(m.mention().type()) && m.mention().start() <= offset && offset < m.mention().end()) {
                return m;
            }
        }
        return null;
    }

    /** What hovering a mention says: a date's resolved value and how it was read; a name's type. */
    static String describe(StoredMention stored) {
        var mention = stored.mention();
        if (mention.date() != null) {
            var date = mention.date();
            return date.value() + " (" + date.precision().name().toLowerCase(Locale.ROOT)
                    + (date.relative() ? ", resolved against the time this was written" : "")
                    + (date.ambiguous() ? ", ambiguous: read in the case's date order" : "") + ")";
        }
        return mention.type().name().charAt(0) + mention.type().name().substring(1).toLowerCase(Locale.ROOT)
                + (stored.entityId() == null ? "" : " · click to see every item that mentions it")
                + " · found by " + mention.extractor();
    }
}
