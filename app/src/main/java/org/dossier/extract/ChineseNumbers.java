package org.dossier.extract;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese numerals as written in dates, counts and amounts, in both scripts: 十二, 二十三, 两/兩,
 * 二〇二三 and 一一二 (a digit a character), 一百一十二, 三千五百萬, the financial forms of contracts,
 * cheques and judgments (捌萬零壹佰陸拾貳), and Arabic digits mixed with units (3,500萬, 1億2,000萬,
 * 4萬5千, 50 萬). 多 and 餘 (6,000多萬: "over 60 million") are read as the number they exceed.
 */
final class ChineseNumbers {
    /** The characters of a small number or of a year written a digit a character. */
    static final String DIGITS = "〇零一二三四五六七八九十两兩";
    /** What an amount may start with besides Arabic digits: DIGITS and the financial forms. */
    static final String STARTS = DIGITS + "壹貳贰參叁叄肆伍陸陆柒捌玖拾";
    /** Everything an amount may be written with besides Arabic digits. */
    static final String NUMERALS = STARTS + "百千佰仟萬万億亿兆";
    /** What may stand inside an amount without changing it: a space before 萬 (50 萬), 多 and 餘 (6,000多萬). */
    static final String FILLERS = "(?:\\s(?=[萬万億亿兆])|[多餘余](?=[萬万億亿兆千百]))";
    private static final Pattern PART = Pattern.compile("[\\d,]+(?:\\.\\d+)?|[" + NUMERALS + "]|" + FILLERS);

    private ChineseNumbers() {
    }

    /** A small number or a year; -1 when the text is none. */
    static int parse(String text) {
        if (text.chars().allMatch(c -> c < 128 && Character.isDigit(c))) {
            return Integer.parseInt(text);
        }
        if (text.length() > 1 && text.chars().noneMatch(c -> "十百千".indexOf(c) >= 0)) {
            int number = 0; // 二〇二三, 一一二: a digit a character
            for (char c : text.toCharArray()) {
                int digit = digit(c);
                if (digit < 0) {
                    return -1;
                }
                number = number * 10 + digit;
            }
            return number;
        }
        BigDecimal value = amount(text);
        return value == null ? -1 : value.intValue();
    }

    /**
     * The value of a number written with units, read the Chinese way: units below 萬 make a section;
     * each of 萬, 億 and 兆 multiplies what came since the last unit as big or bigger (1兆2500億,
     * 1億2,000萬, and 一萬億 = 10¹²). Null when the text holds something else.
     */
    static BigDecimal amount(String text) {
        BigDecimal[] closed = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO}; // by 萬, by 億, by 兆
        BigDecimal section = BigDecimal.ZERO; // below 萬: 三千五百
        BigDecimal pending = null;            // the number not yet given a unit
        Matcher part = PART.matcher(text);
        int at = 0;
        while (part.find()) {
            if (part.start() != at) {
                return null;
            }
            at = part.end();
            String token = part.group();
            if (token.isBlank() || "多餘余".contains(token)) {
                continue;
            }
            int unit = smallUnit(token);
            int big = bigUnit(token);
            if (unit > 0) {
                section = section.add((pending == null ? BigDecimal.ONE : pending).multiply(BigDecimal.valueOf(unit)));
                pending = null;
            } else if (big >= 0) {
                BigDecimal since = section.add(pending == null ? BigDecimal.ZERO : pending);
                for (int smaller = 0; smaller < big; smaller++) {
                    since = since.add(closed[smaller]);
                    closed[smaller] = BigDecimal.ZERO;
                }
                closed[big] = closed[big].add(since.multiply(BigDecimal.TEN.pow(4 * (big + 1))));
                section = BigDecimal.ZERO;
                pending = null;
            } else if (pending != null) {
                return null; // 两三万, "two or three": no one number
            } else if (Character.isDigit(token.charAt(0))) {
                pending = new BigDecimal(token.replace(",", ""));
            } else {
                int digit = digit(token.charAt(0));
                if (digit < 0) {
                    return null;
                }
                pending = digit == 0 ? null : BigDecimal.valueOf(digit); // the 零 of 一百零五 only holds a place
            }
        }
        if (at != text.length() || at == 0) {
            return null;
        }
        return closed[0].add(closed[1]).add(closed[2]).add(section).add(pending == null ? BigDecimal.ZERO : pending);
    }

    private static int smallUnit(String token) {
        return switch (token) {
            case "十", "拾" -> 10;
            case "百", "佰" -> 100;
            case "千", "仟" -> 1_000;
            default -> 0;
        };
    }

    /** 0 for 萬, 1 for 億, 2 for 兆 (10⁴, 10⁸, 10¹²: Taiwan's trillion); -1 for anything else. */
    private static int bigUnit(String token) {
        int at = "萬万億亿兆".indexOf(token);
        return at < 0 ? -1 : at / 2;
    }

    private static int digit(char c) {
        return switch (c) {
            case '〇', '零' -> 0;
            case '一', '壹' -> 1;
            case '二', '两', '兩', '貳', '贰' -> 2;
            case '三', '參', '叁', '叄' -> 3;
            case '四', '肆' -> 4;
            case '五', '伍' -> 5;
            case '六', '陸', '陆' -> 6;
            case '七', '柒' -> 7;
            case '八', '捌' -> 8;
            case '九', '玖' -> 9;
            default -> c < 128 && Character.isDigit(c) ? c - '0' : -1;
        };
    }
}
