package org.dossier.extract.hanlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.extract.WordList;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;

/**
 * People, places and organisations in Chinese text: HanLP's recognition, corrected where it is
 * known to go wrong (docs/EXTRACTION.md). A person must start with a Chinese surname or be a
 * transliteration ("马克·黑尔"), and loses a conjunction or verb HanLP glued to it ("李明和" is 李明
 * and…); an organisation must end the way organisations end (公司, 大学, 委员会…) and hold no
 * function word ("深圳都有数据中心" is not one). Chat nicknames (老张, 小王) are people. Names the
 * case or the gazetteer knows are found elsewhere and win over these. Thread-safe.
 */
public final class ChineseNames {
    static final String NAME = "hanlp+rules";

    /** Compound surnames first, so that 欧阳 is tried before 欧; then by frequency. */
    private static final List<String> SURNAMES = WordList.list("surnames-zh.txt");
    private static final Set<String> COMMON_SURNAMES = Set.copyOf(SURNAMES.subList(0, Math.min(SURNAMES.size(), 116)));
    /** Characters that end a word after a name: "和", "说", "在"… */
    private static final String TRAILING = "和与跟同及说在是也都给对向把被从的了将已曾称会要还就";
    private static final String FUNCTION = "的都有在是了和与也就还把被";
    /** Characters that are no part of a given name: "方未" in 对方未回应, "曾在" in 曾在百度工作. */
    private static final String NOT_GIVEN = "在未不没已也都就还是的了着过被把给向对从和与说将曾";
    /** Transliterated foreign names, held together by a middle dot: 马克·黑尔. */
    private static final List<String> ROLE_WORDS = List.of("发言人", "记者", "教授", "律师", "经理", "主任", "总监", "工程师", "顾问",
            "首席执行官", "董事长", "总裁", "创始人", "研究员", "分析师", "主编", "编辑");
    private static final String ROLES = "(?:" + String.join("|", ROLE_WORDS) + ")";
    private static final String SAYS = "(?:认为|表示|说|称|指出|透露|告诉|回应|拒绝|承认|否认)";
    private static final Pattern TRANSLITERATED = Pattern.compile(ROLES + "?(\\p{IsHan}{1,4}?·\\p{IsHan}{1,6}?)(?=" + SAYS
            + "|[的在是和与也都将已]|[^\\p{IsHan}·]|$)");
    /** A name right after a role, before what the person said or did: 教授周涛认为. */
    private static final Pattern AFTER_ROLE = Pattern.compile(ROLES + "(\\p{IsHan}{2,3}?)(?=" + SAYS + "|[，。、；！？])");
    private static final Pattern ORG_ENDING = Pattern.compile(
            "(?:公司|集团|大学|学院|学校|委员会|银行|办公室|研究院|研究所|科学院|中心|资本|基金|基金会|协会|学会|部|局|署|院|所|厅|法院|检察院|"
                    + "报社|日报|电视台|通讯社|新闻社|社|党|联盟|组织|医院|工作室|事务所|交易所|证券|保险|控股|科技|网络|传媒)$");
    /*
     * HanLP is given the Chinese runs of a text one by one (runEnd): what stands before a run (a
     * space, an emoji, a Latin word) changes how it reads the run's first name ("陈立" at the start,
     * "陈/vg 立/v" after a space). Latin names are the English rules' to find.
     */
    private static final Pattern NICKNAME = Pattern.compile("[老小]([\\p{IsHan}])(?![\\p{IsHan}])|[老小]([\\p{IsHan}])(?=[说的把在让也都要，。、！？：])");

    /** Configured once, then only used: HanLP's segments are safe to share for segmenting. */
    private static final Segment SEGMENT = HanLP.newSegment().enableNameRecognize(true).enablePlaceRecognize(true)
            .enableOrganizationRecognize(true).enableOffset(true);

    public List<Mention> extract(String text) {
        if (!hasHan(text)) {
            return List.of();
        }
        List<Mention> found = new ArrayList<>();
        for (int start = 0; start < text.length(); ) {
            int end = runEnd(text, start);
            if (end > start) {
                for (Term term : SEGMENT.seg(text.substring(start, end))) {
                    Mention mention = corrected(term, start);
                    if (mention != null) {
                        found.add(mention);
                    }
                }
                start = end;
            } else {
                start++;
            }
        }
        if (text.indexOf('·') >= 0) {
            findTransliterated(text, found);
        }
        if (ROLE_WORDS.stream().anyMatch(text::contains)) {
            findAfterRole(text, found);
        }
        if (text.indexOf('老') >= 0 || text.indexOf('小') >= 0) {
            findNicknames(text, found);
        }
        return found;
    }

    /**
     * Where the Chinese run starting at {@code start} ends: Han characters, digits and full-width
     * punctuation, holding at least one Han character; {@code start} itself when none starts there.
     */
    private static int runEnd(String text, int start) {
        int end = start;
        boolean han = false;
        while (end < text.length()) {
            char c = text.charAt(end);
            boolean isHan = isHan(c);
            if (!isHan && !(c >= '0' && c <= '9') && !(c >= '\u3000' && c <= '\u303F') && !(c >= '\uFF00' && c <= '\uFFEF') && c != '·') {
                break;
            }
            han |= isHan;
            end++;
        }
        return han ? end : start;
    }

    private static boolean hasHan(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isHan(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The CJK ideograph blocks a Chinese text uses, tested without Unicode table look-ups. */
    private static boolean isHan(char c) {
        return c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF' || c >= '\uF900' && c <= '\uFAFF';
    }

    private static void findTransliterated(String text, List<Mention> found) {
        Matcher transliterated = TRANSLITERATED.matcher(text);
        while (transliterated.find()) {
            found.add(new Mention(MentionType.PERSON, transliterated.group(1), transliterated.start(1), transliterated.end(1),
                    transliterated.group(1), NAME, 0.7, null));
        }
    }

    private static void findAfterRole(String text, List<Mention> found) {
        Matcher afterRole = AFTER_ROLE.matcher(text);
        while (afterRole.find()) {
            String name = afterRole.group(1);
            if (surnameLength(name) > 0 && name.substring(surnameLength(name)).chars().noneMatch(c -> NOT_GIVEN.indexOf(c) >= 0)) {
                found.add(new Mention(MentionType.PERSON, name, afterRole.start(1), afterRole.end(1), name, NAME, 0.65, null));
            }
        }
    }

    private static void findNicknames(String text, List<Mention> found) {
        Matcher nickname = NICKNAME.matcher(text);
        while (nickname.find()) {
            String surname = nickname.group(1) != null ? nickname.group(1) : nickname.group(2);
            if (COMMON_SURNAMES.contains(surname)) {
                found.add(new Mention(MentionType.PERSON, nickname.group(), nickname.start(), nickname.end(), nickname.group(),
                        NAME, 0.6, null));
            }
        }
    }

    private static Mention corrected(Term term, int runStart) {
        String nature = term.nature.toString();
        String word = term.word;
        int offset = runStart + term.offset;
        if (nature.equals("nrf")) {
            return word.length() >= 2 ? mention(MentionType.PERSON, word, offset, 0.6) : null;
        }
        if (nature.startsWith("nr")) {
            if (word.contains("·")) {
                return mention(MentionType.PERSON, word, offset, 0.6);
            }
            int surname = surnameLength(word);
            if (surname == 0 || word.length() < 2 || word.length() > surname + 2) {
                return null;
            }
            if (word.length() == surname + 2 && TRAILING.indexOf(word.charAt(word.length() - 1)) >= 0) {
                word = word.substring(0, word.length() - 1);
            }
            if (word.substring(surname).chars().anyMatch(c -> NOT_GIVEN.indexOf(c) >= 0)) {
                return null;
            }
            return mention(MentionType.PERSON, word, offset, 0.65);
        }
        if (nature.startsWith("ns")) {
            return mention(MentionType.LOCATION, word, offset, 0.7);
        }
        if (nature.startsWith("nt") && ORG_ENDING.matcher(word).find() && !word.endsWith("总部") && !word.endsWith("分部")
                && word.chars().noneMatch(c -> FUNCTION.indexOf(c) >= 0)) {
            return mention(MentionType.ORGANIZATION, word, offset, 0.65);
        }
        return null;
    }

    private static Mention mention(MentionType type, String word, int offset, double confidence) {
        return new Mention(type, word, offset, offset + word.length(), word, NAME, confidence, null);
    }

    /** How many characters of the word are a surname: 2 for 欧阳, 1 for 王, 0 when it starts with none. */
    static int surnameLength(String word) {
        for (String surname : SURNAMES) {
            if (word.startsWith(surname)) {
                return surname.length();
            }
        }
        return 0;
    }
}
