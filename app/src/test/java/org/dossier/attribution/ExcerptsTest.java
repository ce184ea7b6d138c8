package org.dossier.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class ExcerptsTest {
    @Test
    void theSentenceAroundAPlaceInEnglishOrChinese() {
        String text = "Hello.\nWe stopped on November 20. Then nothing. 我们已停止调用。后来没有。";
        int at = text.indexOf("November");
        Span english = Excerpts.sentenceAround(text, at, 8);
        assertEquals("We stopped on November 20.", text.substring(english.start(), english.end()));
        Span chinese = Excerpts.sentenceAround(text, text.indexOf("停止"), 2);
        assertEquals("我们已停止调用。", text.substring(chinese.start(), chinese.end()));
        Span line = Excerpts.sentenceAround("no end here", 3, 1);
        assertEquals(new Span(0, 11), line);
    }

    @Test
    void anExcerptInItsWordsWithAnEllipsisWhereTheTextGoesOn() {
        String text = "0123456789ABCDEFGHIJ";
        assertEquals(new Excerpts.InContext("…345", "6789", "ABC…"), Excerpts.inContext(text, new Span(6, 10), 3));
        assertEquals(new Excerpts.InContext("012", "34", "567"), Excerpts.inContext("01234567", new Span(3, 5), 5));
    }
}
