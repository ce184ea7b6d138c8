package org.dossier.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.MailHeaders;
import org.dossier.model.MailThread;

/**
 * The e-mails of a case as threading needs them, read from the headers their parser reported at
 * import, and the threads written back as conversations of the platform "email": each mail's item
 * joins its thread's conversation and names the mail it answers, so a thread reads like a chat,
 * counts among the conversations and filters the timeline like one.
 */
public final class MailThreadStore implements AutoCloseable {
    /** An e-mail file, a mail in a mailbox, an Outlook message, a mail in an Outlook PST. */
    static final String MAIL_TYPES = "'message/rfc822','application/vnd.ms-outlook','application/x-tika-pst-mail-item'";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]+)>");
    /** Who a mail is from and to: addresses, or an Exchange server's names for them (no @), and the sender's name. */
    private static final List<String> PEOPLE_FIELDS = List.of("Message:From-Email", "Message:To-Email", "Message:CC-Email",
            "Message:BCC-Email", "Message:From-Name");

    private final Connection connection;

    public static MailThreadStore of(CaseFile caseFile) {
        return new MailThreadStore(caseFile.newConnection());
    }

    MailThreadStore(Connection connection) {
        this.connection = connection;
    }

    /** Every e-mail of the case with what its headers say of its thread. */
    public List<MailHeaders> headers() {
        List<MailHeaders> mails = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, metadata, title, occurred_at FROM items"
                + " WHERE kind = 'document' AND media_type IN (" + MAIL_TYPES + ")"); var rows = query.executeQuery()) {
            while (rows.next()) {
                Map<String, List<String>> fields = fields(rows.getString(2));
                long sent = rows.getLong(4);
                Instant sentAt = rows.wasNull() ? null : Instant.ofEpochMilli(sent);
                String subject = first(fields, "dc:subject");
                List<String> parents = new ArrayList<>(ids(first(fields, "Message:Raw-Header:In-Reply-To", "mapi:in-reply-to-id")));
                ids(first(fields, "Message:Raw-Header:References", "mapi:internet-references")).stream()
                        .filter(id -> !parents.contains(id)).forEach(parents::add);
                List<String> own = ids(first(fields, "Message:Raw-Header:Message-ID", "mapi:internet-message-id", "dc:identifier"));
                mails.add(new MailHeaders(rows.getLong(1), own.isEmpty() ? null : own.get(0), parents, conversationIndex(fields),
                        subject != null ? subject : rows.getString(3), people(fields), sentAt));
            }
            return mails;
        } catch (SQLException e) {
            throw new StoreException("cannot read the e-mails' headers", e);
        }
    }

    /** Writes the threads as conversations, in place of the ones written before; a mail in no thread any more leaves its conversation. */
    public void replace(List<MailThread> threads) {
        Transactions.inTransaction(connection, "write the e-mail threads", () -> {
            try (PreparedStatement leave = connection.prepareStatement("""
                    UPDATE items SET conversation_id = NULL, reply_to_id = NULL
                    WHERE conversation_id IN (SELECT id FROM conversations WHERE platform = 'email')""");
                 PreparedStatement upsert = connection.prepareStatement("""
                         INSERT INTO conversations(conversation_key, platform, name, kind, export_path, zone_assumed)
                         SELECT ?, 'email', ?, 'thread', l.path, 0 FROM items i JOIN source_locations l ON l.source_id = i.source_id
                         WHERE i.id = ? ORDER BY l.id LIMIT 1
                         ON CONFLICT(conversation_key) DO UPDATE SET name = excluded.name RETURNING id""");
                 PreparedStatement join = connection.prepareStatement("UPDATE items SET conversation_id = ?, reply_to_id = ? WHERE id = ?");
                 PreparedStatement empty = connection.prepareStatement("""
                         DELETE FROM conversations WHERE platform = 'email'
                         AND NOT EXISTS (SELECT 1 FROM items i WHERE i.conversation_id = conversations.id)""")) {
                leave.executeUpdate();
                for (MailThread thread : threads) {
                    upsert.setString(1, thread.key());
                    upsert.setString(2, thread.subject());
                    upsert.setLong(3, thread.itemIds().get(0));
                    long conversation;
                    try (var rows = upsert.executeQuery()) {
                        rows.next();
                        conversation = rows.getLong(1);
                    }
                    for (long item : thread.itemIds()) {
                        join.setLong(1, conversation);
                        join.setObject(2, thread.parents().get(item));
                        join.setLong(3, item);
                        join.addBatch();
                    }
                    join.executeBatch();
                }
                empty.executeUpdate();
            }
            return null;
        });
    }

    private static Map<String, List<String>> fields(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<Map<String, List<String>>>() { });
        } catch (IOException e) {
            return Map.of(); // metadata this version cannot read: the mail is threaded by nothing
        }
    }

    /** The first value of the first of these fields the mail has. */
    private static String first(Map<String, List<String>> fields, String... names) {
        for (String name : names) {
            List<String> values = fields.get(name);
            if (values != null && !values.isEmpty() && !values.get(0).isBlank()) {
                return values.get(0);
            }
        }
        return null;
    }

    /** Outlook's conversation index as hex: as the .msg gives it, or from the Thread-Index header (Base64) a mailbox keeps. */
    private static String conversationIndex(Map<String, List<String>> fields) {
        String hex = first(fields, "mapi:conversation-index");
        if (hex != null) {
            return hex;
        }
        String base64 = first(fields, "Message:Raw-Header:Thread-Index", "MboxParser-thread-index");
        try {
            return base64 == null ? null : HexFormat.of().formatHex(Base64.getMimeDecoder().decode(base64.strip()));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /** The Message-IDs in a header, without their angle brackets; a bare one when it has none. */
    static List<String> ids(String header) {
        List<String> ids = new ArrayList<>();
        if (header == null) {
            return ids;
        }
        Matcher id = MESSAGE_ID.matcher(header);
        while (id.find()) {
            ids.add(id.group(1));
        }
        if (ids.isEmpty() && !header.isBlank() && !header.strip().contains(" ")) {
            ids.add(header.strip());
        }
        return ids;
    }

    private static Set<String> people(Map<String, List<String>> fields) {
        Set<String> people = new LinkedHashSet<>();
        for (String field : PEOPLE_FIELDS) {
            for (String value : fields.getOrDefault(field, List.of())) {
                for (String one : value.split("[,;]")) {
                    if (!one.isBlank()) {
                        people.add(one.strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return people;
    }

    @Override
    public void close() {
        Transactions.closeQuietly(connection);
    }
}
