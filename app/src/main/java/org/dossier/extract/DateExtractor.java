package org.dossier.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.DateOrder;
import org.dossier.model.DatePrecision;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;

/**
 * Dates in English and Chinese text, at the precision the text gives. Relative dates
 * ("yesterday", "three days ago", "上周二", "去年") are resolved against the anchor: the time of the
 * message or the date of the document they were written in; without an anchor they are skipped.
 * Numeric dates whose day and month could be swapped follow the case's date order and are marked
 * ambiguous.
 */
public final class DateExtractor {
    static final String NAME = "dates";
    private static final String MONTHS = "(january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
    /** Put first, it fails at once where no month can start: a pattern is otherwise tried whole at every position. */
    private static final String STARTS_A_MONTH = "(?=[jfmasond])";
    private static final String FULL_MONTHS = "(january|february|march|april|may|june|july|august|september|october|november|december)";
    private static final String WEEKDAYS = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String COUNT = "(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "thirteen|fourteen|fifteen|twenty|thirty)";
    private static final String CN = "[\\d" + ChineseNumbers.DIGITS + "]";
    private static final String DAY_MARK = "[日号號]";
    /** What makes 一 a word's start after 週 (本週一定, 这周一直: "definitely this week", not Monday). */
    private static final String WORD_AFTER_ONE = "[定直樣样些切共般旦律致]";
    private static final Pattern MONTH_AND_DAY = Pattern.compile("(" + CN + "{1,3})月(?:(" + CN + "{1,3})" + DAY_MARK + ")?");
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30));

    /**
     * One way of writing a date: strings one of which must occur in the lower-cased text for the
     * pattern to have a chance (a cheap test that spares most texts most patterns), the pattern
     * (run on the folded text unless it is case-sensitive), whether it is only tried in text that
     * dates things in the ROC calendar, and what a match of it means, given the anchor (maybe null).
     */
    private record Rule(List<String> needles, Pattern pattern, boolean caseSensitive, boolean rocTextOnly,
                        BiFunction<Matcher, LocalDate, Mention.DateValue> meaning) {
        boolean mayMatch(String lowerCased) {
            return needles.stream().anyMatch(lowerCased::contains);
        }
    }

    private static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    private static final List<String> MONTH_NEEDLES = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    private final DateOrder numericOrder;
    private final List<Rule> rules = new ArrayList<>();

    public DateExtractor(DateOrder numericOrder) {
        this.numericOrder = numericOrder;
        english();
        chinese();
    }

    public List<Mention> extract(String text, LocalDate anchor) {
        List<Mention> found = new ArrayList<>();
        String lowerCased = OffsetKeepingFold.of(text);
        Boolean rocDated = null; // asked once, and only of a text a rule that needs it may match
        for (Rule rule : rules) {
            if (!rule.mayMatch(lowerCased)) {
                continue;
            }
            if (rule.rocTextOnly()) {
                rocDated = rocDated != null ? rocDated : RocCalendar.declaredIn(lowerCased);
                if (!rocDated) {
                    continue;
                }
            }
            Matcher matcher = rule.pattern().matcher(rule.caseSensitive() ? text : lowerCased);
            while (matcher.find()) {
                Mention.DateValue value;
                try {
                    value = rule.meaning().apply(matcher, anchor);
                } catch (DateTimeException | NumberFormatException impossible) {
                    value = null; // "31 February", "13/13/2023": not a date
                }
                if (value != null) {
                    found.add(new Mention(MentionType.DATE, text.substring(matcher.start(), matcher.end()), matcher.start(),
                            matcher.end(), value.value(),
                            NAME, value.ambiguous() ? 0.6 : value.relative() ? 0.85 : 0.95, value));
                }
            }
        }
        return Overlaps.keepLongest(found);
    }

    /** A rule whose pattern, written in lower case, matches text in any case. */
    private void rule(List<String> needles, String regex, BiFunction<Matcher, LocalDate, Mention.DateValue> meaning) {
        rules.add(new Rule(needles, Pattern.compile(regex), false, false, meaning));
    }

    /** A rule tried only in text that dates something in the ROC calendar beyond doubt ({@link RocCalendar#declaredIn}). */
    private void rocTextRule(List<String> needles, String regex, BiFunction<Matcher, LocalDate, Mention.DateValue> meaning) {
        rules.add(new Rule(needles, Pattern.compile(regex), false, true, meaning));
    }

    private void english() {
        rule(List.of("-"), "\\b(?=\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b", (m, anchor) -> exact(date(m.group(1), m.group(2), m.group(3)), DatePrecision.DAY));
        rule(MONTH_NEEDLES, "\\b" + STARTS_A_MONTH + MONTHS + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b",
                (m, anchor) -> exact(LocalDate.of(year(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2))), DatePrecision.DAY));
        rule(MONTH_NEEDLES, "\\b(?=\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTHS + "\\.?,?\\s+(\\d{4})\\b",
                (m, anchor) -> exact(LocalDate.of(year(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))), DatePrecision.DAY));
        rule(MONTH_NEEDLES, "\\b" + STARTS_A_MONTH + MONTHS + "\\.?,?\\s+(\\d{4})\\b", (m, anchor) -> exact(LocalDate.of(year(m.group(2)), month(m.group(1)), 1), DatePrecision.MONTH));
        rule(MONTH_NEEDLES, "\\b" + STARTS_A_MONTH + MONTHS + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b", (m, anchor) -> anchor == null ? null
                : relative(LocalDate.of(anchor.getYear(), month(m.group(1)), Integer.parseInt(m.group(2))), DatePrecision.DAY));
        rule(MONTH_NEEDLES, "\\b(?=\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTHS + "\\b", (m, anchor) -> anchor == null ? null
                : relative(LocalDate.of(anchor.getYear(), month(m.group(2)), Integer.parseInt(m.group(1))), DatePrecision.DAY));
        rule(MONTH_NEEDLES, STARTS_A_MONTH + "(?<=\\b(?:in|since|until|till|from|between|during|by|of|and|to|early|late|mid-?)\\s)" + FULL_MONTHS + "\\b(?!\\.?\\s*\\d)",
                (m, anchor) -> anchor == null ? null : relative(LocalDate.of(anchor.getYear(), month(m.group(1)), 1), DatePrecision.MONTH));
        // Standing alone, a capitalised month is a month; "May" and "March" are words too, so they need a preposition.
        rules.add(new Rule(MONTH_NEEDLES, Pattern.compile("(?=[JFMASOND])(?<!\\d\\s)(?<!\\d)\\b(January|February|April|June|July|August|September|October|November|December)\\b(?!\\.?\\s*\\d)"),
                true, false, (m, anchor) -> anchor == null ? null : relative(LocalDate.of(anchor.getYear(), month(m.group(1)), 1), DatePrecision.MONTH)));
        rule(List.of("/"), "(?=\\d)(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![\\d/])", (m, anchor) -> numeric(m.group(1), m.group(2), m.group(3)));
        rule(List.of("19", "20"), "\\b(?=[isbodutfaelmy])(?:in|since|by|of|during|until|till|from|before|after|early|late|mid-?|year)\\s+((?:19[5-9]|20\\d)\\d)\\b(?![-/]\\d)",
                (m, anchor) -> exact(LocalDate.of(Integer.parseInt(m.group(1)), 1, 1), DatePrecision.YEAR));
        rule(List.of("yesterday", "today", "tonight", "tomorrow"), "\\b(?=[yt])(yesterday|today|tonight|tomorrow)\\b", (m, anchor) -> anchor == null ? null : relative(anchor.plusDays(
                switch (m.group(1).toLowerCase(Locale.ROOT)) {
                    case "yesterday" -> -1;
                    case "tomorrow" -> 1;
                    default -> 0;
                }), DatePrecision.DAY));
        rule(List.of("ago", "later", "from now"), "\\b(?=[\\daotfsen])" + COUNT + "\\s+(day|week|month|year)s?\\s+(ago|later|from now)\\b", (m, anchor) -> {
            if (anchor == null) {
                return null;
            }
            int count = count(m.group(1)) * ("ago".equalsIgnoreCase(m.group(3)) ? -1 : 1);
            return shifted(anchor, m.group(2).toLowerCase(Locale.ROOT), count);
        });
        rule(List.of("year", "month"), "\\b(?=[lnt])(last|next|this)\\s+(year|month)\\b", (m, anchor) -> anchor == null ? null
                : shifted(anchor, m.group(2).toLowerCase(Locale.ROOT), direction(m.group(1))));
        rule(List.of("day"), "(?=\\b[bultnomwfs])(?:\\b(by|before|until|till)\\s+)?\\b(?:(last|next|this|on)\\s+)?" + WEEKDAYS
                + "\\b(?=(\\s*(?:之前|以前))?)", (m, anchor) -> {
            if (anchor == null) {
                return null;
            }
            DayOfWeek day = DayOfWeek.valueOf(m.group(3).toUpperCase(Locale.ROOT));
            String which = m.group(2) == null ? "on" : m.group(2).toLowerCase(Locale.ROOT);
            boolean deadline = m.group(1) != null || m.group(4) != null; // "by Friday", "Friday 之前": ahead
            LocalDate date = switch (which) {
                case "last" -> anchor.with(TemporalAdjusters.previous(day));
                case "next" -> anchor.with(TemporalAdjusters.next(day));
                case "this" -> anchor.with(TemporalAdjusters.nextOrSame(day));
                default -> deadline ? anchor.with(TemporalAdjusters.nextOrSame(day))
                        : anchor.with(TemporalAdjusters.previousOrSame(day)); // news: "on Friday" is past
            };
            return relative(date, DatePrecision.DAY);
        });
    }

    /**
     * Chinese in both scripts (週/周, 個月/个月, 後/后, 號/号, 兩/两 …) and in the ROC calendar; digits
     * may be full-width (the text is folded). 年底 and 年初 are the year: nothing finer is sure.
     */
    private void chinese() {
        List<String> year = List.of("年");
        years(year, "(?=" + CN + ")(" + CN + "{4})", ChineseNumbers::parse, "(?!\\s*" + CN + "{1,3}\\s*月|度)[底初末]?", false);
        years(List.of("民國", "(", "（"), RocCalendar.NAMED_YEAR, RocCalendar::gregorian,
                "(?!\\s*" + CN + "{1,3}\\s*月|度)[底初末]?", false);
        years(year, RocCalendar.THREE_DIGIT_YEAR, RocCalendar::gregorian, "[底初末]", false);
        // In ROC-dated text: two-digit years from ROC 40 (1951), below any prison term written 12年6月, and a three-digit year alone.
        years(year, "(?=[4-9])(?<![\\d.,刑])([4-9]\\d)", RocCalendar::gregorian, "[底初末]", true);
        rocTextRule(year, RocCalendar.THREE_DIGIT_YEAR + "\\s*年(?!\\s*" + CN + "{1,3}\\s*月|度|來|来|以來|以来|之久|多|餘|余|半|內|内|歷史|历史)",
                (m, anchor) -> exact(LocalDate.of(RocCalendar.gregorian(m.group(1)), 1, 1), DatePrecision.YEAR));
        rule(List.of("/", "."), RocCalendar.NUMERIC_DATE, (m, anchor) -> exact(LocalDate.of(RocCalendar.gregorian(m.group(1)),
                Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4)),
                Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(5))), DatePrecision.DAY));
        rule(List.of("月"), "(?=" + CN + ")(?<!年)(?<!" + CN + ")(" + CN + "{1,3})月(" + CN + "{1,3})" + DAY_MARK, (m, anchor) -> anchor == null ? null
                : relative(LocalDate.of(anchor.getYear(), ChineseNumbers.parse(m.group(1)), ChineseNumbers.parse(m.group(2))), DatePrecision.DAY));
        rule(List.of("月"), "(?=[一二三四五六七八九十\\d])(?<![年\\d〇零一二三四五六七八九十两兩个個])([一二三四五六七八九十]{1,3}|\\d{1,2})月份?(?!" + CN + "{1,3}" + DAY_MARK + ")",
                (m, anchor) -> anchor == null ? null
                        : relative(LocalDate.of(anchor.getYear(), ChineseNumbers.parse(m.group(1)), 1), DatePrecision.MONTH));
        // 今（15）日, 昨(14)日, 前日（23日）: the press's today and yesterday, with the day of the month.
        rule(List.of("(", "（"), "(?=[今昨明前])([今昨明前])日?\\s*[(（]\\s*(\\d{1,2})\\s*(日)?\\s*[)）]\\s*(日)?", (m, anchor) -> {
            if (anchor == null || (m.group(3) == null && m.group(4) == null)) {
                return null;
            }
            LocalDate day = anchor.withDayOfMonth(Integer.parseInt(m.group(2)));
            if ("昨前".contains(m.group(1)) && day.isAfter(anchor)) {
                day = day.minusMonths(1);
            } else if ("明".equals(m.group(1)) && day.isBefore(anchor)) {
                day = day.plusMonths(1);
            }
            return relative(day, DatePrecision.DAY);
        });
        rule(List.of("今早", "今晨", "今晚", "昨晚", "明早", "明晨", "明晚"), "(?=[今昨明])(今早|今晨|今晚|昨晚|明早|明晨|明晚)", (m, anchor) -> anchor == null ? null
                : relative(anchor.plusDays(m.group(1).startsWith("昨") ? -1 : m.group(1).startsWith("明") ? 1 : 0), DatePrecision.DAY));
        // 聽日, 琴日, 尋日: Cantonese tomorrow and yesterday, as Hong Kong chats write them.
        rule(List.of("前天", "昨天", "今天", "明天", "后天", "後天", "昨日", "今日", "明日", "聽日", "琴日", "尋日", "噚日"),
                "(?=[大前昨今明后後聽琴尋噚])(大前天|前天|昨天|昨日|今天|今日|明天|明日|后天|後天|大后天|大後天|聽日|琴日|尋日|噚日)",
                (m, anchor) -> anchor == null ? null : relative(anchor.plusDays(
                switch (m.group(1)) {
                    case "大前天" -> -3;
                    case "前天" -> -2;
                    case "昨天", "昨日", "琴日", "尋日", "噚日" -> -1;
                    case "明天", "明日", "聽日" -> 1;
                    case "后天", "後天" -> 2;
                    case "大后天", "大後天" -> 3;
                    default -> 0;
                }), DatePrecision.DAY));
        // Not 4月30日前: before 30 April, not 30 days ago.
        rule(List.of("前", "后", "後"), "(?=" + CN + ")(?<![月" + ChineseNumbers.DIGITS + "\\d])(" + CN + "{1,3})(天|日|周|週|星期|[个個]星期|礼拜|禮拜|[个個]礼拜|[个個]禮拜|[个個]月|年)(?:以|之)?(前|后|後)", (m, anchor) -> {
            if (anchor == null) {
                return null;
            }
            int count = ChineseNumbers.parse(m.group(1)) * ("前".equals(m.group(3)) ? -1 : 1);
            String unit = switch (m.group(2).substring(m.group(2).length() - 1)) {
                case "天", "日" -> "day";
                case "月" -> "month";
                case "年" -> "year";
                default -> "week";
            };
            return count == 0 ? null : shifted(anchor, unit, count);
        });
        rule(List.of("前年", "去年", "今年", "明年", "后年", "後年", "本年"), "(?=[前去今明后後本])(前年|去年|今年|明年|后年|後年|本年(?!度))(?:" + CN + "{1,3}月(?:" + CN + "{1,3}" + DAY_MARK + ")?|年?[底初末])?", (m, anchor) -> {
            if (anchor == null) {
                return null;
            }
            LocalDate inYear = anchor.plusYears(switch (m.group(1)) {
                case "前年" -> -2;
                case "去年" -> -1;
                case "明年" -> 1;
                case "后年", "後年" -> 2;
                default -> 0;
            });
            return monthAndDayOf(m.group().substring(2), inYear);
        });
        // 年底, 月底 alone: of the anchor's year and month; 每年年底 is no date.
        rule(List.of("年底", "年初", "年末"), "(?=年)(?<![年每各" + ChineseNumbers.DIGITS + "\\d今去明前后後本同])年[底初末]", (m, anchor) -> anchor == null ? null
                : relative(anchor, DatePrecision.YEAR));
        rule(List.of("月底", "月初", "月末"), "(?=月)(?<![月每个個本上下这這" + ChineseNumbers.DIGITS + "\\d])月[底初末]", (m, anchor) -> anchor == null ? null
                : relative(anchor, DatePrecision.MONTH));
        rule(List.of("上月", "上个月", "上個月", "下月", "下个月", "下個月", "本月", "这个月", "這個月"),
                "(?=[上下本这這])(上[个個]月|上月|下[个個]月|下月|本月|这个月|這個月)(?:(" + CN + "{1,3})" + DAY_MARK + "|[底初末])?", (m, anchor) -> {
            if (anchor == null) {
                return null;
            }
            LocalDate month = anchor.plusMonths(m.group(1).startsWith("上") ? -1 : m.group(1).startsWith("下") ? 1 : 0);
            return m.group(2) == null ? relative(month, DatePrecision.MONTH)
                    : relative(month.withDayOfMonth(ChineseNumbers.parse(m.group(2))), DatePrecision.DAY);
        });
        rule(List.of("周", "週", "星期", "礼拜", "禮拜"), "(上|下|这|這|本)?(?:[个個])?(周|週|星期|礼拜|禮拜)([一二三四五六日天])(?!(?<=一)" + WORD_AFTER_ONE + ")", (m, anchor) -> {
            if (anchor == null) {
                return null;
            }
            // Chinese weeks start on Monday: 上周二 is the Tuesday of the week before the anchor's.
            int weekday = "一二三四五六日天".indexOf(m.group(3)) + 1;
            return relative(monday(anchor, m.group(1)).plusDays(Math.min(weekday, 7) - 1L), DatePrecision.DAY);
        });
        // 本週, 上週末 alone: no day is sure, but the month (or the year) that holds the whole week or weekend is.
        rule(List.of("周", "週", "星期", "礼拜", "禮拜"), "(?=[上下这這本])(上|下|这|這|本)(?:[个個])?(?:周|週|星期|礼拜|禮拜)(末)?(?![二三四五六日天期年刊边邊围圍全到]|一(?!" + WORD_AFTER_ONE + "))",
                (m, anchor) -> {
            if (anchor == null) {
                return null;
            }
            LocalDate monday = monday(anchor, m.group(1)).plusDays(m.group(2) == null ? 0 : 5);
            LocalDate sunday = monday.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            return monday.getMonth() == sunday.getMonth() ? relative(monday, DatePrecision.MONTH)
                    : monday.getYear() == sunday.getYear() ? relative(monday, DatePrecision.YEAR) : null;
        });
    }

    /**
     * A year written some way ({@code year}: a pattern whose first group is the year, before 年,
     * which {@code gregorian} reads), followed by a month and a day, by a month (月底 too), or by
     * {@code yearAlone} (what may follow 年 when no month does).
     */
    private void years(List<String> needles, String year, ToIntFunction<String> gregorian, String yearAlone, boolean rocTextOnly) {
        List<String> patterns = List.of(
                year + "\\s*年\\s*(" + CN + "{1,3})\\s*月\\s*(" + CN + "{1,3})\\s*" + DAY_MARK,
                year + "\\s*年\\s*(" + CN + "{1,3})\\s*月(?!\\s*" + CN + "{1,3}\\s*" + DAY_MARK + ")",
                year + "\\s*年" + yearAlone);
        List<DatePrecision> precisions = List.of(DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR);
        for (int i = 0; i < patterns.size(); i++) {
            DatePrecision precision = precisions.get(i);
            rules.add(new Rule(needles, Pattern.compile(patterns.get(i)), false, rocTextOnly, (m, anchor) -> exact(LocalDate.of(
                    gregorian.applyAsInt(m.group(1)),
                    precision == DatePrecision.YEAR ? 1 : ChineseNumbers.parse(m.group(2)),
                    precision == DatePrecision.DAY ? ChineseNumbers.parse(m.group(3)) : 1), precision)));
        }
    }

    /** What follows a relative year (去年9月14日, 去年底, 今年): a day, a month, or the year itself. */
    private static Mention.DateValue monthAndDayOf(String rest, LocalDate inYear) {
        Matcher monthDay = MONTH_AND_DAY.matcher(rest);
        if (!monthDay.lookingAt()) {
            return relative(inYear, DatePrecision.YEAR);
        }
        LocalDate month = LocalDate.of(inYear.getYear(), ChineseNumbers.parse(monthDay.group(1)), 1);
        return monthDay.group(2) == null ? relative(month, DatePrecision.MONTH)
                : relative(month.withDayOfMonth(ChineseNumbers.parse(monthDay.group(2))), DatePrecision.DAY);
    }

    /** The Monday of the anchor's week, or of the week before (上) or after (下) it. */
    private static LocalDate monday(LocalDate anchor, String which) {
        int weeks = which == null ? 0 : "上".equals(which) ? -1 : "下".equals(which) ? 1 : 0;
        return anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(weeks);
    }

    /** 03/04/2023: day and month swap places by locale; a number above 12 settles which is which. */
    private Mention.DateValue numeric(String first, String second, String yearText) {
        int a = Integer.parseInt(first);
        int b = Integer.parseInt(second);
        int year = yearText.length() == 2 ? 2000 + Integer.parseInt(yearText) : Integer.parseInt(yearText);
        boolean dayFirst = a > 12 || (b <= 12 && numericOrder != DateOrder.MDY);
        LocalDate date = dayFirst ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b);
        boolean ambiguous = a <= 12 && b <= 12 && a != b;
        return new Mention.DateValue(DatePrecision.DAY.format(date), DatePrecision.DAY, false, ambiguous);
    }

    private static Mention.DateValue shifted(LocalDate anchor, String unit, int count) {
        return switch (unit) {
            case "day" -> relative(anchor.plusDays(count), DatePrecision.DAY);
            case "week" -> relative(anchor.plusWeeks(count), DatePrecision.DAY);
            case "month" -> relative(anchor.plusMonths(count), DatePrecision.MONTH);
            default -> relative(anchor.plusYears(count), DatePrecision.YEAR);
        };
    }

    private static int direction(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
    }

    private static Mention.DateValue exact(LocalDate date, DatePrecision precision) {
        return new Mention.DateValue(precision.format(date), precision, false, false);
    }

    private static Mention.DateValue relative(LocalDate date, DatePrecision precision) {
        return new Mention.DateValue(precision.format(date), precision, true, false);
    }

    private static LocalDate date(String year, String month, String day) {
        return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    }

    private static int year(String digits) {
        return Integer.parseInt(digits);
    }

    private static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(key) + 1;
    }

    private static int count(String word) {
        Integer named = NUMBER_WORDS.get(word.toLowerCase(Locale.ROOT));
        return named != null ? named : Integer.parseInt(word);
    }
}
