package org.dossier.extract.hanlp;

import com.hankcs.hanlp.HanLP;

/**
 * Traditional Chinese read as Simplified, character for character, so that an offset in the one is
 * the same offset in the other: HanLP's models, the surname list and the suffix rules know
 * Simplified, and a mention found in the converted text points at the original characters. The
 * conversion is HanLP's (phrase-aware: 鼠標 → 鼠标); where a phrase would change the length, each
 * character is converted alone instead.
 */
public final class SimplifiedChinese {
    private SimplifiedChinese() {
    }

    /** The text with Traditional characters in their Simplified form, as long as the text; the text itself when it has no Han. */
    public static String of(String text) {
        if (!ChineseNames.hasHan(text)) {
            return text;
        }
        String simplified = HanLP.convertToSimplifiedChinese(text);
        if (simplified.length() == text.length()) {
            return simplified;
        }
        StringBuilder each = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String one = HanLP.convertToSimplifiedChinese(String.valueOf(text.charAt(i)));
            each.append(one.length() == 1 ? one : String.valueOf(text.charAt(i)));
        }
        return each.toString();
    }
}
