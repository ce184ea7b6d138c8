package org.dossier.ingest.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a Slack workspace export says about itself: its users and its conversations. Each
 * conversation's messages live in a folder of day files ({@code general/2023-12-15.json}), which
 * can only be read with this context: a message names its author by id.
 */
public final class SlackExport {
    /** The files that describe an export; users.json and one of the conversation lists make one. */
    public static final String USERS = "users.json";
    public static final Set<String> CONVERSATION_LISTS = Set.of("channels.json", "groups.json", "dms.json", "mpims.json");
    private static final Pattern DAY_FILE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}\\.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A user as the export lists them. */
    record User(String id, String name, ZoneId zone, boolean bot) {
    }

    /** A conversation: a public channel, a private group, a direct or a multi-person message. */
    record Conversation(String id, String name, String kind) {
    }

    private final String rootPath;
    private final Map<String, User> users;
    private final Map<String, Conversation> conversationsByFolder;

    private SlackExport(String rootPath, Map<String, User> users, Map<String, Conversation> conversationsByFolder) {
        this.rootPath = rootPath;
        this.users = users;
        this.conversationsByFolder = conversationsByFolder;
    }

    /** The export's description files, opened by name (from a folder or from inside an archive). */
    @FunctionalInterface
    public interface Files {
        /** The named file's content, or null when the export has no such file. */
        InputStream open(String name) throws IOException;
    }

    /**
     * Reads an export's users and conversation lists.
     *
     * @param rootPath the export's folder as received, without a trailing slash
     */
    public static SlackExport read(String rootPath, Files files) throws IOException {
        Map<String, User> users = new HashMap<>();
        for (JsonNode user : readArray(files, USERS)) {
            String id = user.path("id").asText();
            JsonNode profile = user.path("profile");
            String name = firstNonBlank(user.path("real_name").asText(""), profile.path("real_name").asText(""),
                    profile.path("display_name").asText(""));
            if (name == null) {
                name = user.path("deleted").asBoolean() ? "deactivated user " + id : user.path("name").asText(id);
            }
            users.put(id, new User(id, name, zone(user.path("tz").asText(null)), user.path("is_bot").asBoolean()));
        }
        Map<String, Conversation> conversations = new HashMap<>();
        addConversations(files, "channels.json", "channel", conversations, true);
        addConversations(files, "groups.json", "private channel", conversations, true);
        addConversations(files, "mpims.json", "group message", conversations, true);
        addConversations(files, "dms.json", "direct message", conversations, false);
        return new SlackExport(rootPath, users, conversations);
    }

    private static void addConversations(Files files, String list, String kind, Map<String, Conversation> into,
                                         boolean folderIsName) throws IOException {
        for (JsonNode conversation : readArray(files, list)) {
            String id = conversation.path("id").asText();
            String name = conversation.path("name").asText(id);
            into.put(folderIsName ? name : id, new Conversation(id, folderIsName ? name : "DM " + id, kind));
        }
    }

    private static Iterable<JsonNode> readArray(Files files, String name) throws IOException {
        try (InputStream in = files.open(name)) {
            if (in == null) {
                return java.util.List.of();
            }
            JsonNode array = JSON.readTree(in);
            return array != null && array.isArray() ? array : java.util.List.of();
        }
    }

    /**
     * The reader for a file of this export, or null when the file is not one of its day files
     * (the description files themselves, integration logs, anything else is a plain document).
     */
    public ChatReader readerFor(String receivedPath) {
        if (!receivedPath.startsWith(rootPath + "/")) {
            return null;
        }
        String[] parts = receivedPath.substring(rootPath.length() + 1).split("/");
        if (parts.length != 2 || !DAY_FILE.matcher(parts[1]).matches()) {
            return null;
        }
        Conversation conversation = conversationsByFolder.getOrDefault(parts[0], new Conversation(parts[0], parts[0], "channel"));
        return new SlackDayReader(this, conversation);
    }

    String rootPath() {
        return rootPath;
    }

    User user(String id) {
        return id == null ? null : users.get(id);
    }

    String conversationName(String id) {
        return conversationsByFolder.values().stream().filter(c -> c.id().equals(id)).map(Conversation::name)
                .findFirst().orElse(id);
    }

    private static ZoneId zone(String id) {
        try {
            return id == null ? null : ZoneId.of(id);
        } catch (java.time.DateTimeException unknown) {
            return null;
        }
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (!value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
