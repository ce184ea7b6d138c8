package org.dossier.extract.hanlp;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Places HanLP does not know, read from where they stand: after 在, 从, 到, 去, 位于, 前往… and
 * before punctuation, 的 or a verb ("在观塘，", "在莺歌开了", "去黑河提货"), a word of two to four
 * characters that HanLP could only call a proper noun or a morpheme (nz, ng, j), never a common word;
 * or that it took for a person (鹿谷/nr, 瑞芳/nr) although no listed surname starts it and a verb
 * follows ("在瑞芳开了", not "在王磊看来"). Works on Simplified text.
 */
final class ChinesePlaces {
    private static final Set<String> TOWARDS = Set.of("在", "从", "到", "去", "往", "赴", "位于", "来自", "前往", "抵达", "飞往", "回到",
            "搬到", "迁往", "途经", "经由");
    private static final Pattern UNKNOWN_NOUN = Pattern.compile("^(?:nz|ng|j|ns).*");
    /** Verbs after 在 + a person: "在王磊看来" is what Wang Lei thinks. */
    private static final Set<String> OPINION = Set.of("看来", "看", "眼中", "心中", "手中", "面前", "身上", "任职", "任内", "期间");
    private static final Pattern BOUNDARY = Pattern.compile("^(?:w|ude|v|p|f|d|c).*");

    private static boolean takenForPerson(Term name, Term next) {
        return name.nature.toString().startsWith("nr") && name.word.length() <= 3 && !ChineseSurnames.isListed(name.word)
                && next.nature.toString().startsWith("v") && !OPINION.contains(next.word);
    }

    /** @return the places' spans in the run, as [start, end) pairs */
    List<int[]> find(List<Term> terms) {
        List<int[]> found = new ArrayList<>();
        for (int i = 0; i + 1 < terms.size(); i++) {
            if (!TOWARDS.contains(terms.get(i).word)) {
                continue;
            }
            int j = i + 1;
            int length = 0;
            while (j < terms.size() && j - i <= 2 && UNKNOWN_NOUN.matcher(terms.get(j).nature.toString()).matches()
                    && terms.get(j).word.chars().allMatch(c -> ChineseNames.isHan((char) c))) {
                length += terms.get(j).word.length();
                j++;
            }
            if (j == i + 1 && i + 2 < terms.size() && takenForPerson(terms.get(i + 1), terms.get(i + 2))) {
                j++;
                length = terms.get(i + 1).word.length();
            }
            boolean ends = j == terms.size() || BOUNDARY.matcher(terms.get(j).nature.toString()).matches();
            if (j > i + 1 && length >= 2 && length <= 4 && ends) {
                int start = terms.get(i + 1).offset;
                found.add(new int[] {start, start + length});
            }
        }
        return found;
    }
}
