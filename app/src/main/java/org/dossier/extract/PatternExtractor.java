package org.dossier.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;

/**
 * Things with a fixed shape: e-mail addresses, URLs, phone numbers (international, and Chinese
 * mobile numbers written without a country code), and amounts of money in English and Chinese
 * notation ({@link ChineseMoney}). Each gets a normalised key, so that the same address or amount
 * written two ways is one.
 */
public final class PatternExtractor {
    static final String NAME = "patterns";

    /**
     * {@code needles}: one must occur in the lower-cased text before the pattern is tried. A pattern
     * that is not {@code caseSensitive} is written in lower case and runs on the lower-cased text.
     */
    private record Rule(MentionType type, List<String> needles, Pattern pattern, boolean caseSensitive,
                        Function<Matcher, String> normalise, double confidence) {
    }

    private static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    private static final String NUMBER = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    /** million, bn, k; or 萬 and 億 after a symbol or a code (HK$200萬, NT$1億2,000萬). */
    private static final String SCALE = "(?:\\s?(million|billion|thousand|mn|bn|m|k)\\b|([萬万億亿兆千](?:" + NUMBER + "|[萬万億亿兆千百])*))?";
    private final List<Rule> rules = List.of(
            new Rule(MentionType.EMAIL, List.of("@"), Pattern.compile("(?<![\\w.%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"),
                    true, m -> m.group().toLowerCase(Locale.ROOT), 0.99),
            new Rule(MentionType.URL, List.of("http", "www."), Pattern.compile("(?:https?://|www\\.)[^\\s<>\"'，。、；（）()]+[^\\s<>\"'，。、；（）().,;:!?]"),
                    true, m -> m.group().toLowerCase(Locale.ROOT).startsWith("www.") ? "http://" + m.group() : m.group(), 0.99),
            new Rule(MentionType.PHONE, List.of("+"), Pattern.compile("(?=\\+)(?<![\\w+])\\+\\d{1,3}(?:[\\s.-]?\\(?\\d{1,4}\\)?){1,2}(?:[\\s.-]?\\d{2,4}){1,3}(?![\\d])"),
                    true, m -> "+" + digits(m.group()), 0.95),
            new Rule(MentionType.PHONE, DIGITS, Pattern.compile("(?=1)(?<![\\d.+-])1[3-9]\\d[\\s-]?\\d{4}[\\s-]?\\d{4}(?![\\d])"),
                    true, m -> "+86" + digits(m.group()), 0.9),
            new Rule(MentionType.PHONE, List.of("-"), Pattern.compile("(?=[(\\d])(?:(?<![\\d.+-])\\(\\d{3}\\)\\s?\\d{3}-\\d{4}(?!\\d)|(?<![\\d.+-])\\d{3}-\\d{3}-\\d{4}(?![\\d-]))"),
                    true, m -> "+1" + digits(m.group()), 0.85),
            new Rule(MentionType.MONEY, List.of("$", "€", "£", "¥", "￥", "usd", "eur", "gbp", "rmb", "cny", "hkd", "ntd", "twd", "mop"),
                    Pattern.compile("(?=[uhnm$€£¥￥egrct])(us\\$|hk\\$|nt\\$|mop\\$|\\$|€|£|¥|￥|usd\\s?|eur\\s?|gbp\\s?|rmb\\s?|cny\\s?|hkd\\s?|ntd\\s?|twd\\s?|mop\\s?)\\s?(" + NUMBER + ")"
                    + SCALE + "(?:\\s?元)?"), false, m -> money(m.group(2), m.group(3), m.group(4), currency(m.group(1))), 0.95),
            new Rule(MentionType.MONEY, List.of("dollar", "euro", "pound", "yuan", "renminbi", "usd", "eur", "rmb", "cny"),
                    Pattern.compile("(?=\\d)(" + NUMBER + ")" + SCALE + "\\s?(dollars|euros|pounds|yuan|renminbi|usd|eur|rmb|cny)\\b"),
                    false, m -> money(m.group(1), m.group(2), m.group(3), currency(m.group(4))), 0.9));

    public List<Mention> extract(String text) {
        String lowerCased = OffsetKeepingFold.of(text);
        List<Mention> found = new ArrayList<>(ChineseMoney.extract(text, lowerCased));
        for (Rule rule : rules) {
            if (rule.needles().stream().noneMatch(lowerCased::contains)) {
                continue;
            }
            Matcher matcher = rule.pattern().matcher(rule.caseSensitive() ? text : lowerCased);
            while (matcher.find()) {
                found.add(new Mention(rule.type(), text.substring(matcher.start(), matcher.end()), matcher.start(), matcher.end(),
                        rule.normalise().apply(matcher),
                        NAME, rule.confidence(), null));
            }
        }
        return Overlaps.keepLongest(found);
    }

    private static String digits(String text) {
        return text.replaceAll("\\D", "");
    }

    private static String currency(String symbol) {
        return switch (symbol.strip().toUpperCase(Locale.ROOT)) {
            case "$", "US$", "USD", "DOLLARS" -> "USD";
            case "HK$", "HKD" -> "HKD";
            case "NT$", "NTD", "TWD" -> "TWD";
            case "MOP$", "MOP" -> "MOP";
            case "€", "EUR", "EUROS" -> "EUR";
            case "£", "GBP", "POUNDS" -> "GBP";
            default -> "CNY"; // ¥, ￥, RMB, CNY, yuan, renminbi: in this newsroom's evidence, yuan
        };
    }

    /** "1.2" "million" "USD" → "1200000 USD"; "200" "萬" "HKD" → "2000000 HKD". */
    private static String money(String number, String scale, String chineseScale, String currency) {
        BigDecimal amount = chineseScale != null ? ChineseNumbers.amount(number.replace(",", "") + chineseScale)
                : new BigDecimal(number.replace(",", ""));
        if (scale != null) {
            amount = amount.multiply(switch (scale.toLowerCase(Locale.ROOT)) {
                case "thousand", "k" -> BigDecimal.valueOf(1_000);
                case "million", "mn", "m" -> BigDecimal.valueOf(1_000_000);
                default -> BigDecimal.valueOf(1_000_000_000);
            });
        }
        return amount.stripTrailingZeros().toPlainString() + " " + currency;
    }
}
