package org.dossier.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DocumentReaderTest {
    @Test
    void theShownTextKeepsEveryOffsetOfTheEvidence() {
        String evidence = "From: Chen Li\r\nTo: Marcus\r\rpage one\fpage two";
        String shown = DocumentReader.displayed(evidence);
        assertEquals(evidence.length(), shown.length());
        assertEquals(evidence.indexOf("Marcus"), shown.indexOf("Marcus"));
        assertEquals(evidence.indexOf("page two"), shown.indexOf("page two"));
        assertEquals(-1, shown.indexOf('\r'), "the styled text would drop a carriage return and shift what follows");
        assertEquals("page one\npage two", shown.substring(shown.indexOf("page one")));
    }
}
