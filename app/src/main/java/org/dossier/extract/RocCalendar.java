package org.dossier.extract;

import java.util.regex.Pattern;

/**
 * The Republic of China's calendar, in which Taiwan dates its documents: year 1 is 1912, so 民國112年
 * is 2023. A year number alone says nothing about its calendar ("98年" may be 1998 in a chat, "12年" a
 * prison term), so a text is taken for ROC-dated only where something in it is sure.
 */
final class RocCalendar {
    static final int OFFSET = 1911;
    /** The year of 民國112年, 中華民國一一二年, 民國元年, 中 華 民 國 114 年 (a judgment's signature line); of 本(109)年, 去(111)年, the way Taiwanese officials write this and last year. */
    static final String NAMED_YEAR = "(?=[中民本去今明])(?:(?:中\\s?華\\s?)?民\\s?國\\s*|[本去今明]\\s*[(（]\\s*)(\\d{1,3}|[〇零一二三四五六七八九十百]{1,6}|元)\\s*[)）]?";
    /** A three-digit year (112, 一一二, 一百一十二), before 年: when a month or an end of the year follows, it can be nothing but ROC (112年3月, 112年底). */
    static final String THREE_DIGIT_YEAR = "(?=[1一])(?<![\\d.,〇零一二三四五六七八九十百])(1\\d\\d|一[〇零一二三四五六七八九]{2}|一百(?:[零〇]?[一二三四五六七八九]|[一二三四五六七八九]?十[一二三四五六七八九]?)?)";
    /**
     * 112/3/1, 112.03.01: the numeric form of Taiwanese forms and notices, up to ROC 149; with dots,
     * only with two-digit month and day, which version numbers (120.3.5) seldom have.
     */
    static final String NUMERIC_DATE = "(?=1)(?<![\\d/.])(1[0-4]\\d)(?:/(\\d{1,2})/(\\d{1,2})|\\.(\\d{2})\\.(\\d{2}))(?![\\d/.])";
    private static final Pattern SURE = Pattern.compile(NAMED_YEAR + "\\s*年|" + THREE_DIGIT_YEAR + "\\s*年\\s*(?:[\\d一二三四五六七八九十]{1,2}\\s*月|[底初末])|" + NUMERIC_DATE);

    private RocCalendar() {
    }

    /** Whether the text (folded: ASCII digits) dates something in the ROC calendar beyond doubt. */
    static boolean declaredIn(String folded) {
        return (folded.contains("年") || folded.contains("/") || folded.contains(".")) && SURE.matcher(folded).find();
    }

    /** 112 → 2023; 元 (the first year) → 1912. */
    static int gregorian(String rocYear) {
        int year = "元".equals(rocYear) ? 1 : ChineseNumbers.parse(rocYear);
        if (year < 1) {
            throw new NumberFormatException("no ROC year: " + rocYear);
        }
        return year + OFFSET;
    }
}
