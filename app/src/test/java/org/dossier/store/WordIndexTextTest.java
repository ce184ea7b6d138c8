package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordIndexTextTest {

    @Test
    void chineseRunsBecomeOverlappingBigramsWithTheirLastCharacter() {
        assertEquals("字节 节跳 跳动 动 ", WordIndexText.of("字节跳动"));
    }

    @Test
    void latinTextPassesThroughAndIsSeparatedFromChinese() {
        assertEquals("OpenAI 的 API 微软 软 said", WordIndexText.of("OpenAI的API微软said").replaceAll(" +", " "));
    }

    @Test
    void aQueryAsksForARunsLastCharacterWhereLatinLettersFollowIt() {
        assertEquals("\"回落 落到 到 CPU 操作\"", WordIndexText.query("回落到CPU操作").replaceAll(" +", " "));
    }

    @Test
    void queriesUseBigramsOnlyAndALoneCharacterBecomesAPrefix() {
        assertEquals("\"微软\"", WordIndexText.query("微软"));
        assertEquals("\"微\" *", WordIndexText.query("微"));
        assertEquals("\"ai\"", WordIndexText.query("ai"));
    }

    @Test
    void theShortcutForSpacedTextAgreesWithTheScriptTableForEveryCodePoint() {
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
            boolean unspaced = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA;
            assertEquals(unspaced, org.dossier.text.Scripts.isUnspaced(codePoint), Integer.toHexString(codePoint));
        }
    }
}
