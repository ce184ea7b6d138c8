package org.dossier.ingest.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.dossier.model.NewConversation;
import org.dossier.model.NewItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API names a sender only by id, and the file may name that id anywhere: a message waits for
 * its sender's name, and the names a reader shows are those of the whole file, whichever way it
 * came by them.
 */
class LarkReaderTest {
    @TempDir
    Path dir;

    @Test
    void aSenderNamedOnlyByTheLastMessageIsNamedOnEveryMessageInFileOrder() throws IOException {
        List<NewItem> read = read(new LarkReader(), page(unnamed("ou_quiet", 5), mention("ou_loud", "ou_quiet", "Quiet Person")));
        assertEquals("om_1,om_2,om_3,om_4,om_5,om_6", locators(read));
        assertEquals(List.of("Quiet Person", "Quiet Person", "Quiet Person", "Quiet Person", "Quiet Person", "ou_loud"), authors(read));
    }

    @Test
    void aSenderUnnamedForLongerThanMessagesMayWaitIsNamedFromTheWholeFile() throws IOException {
        List<NewItem> read = read(new LarkReader(2), page(unnamed("ou_quiet", 5), mention("ou_loud", "ou_quiet", "Quiet Person")));
        assertEquals("om_1,om_2,om_3,om_4,om_5,om_6", locators(read));
        assertEquals(List.of("Quiet Person", "Quiet Person", "Quiet Person", "Quiet Person", "Quiet Person", "ou_loud"), authors(read));
    }

    @Test
    void anIdKeepsTheFirstNameTheFileGivesIt() throws IOException {
        String file = page(unnamed("ou_b", 1), mention("ou_a", "ou_b", "Bea"), mention("ou_a", "ou_b", "Beatrix").replace("om_6", "om_7"));
        for (LarkReader reader : List.of(new LarkReader(), new LarkReader(0))) {
            assertEquals(List.of("Bea", "ou_a", "ou_a"), authors(read(reader, file)));
        }
    }

    @Test
    void aRecalledMessageNamesItsSenderOnceNamed() throws IOException {
        String recalled = "{\"message_id\":\"om_1\",\"msg_type\":\"text\",\"create_time\":\"1700000000000\",\"deleted\":true,"
                + "\"sender\":{\"id\":\"ou_quiet\",\"sender_type\":\"user\"},\"body\":{\"content\":\"\"}}";
        List<NewItem> read = read(new LarkReader(), page(recalled, mention("ou_loud", "ou_quiet", "Quiet Person")));
        assertEquals("Quiet Person recalled a message", read.get(0).text());
    }

    private static String page(String... items) {
        return "{\"code\":0,\"data\":{\"items\":[" + String.join(",", items) + "]}}";
    }

    private static String unnamed(String sender, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> message("om_" + i, sender, "message " + i, "[]"))
                .collect(Collectors.joining(","));
    }

    private static String mention(String sender, String mentioned, String name) {
        return message("om_6", sender, "@_user_1 hello", "[{\"key\":\"@_user_1\",\"id\":\"" + mentioned + "\",\"name\":\"" + name + "\"}]");
    }

    private static String message(String id, String sender, String text, String mentions) {
        return "{\"message_id\":\"" + id + "\",\"msg_type\":\"text\",\"create_time\":\"1700000000000\",\"chat_id\":\"oc_1\","
                + "\"sender\":{\"id\":\"" + sender + "\",\"sender_type\":\"user\"},"
                + "\"body\":{\"content\":\"{\\\"text\\\":\\\"" + text + "\\\"}\"},\"mentions\":" + mentions + "}";
    }

    private List<NewItem> read(LarkReader reader, String json) throws IOException {
        Path file = Files.writeString(dir.resolve("page-" + System.nanoTime() + ".json"), json);
        List<NewItem> items = new ArrayList<>();
        reader.read(new ChatFile(file, file.getFileName().toString(), ZoneOffset.UTC), new ChatSink() {
            @Override
            public void conversation(NewConversation conversation) {
            }

            @Override
            public void message(NewItem message) {
                items.add(message);
            }

            @Override
            public void problem(String where, String reason) {
                throw new AssertionError(where + ": " + reason);
            }
        });
        return items;
    }

    private static String locators(List<NewItem> items) {
        return items.stream().map(NewItem::locator).collect(Collectors.joining(","));
    }

    private static List<String> authors(List<NewItem> items) {
        return items.stream().map(NewItem::author).toList();
    }
}
