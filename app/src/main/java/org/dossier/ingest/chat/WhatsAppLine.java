package org.dossier.ingest.chat;

import org.dossier.model.DateOrder;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first line of a WhatsApp message: a date and time, then the author and text (or a system
 * notice). Android writes {@code 20/01/19, 11:23 - Author: text}; iOS writes
 * {@code [20/01/2019, 11:23:45] Author: text}. Dates use / . or -, times 24 h or 12 h with AM/PM
 * in any of its spellings (PM, pm, p.m., p. m., after a narrow no-break space), or 上午/下午 in
 * Chinese. Direction marks (U+200E, U+200F) that WhatsApp puts before lines are ignored.
 */
record WhatsAppLine(String first, String second, String third, int hour, int minute, int second_, String rest) {
    private static final String DATE = "(?<a>\\d{1,4})[./-](?<b>\\d{1,2})[./-](?<c>\\d{1,4})";
    private static final String TIME = "(?:(?<cn>上午|下午|早上|中午|晚上|凌晨)\\s*)?(?<h>\\d{1,2})[:.](?<m>\\d{2})(?:[:.](?<s>\\d{2}))?"
            + "(?:[\\s\\u202F\\u00A0]*(?<ap>[AaPp])\\.?\\s?[Mm]\\.?)?";
    private static final Pattern ANDROID = Pattern.compile(
            "^[\\u200E\\u200F\\uFEFF]*" + DATE + ",?\\s+" + TIME + "\\s*[-–]\\s(?<rest>.+)$");
    private static final Pattern IOS = Pattern.compile(
            "^[\\u200E\\u200F\\uFEFF]*\\[" + DATE + ",?\\s+" + TIME + "\\]\\s?(?<rest>.+)$");

    /** The line as a message start, or null when it is not one. */
    static WhatsAppLine parse(String line) {
        Matcher matcher = ANDROID.matcher(line);
        if (!matcher.matches()) {
            matcher = IOS.matcher(line);
            if (!matcher.matches()) {
                return null;
            }
        }
        int hour = Integer.parseInt(matcher.group("h"));
        String ap = matcher.group("ap");
        String cn = matcher.group("cn");
        boolean pm = ap != null ? ap.equalsIgnoreCase("p") : cn != null && (cn.equals("下午") || cn.equals("晚上")
                || (cn.equals("中午") && hour < 11));
        boolean am = ap != null ? ap.equalsIgnoreCase("a") : cn != null && !pm;
        if (pm && hour < 12) {
            hour += 12;
        } else if (am && hour == 12) {
            hour = 0;
        }
        String seconds = matcher.group("s");
        return new WhatsAppLine(matcher.group("a"), matcher.group("b"), matcher.group("c"), hour,
                Integer.parseInt(matcher.group("m")), seconds == null ? 0 : Integer.parseInt(seconds), matcher.group("rest"));
    }

    /** What the date's numbers say about their order, if anything. */
    DateOrder evidence() {
        if (first.length() == 4) {
            return DateOrder.YMD;
        }
        if (Integer.parseInt(first) > 12) {
            return DateOrder.DMY;
        }
        return Integer.parseInt(second) > 12 ? DateOrder.MDY : null;
    }

    /** The local date and time in the given order, or null when no such date exists. */
    LocalDateTime localTime(DateOrder order) {
        int year;
        int month;
        int day;
        switch (order) {
            case YMD -> {
                year = year(first);
                month = Integer.parseInt(second);
                day = Integer.parseInt(third);
            }
            case MDY -> {
                year = year(third);
                month = Integer.parseInt(first);
                day = Integer.parseInt(second);
            }
            default -> {
                year = year(third);
                month = Integer.parseInt(second);
                day = Integer.parseInt(first);
            }
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second_);
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    /** WhatsApp writes two-digit years for this century. */
    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        return digits.length() <= 2 ? 2000 + year : year;
    }
}
