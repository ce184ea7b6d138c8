package org.dossier.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScriptsTest {
    @Test
    void everyCodePointGetsTheJavaScriptTablesAnswer() {
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            int shown = codePoint;
            assertEquals(Scripts.inUnspacedScript(codePoint), Scripts.isUnspaced(codePoint), () -> "U+" + Integer.toHexString(shown));
        }
    }

    @Test
    void chineseAndJapaneseAreUnspacedAndTheirPunctuationAndOtherScriptsAreNot() {
        assertTrue(Scripts.isUnspaced('字'));
        assertTrue(Scripts.isUnspaced('節'));
        assertTrue(Scripts.isUnspaced('か'));
        assertTrue(Scripts.isUnspaced('カ'));
        assertTrue(Scripts.isUnspaced("𠀀".codePointAt(0))); // above the Basic Multilingual Plane
        assertFalse(Scripts.isUnspaced('，'));
        assertFalse(Scripts.isUnspaced('한'));
        assertFalse(Scripts.isUnspaced('a'));
    }
}
