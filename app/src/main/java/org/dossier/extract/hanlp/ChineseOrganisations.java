package org.dossier.extract.hanlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisations read from how Chinese organisation names end (有限公司, 集团, 资本, 物流, 基金会,
 * 大学, 公安局…), their name taken leftward over the words before the ending while they can be part
 * of a name: places, nouns, names, single characters of an invented name ("澄川资本", "深圳市汇澜电子
 * 科技有限公司"), and not a preposition, a particle, a pronoun, a number, a time, a role or a verb
 * ("据", "的", "该", "发给", "总经理"). HanLP's own organisations glue the ending to what follows
 * ("金垣物流采购部") or miss invented names; these spans replace them. Works on Simplified text.
 */
final class ChineseOrganisations {
    private static final Pattern ENDING = Pattern.compile("(?:股份有限公司|有限责任公司|有限公司|控股集团|集团|控股|资本|投资|基金会|基金"
            + "|物流|科技|实业|传媒|矿业|化工|纺织|建设|航运|海运|货运|能源|电子|证券|银行|保险|律师事务所|会计师事务所|法律事务所|大学|学院"
            + "|研究院|研究所|委员会|协会|商会|人民法院|法院|人民检察院|检察院|检察署|公安局|海关|医院|电视台|日报|[局厅部署])+");
    /** A company's departments and seats, which end in 部 as ministries do: 采购部 and 总部 are part of a company, 交通部 a ministry. */
    private static final Pattern DEPARTMENT = Pattern.compile("(?:采购|销售|财务|人事|法务|市场|技术|研发|行政|工程|业务|运营|客服|公关"
            + "|信息|安全|生产|质量|品质|外联|风控|合规|审计|投资|总|分|本)部$");
    /** Word classes that are no part of a name: prepositions, conjunctions, particles, pronouns, numbers, times, roles. */
    private static final Pattern NOT_NAME = Pattern.compile("^(?:p|c|u|r|d|m|q|f|w|y|e|o|t|nnt|vshi|vyou|ule|uzhe|uguo).*");
    /** Characters that link words rather than name anything: prepositions, particles, pronouns, conjunctions, adverbs. */
    private static final String LINKS = "据在于与和跟对向被把由从给为是了的将让及同请称说经到往自其该这那此每各某我你他她它们也都就还又再已曾前后并或之";
    private static final int LONGEST_NAME = 14;
    /** Segmentation alone, without HanLP's recognisers: configured once, then only used. */
    private static final Segment PLAIN = HanLP.newSegment().enableNameRecognize(false).enablePlaceRecognize(false)
            .enableOrganizationRecognize(false).enableOffset(true);

    /**
     * @param terms    HanLP's terms of one Chinese run of the text
     * @param run      the run's text (Simplified)
     * @return the organisations' spans in the run, as [start, end) pairs
     */
    List<int[]> find(List<Term> terms, String run) {
        List<int[]> found = new ArrayList<>();
        Matcher ending = ENDING.matcher(run);
        while (ending.find()) {
            int end = ending.end();
            if (!endsWord(terms, end) || run.charAt(end - 1) == '部' && DEPARTMENT.matcher(run.substring(0, end)).find()) {
                continue;
            }
            int start = nameStart(terms, ending.start());
            if (ending.start() - start >= 2 && ending.start() - start <= LONGEST_NAME) {
                found.add(new int[] {start, end});
            }
        }
        return found;
    }

    /** An ending counts where a word ends, or inside HanLP's own organisation (which often runs on): not in 副厅长. */
    private static boolean endsWord(List<Term> terms, int end) {
        for (Term term : terms) {
            int termEnd = term.offset + term.word.length();
            if (termEnd == end) {
                return true;
            }
            if (term.offset < end && end < termEnd) {
                return term.nature.toString().startsWith("nt");
            }
        }
        return false;
    }

    /**
     * Where the name before an ending starts: words are taken leftward while they can be part of a
     * name. A word HanLP ran into the ending (代表锦川|实业, an organisation of its own) is segmented
     * again without its recognisers, so that its verb stays out.
     */
    private static int nameStart(List<Term> terms, int endingStart) {
        List<Term> before = new ArrayList<>();
        for (Term term : terms) {
            int termEnd = term.offset + term.word.length();
            if (termEnd <= endingStart) {
                before.add(term);
            } else if (term.offset < endingStart) {
                for (Term piece : PLAIN.seg(term.word.substring(0, endingStart - term.offset))) {
                    piece.offset += term.offset;
                    before.add(piece);
                }
            }
        }
        int start = endingStart;
        boolean adjacent = true;
        for (int i = before.size() - 1; i >= 0 && canBeName(before.get(i), adjacent); i--) {
            start = before.get(i).offset;
            adjacent = false;
        }
        return start;
    }

    /**
     * A single character is part of an invented name unless it is a word that links (据, 在, 的, 该);
     * HanLP tags such characters at random (天/qt 衡/nz 纺织). Longer words go by their class.
     */
    private static boolean canBeName(Term term, boolean adjacent) {
        String word = term.word;
        if (!allHan(word)) {
            return false;
        }
        if (word.length() == 1) {
            return LINKS.indexOf(word.charAt(0)) < 0;
        }
        String nature = term.nature.toString();
        boolean verb = nature.startsWith("v") && !nature.equals("vn") && !nature.equals("vg");
        boolean person = nature.startsWith("nr") && !adjacent;
        return !NOT_NAME.matcher(nature).matches() && !verb && !person;
    }

    private static boolean allHan(String part) {
        return part.chars().allMatch(c -> ChineseNames.isHan((char) c));
    }
}
