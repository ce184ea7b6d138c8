package org.dossier.extract;

/** Chinese numerals as written in dates and counts: 十二, 二十三, 两, 二〇二三. */
final class ChineseNumbers {
    static final String DIGITS = "〇零一二三四五六七八九十两";

    private ChineseNumbers() {
    }

    /** Arabic or Chinese digits as a number; -1 when the text is neither. */
    static int parse(String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(text);
        }
        if (text.length() == 4 && text.indexOf('十') < 0) {
            int year = 0;
            for (char c : text.toCharArray()) {
                year = year * 10 + digit(c);
            }
            return year;
        }
        int tens = text.indexOf('十');
        if (tens < 0) {
            return text.length() == 1 ? digit(text.charAt(0)) : -1;
        }
        int high = tens == 0 ? 1 : digit(text.charAt(0));
        int low = tens == text.length() - 1 ? 0 : digit(text.charAt(tens + 1));
        return high * 10 + low;
    }

    private static int digit(char c) {
        return switch (c) {
            case '〇', '零' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> Character.isDigit(c) ? c - '0' : -100;
        };
    }
}
