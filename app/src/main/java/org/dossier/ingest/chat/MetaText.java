package org.dossier.ingest.chat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Undoes the defect of Meta's "Download your information" JSON: every byte of UTF-8 text is
 * written as its own escape (backslash-u-00XX), so "字" arrives as the three characters U+00E5
 * U+00AD U+0097. A string made
 * only of such characters that decodes as UTF-8 is the defect; anything else is left as written.
 */
final class MetaText {
    private MetaText() {
    }

    static String repair(String text) {
        if (text == null) {
            return null;
        }
        boolean high = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0xFF) {
                return text;
            }
            high |= c >= 0x80;
        }
        if (!high) {
            return text;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException notTheDefect) {
            return text;
        }
    }
}
