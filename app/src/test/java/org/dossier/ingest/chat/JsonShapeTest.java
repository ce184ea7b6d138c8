package org.dossier.ingest.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Telling a chat export from other JSON reads the head of the file, never its bulk: a million-message
 * export would otherwise be tokenised once more before its import begins.
 */
class JsonShapeTest {
    private static final int BULK = 8 << 20;

    @Test
    void aLarkPageIsReadUpToItsFirstItem() {
        Counted in = export("{\"code\":0,\"data\":{\"has_more\":false,\"items\":[{\"message_id\":\"om_1\",\"create_time\":\"1\"}", ",{\"message_id\":\"om_2\"}", "]}}");
        JsonShape shape = JsonShape.of(in);
        assertEquals(Set.of("message_id", "create_time"), shape.firstMessageKeys());
        assertTrue(in.read < 1 << 20, "read " + in.read + " bytes");
    }

    @Test
    void aTelegramChatIsReadUpToItsFirstMessage() {
        Counted in = export("{\"name\":\"Tidewater\",\"type\":\"private_group\",\"messages\":[{\"id\":1,\"type\":\"message\",\"date\":\"2023-01-01T10:00:00\"}",
                ",{\"id\":2}", "]}");
        JsonShape shape = JsonShape.of(in);
        assertTrue(shape.isTelegram());
        assertTrue(in.read < 1 << 20, "read " + in.read + " bytes");
    }

    @Test
    void aTelegramAccountIsReadUpToItsListOfChats() {
        Counted in = export("{\"about\":\"\",\"chats\":{\"about\":\"\",\"list\":[{\"name\":\"a\",\"messages\":[]}", ",{\"name\":\"b\"}", "]}}");
        JsonShape shape = JsonShape.of(in);
        assertTrue(shape.isTelegram());
        assertTrue(in.read < 1 << 20, "read " + in.read + " bytes");
    }

    /** An export whose first element is followed by {@link #BULK} bytes of further elements. */
    private static Counted export(String head, String element, String tail) {
        byte[] one = element.getBytes(StandardCharsets.UTF_8);
        InputStream bulk = new InputStream() {
            final long total = (long) BULK / one.length * one.length;
            long position;

            @Override
            public int read() {
                return position == total ? -1 : one[(int) (position++ % one.length)];
            }
        };
        return new Counted(new SequenceInputStream(new SequenceInputStream(bytes(head), bulk), bytes(tail)));
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Counts the bytes the parser takes. */
    private static final class Counted extends FilterInputStream {
        long read;

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            read += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            read += Math.max(n, 0);
            return n;
        }
    }
}
