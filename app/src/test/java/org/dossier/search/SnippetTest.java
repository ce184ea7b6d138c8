package org.dossier.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
    void overlappingMatchesMergeIntoOneMark() {
        assertEquals("«project seed» launch", Snippet.around("project seed launch", List.of("project", "ject seed")).marked());
    }

    @Test
    void queryTermsSplitOnSpacesAndKeepQuotedPhrases() {
        assertEquals(List.of("Project Seed", "微软", "API"), QueryTerms.parse("\"Project Seed\"  微软 API "));
        assertEquals(List.of(), QueryTerms.parse("  \"\" "));
    }
}
