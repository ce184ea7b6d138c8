package org.dossier.extract.hanlp;

import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.extract.WordList;

/**
 * Chinese surnames: the bundled list (compound ones such as 欧阳 and 司马 first), and beyond it any
 * character HanLP's person dictionary counts mostly as a surname in its corpus (闫, 冼, 岑, 卜…), so
 * that a list of a few hundred does not decide who is a person.
 */
final class ChineseSurnames {
    /** Compound surnames first, so that 欧阳 is tried before 欧; then by frequency. */
    private static final List<String> LISTED = WordList.list("surnames-zh.txt");
    private static final Set<String> COMMON = Set.copyOf(LISTED.subList(0, Math.min(LISTED.size(), 116)));
    /** How often a character must have been a surname in HanLP's corpus to be one here, and how many times as often as any other role. */
    private static final int SEEN_AS_SURNAME = 30;
    private static final int COMMON_IN_CORPUS = 1000;

    private ChineseSurnames() {
    }

    /** How many characters of the word are a surname: 2 for 欧阳, 1 for 王 or 冼, 0 when it starts with none. */
    static int length(String word) {
        for (String surname : LISTED) {
            if (word.startsWith(surname)) {
                return surname.length();
            }
        }
        return !word.isEmpty() && surnameCount(word.charAt(0)) >= SEEN_AS_SURNAME ? 1 : 0;
    }

    /** Whether the word starts with a surname of the bundled list (not one only HanLP's dictionary counts). */
    static boolean isListed(String word) {
        return LISTED.stream().anyMatch(word::startsWith);
    }

    /** A surname common enough to make a nickname with 老 or 小 (老张, 小龚). */
    static boolean isCommon(String surname) {
        return COMMON.contains(surname) || surname.length() == 1 && surnameCount(surname.charAt(0)) >= COMMON_IN_CORPUS;
    }

    /**
     * How often HanLP's corpus has the character as a surname, or 0 when it stands more often next to
     * names than in one (都, 向: words around names) or is more than twice as often a given name (明).
     */
    private static int surnameCount(char c) {
        var item = PersonDictionary.dictionary.get(String.valueOf(c));
        if (item == null) {
            return 0;
        }
        Map<NR, Integer> roles = item.labelMap;
        int surname = roles.getOrDefault(NR.B, 0);
        int beside = Math.max(roles.getOrDefault(NR.K, 0), Math.max(roles.getOrDefault(NR.L, 0), roles.getOrDefault(NR.M, 0)));
        int given = Math.max(roles.getOrDefault(NR.C, 0), Math.max(roles.getOrDefault(NR.D, 0), roles.getOrDefault(NR.E, 0)));
        return surname >= beside && surname * 2 >= given ? surname : 0;
    }
}
