package org.dossier.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.model.Span;
import org.dossier.text.ChineseScriptFixtures;
import org.junit.jupiter.api.Test;

class SnippetTest {

    @Test
    void marksEveryMatchIgnoringCaseOnOneLine() {
        Snippet snippet = Snippet.around("OpenAI said:\nwe suspended the openai account.", List.of("OpenAI"));
        assertEquals("«OpenAI» said: we suspended the «openai» account.", snippet.marked());
    }

    @Test
    void startsShortlyBeforeTheFirstMatchInALongText() {
        String text = "x".repeat(500) + " 字节跳动 used the API " + "y".repeat(500);
        Snippet snippet = Snippet.around(text, List.of("字节跳动"));
        assertTrue(snippet.text().startsWith("…"));
        assertTrue(snippet.text().endsWith("…"));
        assertTrue(snippet.marked().contains("«字节跳动» used the API"), snippet.marked());
    }

    @Test
    void eitherChineseScriptIsMarkedOnTheCharactersAsWritten() {
        String text = ChineseScriptFixtures.text(ChineseScriptFixtures.TRADITIONAL);
        assertEquals("大安國際大樓是位於«臺灣»臺中市南區忠明南路上的一幢«摩天大樓»，樓高151.2米，共地上42層，地下4層。",
                Snippet.around(text, List.of("台湾", "摩天大楼")).marked());
        assertEquals("«字节跳动»停用了«微軟»的服务", Snippet.around("字节跳动停用了微軟的服务", List.of("字節跳動", "微软")).marked());
        assertEquals(new Span(24, 28), Snippet.firstMatch(text, List.of("摩天大楼")), "where the reader opens it");
    }

    @Test
    void overlappingMatchesMergeIntoOneMark() {
        assertEquals("«project seed» launch", Snippet.around("project seed launch", List.of("project", "ject seed")).marked());
    }

    @Test
    void queryTermsSplitOnSpacesAndKeepQuotedPhrases() {
        assertEquals(List.of("Project Seed", "微软", "API"), QueryTerms.parse("\"Project Seed\"  微软 API "));
        assertEquals(List.of(), QueryTerms.parse("  \"\" "));
    }
}
