package org.dossier.extract.hanlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** Characters that end a word after a name: "和", "说", "在"… */
    private static final String TRAILING = "和与跟同及说在是也都给对向把被从的了将已曾称会要还就";
    private static final String FUNCTION = "的都有在是了和与也就还把被";
    /** Prepositions HanLP glues to a surname after them: 向司马俊, 对冼嘉豪. */
    private static final String GLUED_BEFORE = "向对与和跟被给让把从同据经";
    /** Prepositions HanLP glues to a place after them: 经澳门, 从昆山. */
    private static final String PLACE_GLUED_BEFORE = "经在从到往";
    /** Word classes a given name HanLP cut off can have: nouns, adjectives, morphemes, unknown characters. */
    private static final Pattern GIVEN_NAME_CLASS = Pattern.compile("^(?:n|a|b|g|x|j|vg).*");
    private static final ChineseOrganisations ORGANISATIONS = new ChineseOrganisations();
    private static final ChinesePlaces PLACES = new ChinesePlaces();
    /** Characters that are no part of a given name: "方未" in 对方未回应, "曾在" in 曾在百度工作. */
    private static final String NOT_GIVEN = "在未不没已也都就还是的了着过被把给向对从和与说将曾去";
    /** Transliterated foreign names, held together by a middle dot: 马克·黑尔. */
    private static final List<String> ROLE_WORDS = List.of("发言人", "记者", "教授", "律师", "经理", "主任", "总监", "工程师", "顾问",
            "首席执行官", "执行长", "董事长", "董事", "理事长", "总经理", "总裁", "创始人", "研究员", "分析师", "主编", "编辑",
            "法定代表人", "负责人", "实际控制人");
    private static final String ROLES = "(?:" + String.join("|", ROLE_WORDS) + ")";
    private static final String SAYS = "(?:认为|表示|说|称|指出|透露|告诉|回应|拒绝|承认|否认)";
    private static final Pattern TRANSLITERATED = Pattern.compile(ROLES + "?(\\p{IsHan}{1,4}?·\\p{IsHan}{1,6}?)(?=" + SAYS
            + "|[的在是和与也都将已]|[^\\p{IsHan}·]|$)");
    /** A name right after a role, before what the person said or did: 教授周涛认为. */
    private static final Pattern AFTER_ROLE = Pattern.compile(ROLES + "(?:是|为)?(\\p{IsHan}{2,4}?)(?=" + SAYS
            + "|[，。、；！？]|[在于与和曾已被将也都]|$)");
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

    /**
     * @param text       the text as written
     * @param simplified the same text read as Simplified ({@link org.dossier.text.SimplifiedHan#of}), as long as the text
     */
    public List<Mention> extract(String text, String simplified) {
        if (!hasHan(text)) {
            return List.of();
        }
        List<Mention> found = new ArrayList<>();
        List<Mention> organisations = new ArrayList<>();
        for (int start = 0; start < simplified.length(); ) {
            int end = runEnd(simplified, start);
            if (end > start) {
                String run = simplified.substring(start, end);
                List<Term> terms = SEGMENT.seg(run);
                for (int i = 0; i < terms.size(); i++) {
                    Mention mention = corrected(terms, i, start, text, simplified);
                    if (mention != null) {
                        found.add(mention);
                    }
                }
                for (int[] span : PLACES.find(terms)) {
                    found.add(mention(MentionType.LOCATION, start + span[0], start + span[1], text, simplified, 0.7));
                }
                for (int[] span : ORGANISATIONS.find(terms, run)) {
                    organisations.add(mention(MentionType.ORGANIZATION, start + span[0], start + span[1], text, simplified, 0.7));
                }
                start = end;
            } else {
                start++;
            }
        }
        found.removeIf(m -> m.type() == MentionType.ORGANIZATION
                && organisations.stream().anyMatch(o -> o.start() < m.end() && m.start() < o.end()));
        found.addAll(organisations);
        if (simplified.indexOf('·') >= 0) {
            findTransliterated(text, simplified, found);
        }
        if (ROLE_WORDS.stream().anyMatch(simplified::contains)) {
            findAfterRole(text, simplified, found);
        }
        if (simplified.indexOf('老') >= 0 || simplified.indexOf('小') >= 0) {
            findNicknames(text, simplified, found);
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

    static boolean hasHan(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isHan(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The CJK ideograph blocks a Chinese text uses, tested without Unicode table look-ups. */
    static boolean isHan(char c) {
        return c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF' || c >= '\uF900' && c <= '\uFAFF';
    }

    private static void findTransliterated(String text, String simplified, List<Mention> found) {
        Matcher transliterated = TRANSLITERATED.matcher(simplified);
        while (transliterated.find()) {
            found.add(mention(MentionType.PERSON, transliterated.start(1), transliterated.end(1), text, simplified, 0.7));
        }
    }

    private static void findAfterRole(String text, String simplified, List<Mention> found) {
        Matcher afterRole = AFTER_ROLE.matcher(simplified);
        while (afterRole.find()) {
            String name = afterRole.group(1);
            int surname = ChineseSurnames.length(name);
            if (surname > 0 && name.length() > surname && name.length() - surname <= 2
                    && name.substring(surname).chars().noneMatch(c -> NOT_GIVEN.indexOf(c) >= 0)) {
                found.add(mention(MentionType.PERSON, afterRole.start(1), afterRole.end(1), text, simplified, 0.65));
            }
        }
    }

    private static void findNicknames(String text, String simplified, List<Mention> found) {
        Matcher nickname = NICKNAME.matcher(simplified);
        while (nickname.find()) {
            String surname = nickname.group(1) != null ? nickname.group(1) : nickname.group(2);
            if (ChineseSurnames.isCommon(surname)) {
                found.add(mention(MentionType.PERSON, nickname.start(), nickname.end(), text, simplified, 0.6));
            }
        }
    }

    private static Mention corrected(List<Term> terms, int index, int runStart, String text, String simplified) {
        Term term = terms.get(index);
        String nature = term.nature.toString();
        String word = term.word;
        int offset = runStart + term.offset;
        if (nature.equals("nrf")) {
            boolean doubled = word.length() == 2 && word.charAt(0) == word.charAt(1); // 巴巴 in 阿里巴巴: no name
            return word.length() >= 2 && !doubled ? mention(MentionType.PERSON, offset, offset + word.length(), text, simplified, 0.6) : null;
        }
        if (nature.startsWith("nr")) {
            if (word.contains("·")) {
                return mention(MentionType.PERSON, offset, offset + word.length(), text, simplified, 0.6);
            }
            if (word.length() == 2 && "老小".indexOf(word.charAt(0)) >= 0) {
                boolean nickname = ChineseSurnames.isCommon(word.substring(1));
                return nickname ? mention(MentionType.PERSON, offset, offset + 2, text, simplified, 0.6) : null;
            }
            if (word.length() >= 3 && GLUED_BEFORE.indexOf(word.charAt(0)) >= 0 && ChineseSurnames.length(word.substring(1)) > 0) {
                word = word.substring(1); // 向司马俊: the preposition is not the surname
                offset++;
            }
            int surname = ChineseSurnames.length(word);
            if (surname == 0 || word.length() > surname + 2) {
                return null;
            }
            if (word.length() == surname + 2 && TRAILING.indexOf(word.charAt(word.length() - 1)) >= 0) {
                word = word.substring(0, word.length() - 1);
            }
            word += givenNameCutOff(terms, index, word.length() - surname);
            boolean doubled = word.length() == 2 && word.charAt(0) == word.charAt(1); // 巴巴 in 阿里巴巴, 丁丁: no name
            if (word.length() == surname || doubled || word.substring(surname).chars().anyMatch(c -> NOT_GIVEN.indexOf(c) >= 0)) {
                return null;
            }
            return mention(MentionType.PERSON, offset, offset + word.length(), text, simplified, 0.65);
        }
        if (nature.startsWith("ns")) {
            if (word.length() >= 3 && PLACE_GLUED_BEFORE.indexOf(word.charAt(0)) >= 0) {
                word = word.substring(1); // 经澳门: "via" Macau
                offset++;
            }
            return mention(MentionType.LOCATION, offset, offset + word.length(), text, simplified, 0.7);
        }
        if (nature.startsWith("nt") && ORG_ENDING.matcher(word).find() && !word.endsWith("总部") && !word.endsWith("分部")
                && word.chars().noneMatch(c -> FUNCTION.indexOf(c) >= 0)) {
            return mention(MentionType.ORGANIZATION, offset, offset + word.length(), text, simplified, 0.65);
        }
        return null;
    }

    /**
     * The rest of a given name that HanLP left in the next word (童丽|萍于, 上官|琳表示, 司徒|俊杰): a
     * word of one or two characters that can be a given name, followed by no more name.
     */
    private static String givenNameCutOff(List<Term> terms, int index, int given) {
        if (given >= 2 || index + 1 >= terms.size()) {
            return "";
        }
        Term next = terms.get(index + 1);
        String rest = next.word;
        boolean fits = rest.length() <= 2 - given && rest.chars().allMatch(c -> isHan((char) c) && NOT_GIVEN.indexOf(c) < 0);
        boolean nameLike = GIVEN_NAME_CLASS.matcher(next.nature.toString()).matches();
        boolean endsThere = index + 2 >= terms.size()
                || !GIVEN_NAME_CLASS.matcher(terms.get(index + 2).nature.toString()).matches()
                || terms.get(index + 2).nature.toString().startsWith("nr");
        return fits && nameLike && endsThere ? rest : "";
    }

    /** The mention of [start, end): its text as written, its key in Simplified, so that both scripts make one entity. */
    private static Mention mention(MentionType type, int start, int end, String text, String simplified, double confidence) {
        return new Mention(type, text.substring(start, end), start, end, simplified.substring(start, end), NAME, confidence, null);
    }
}
