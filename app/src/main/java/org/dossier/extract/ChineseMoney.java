package org.dossier.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;

/**
 * Amounts written the Chinese way, in both scripts: a currency before or after (新臺幣3,500萬元,
 * 3亿元人民币, 5,000萬港元, 港幣十五億元, 200萬澳門元, 五萬蚊), with 萬/万, 億/亿 and 兆 and in Arabic
 * digits, Chinese numerals (financial forms too: 新臺幣捌萬零壹佰陸拾貳元) or both (1億2,000萬, 4萬5千);
 * "over" (819億餘元, 6,000多萬港元) is read as the number it exceeds. A bare 元 is the currency of a 元 that the
 * text names nearest to it (Taiwanese news names 新臺幣 once, then writes 元); failing that, New
 * Taiwan dollars in a text dated in the ROC calendar, and yuan elsewhere.
 */
final class ChineseMoney {
    /** Names of currencies, longest first where one starts another. */
    private static final Map<String, String> CURRENCIES = Map.ofEntries(
            Map.entry("新臺幣", "TWD"), Map.entry("新台幣", "TWD"), Map.entry("臺幣", "TWD"), Map.entry("台幣", "TWD"),
            Map.entry("新台币", "TWD"), Map.entry("台币", "TWD"),
            Map.entry("港幣", "HKD"), Map.entry("港币", "HKD"), Map.entry("港元", "HKD"),
            Map.entry("澳門元", "MOP"), Map.entry("澳門幣", "MOP"), Map.entry("澳門圓", "MOP"), Map.entry("澳门元", "MOP"), Map.entry("澳门币", "MOP"),
            Map.entry("葡幣", "MOP"), Map.entry("葡币", "MOP"),
            Map.entry("澳元", "AUD"), Map.entry("澳幣", "AUD"), Map.entry("澳币", "AUD"), Map.entry("澳洲元", "AUD"),
            Map.entry("人民幣", "CNY"), Map.entry("人民币", "CNY"),
            Map.entry("美元", "USD"), Map.entry("美金", "USD"),
            Map.entry("歐元", "EUR"), Map.entry("欧元", "EUR"),
            Map.entry("英鎊", "GBP"), Map.entry("英镑", "GBP"),
            Map.entry("日圓", "JPY"), Map.entry("日圆", "JPY"), Map.entry("日幣", "JPY"), Map.entry("日币", "JPY"), Map.entry("日元", "JPY"));
    /** Currencies whose unit is 元: a bare 元 may be any of them. */
    private static final List<String> YUAN_FAMILY = List.of("TWD", "HKD", "MOP", "CNY");
    private static final String CURRENCY = "(" + String.join("|", CURRENCIES.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).toList()) + ")";
    private static final String NUMBER = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    private static final String AMOUNT = "((?=[\\d" + ChineseNumbers.STARTS + "])(?<![\\d.,])(?:" + NUMBER + "|[" + ChineseNumbers.NUMERALS + "]|"
            + ChineseNumbers.FILLERS + ")+)";
    /** 元 as a unit, not as the start of 元旦 (New Year's Day), 元件, 元素, 一元化. */
    private static final String YUAN = "([元圓圆块塊蚊])(?![旦件素首化年])";
    private static final Pattern BEFORE = Pattern.compile("(?=[新臺台港澳葡人美歐欧英日])" + CURRENCY + "\\s?" + AMOUNT + "\\s?(?:" + YUAN + ")?");
    private static final Pattern AFTER = Pattern.compile(AMOUNT + "\\s?(?:[多餘余]?" + YUAN + "\\s?" + CURRENCY + "?|" + CURRENCY + ")");
    private static final Pattern CURRENCY_NAMED = Pattern.compile(CURRENCY);
    private static final List<String> NEEDLES = List.of("元", "圓", "圆", "块", "塊", "蚊", "幣", "币", "金", "鎊", "镑");

    private ChineseMoney() {
    }

    /** @param folded the text folded ({@link OffsetKeepingFold}), offsets as in {@code text} */
    static List<Mention> extract(String text, String folded) {
        if (NEEDLES.stream().noneMatch(folded::contains)) {
            return List.of();
        }
        List<Mention> found = new ArrayList<>();
        Matcher before = BEFORE.matcher(folded);
        while (before.find()) {
            add(found, text, folded, before, CURRENCIES.get(before.group(1)), before.group(2));
        }
        Matcher after = AFTER.matcher(folded);
        while (after.find()) {
            String named = after.group(3) != null ? after.group(3) : after.group(4);
            String currency = named != null ? CURRENCIES.get(named) : "蚊".equals(after.group(2)) ? "HKD" : null;
            add(found, text, folded, after, currency, after.group(1));
        }
        return found;
    }

    private static void add(List<Mention> found, String text, String folded, Matcher match, String currency, String amountText) {
        BigDecimal amount = ChineseNumbers.amount(amountText);
        if (amount == null || amount.signum() == 0) {
            return;
        }
        String code = currency != null ? currency : yuanOf(folded, match.start());
        found.add(new Mention(MentionType.MONEY, text.substring(match.start(), match.end()), match.start(), match.end(),
                amount.stripTrailingZeros().toPlainString() + " " + code, PatternExtractor.NAME, currency != null ? 0.95 : 0.9, null));
    }

    /** The currency of a bare 元 at {@code at}: the 元 currency named nearest before it, else after it, else by the calendar. */
    private static String yuanOf(String folded, int at) {
        String before = null;
        String after = null;
        Matcher named = CURRENCY_NAMED.matcher(folded);
        while (named.find()) {
            String code = CURRENCIES.get(named.group(1));
            if (!YUAN_FAMILY.contains(code)) {
                continue;
            }
            if (named.start() < at) {
                before = code;
            } else if (after == null) {
                after = code;
            }
        }
        if (before != null || after != null) {
            return before != null ? before : after;
        }
        return RocCalendar.declaredIn(folded) ? "TWD" : "CNY";
    }
}
