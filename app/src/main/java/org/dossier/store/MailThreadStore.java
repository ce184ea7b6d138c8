package org.dossier.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.MailAddress;
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
    /**
     * Where a mail's headers name its sender and recipients: the addresses' field and the field of
     * the names written with them, or else the header as written ("Name &lt;address&gt;, …"), which
     * is all Tika reports for a mail in a mailbox.
     */
    private enum Role {
        FROM("Message:From-Email", "Message:From-Name", "Message-From"),
        TO("Message:To-Email", "Message:To-Display-Name", "Message-To"),
        CC("Message:CC-Email", "Message:CC-Display-Name", "Message-Cc"),
        BCC("Message:BCC-Email", "Message:BCC-Display-Name", "Message-Bcc");

        final String addresses;
        final String names;
        final String written;

        Role(String addresses, String names, String written) {
            this.addresses = addresses;
            this.names = names;
            this.written = written;
        }
    }

    /** An address in a header as written: a name (quoted or not) and the address in angle brackets, or an address alone. */
    private static final Pattern WRITTEN_ADDRESS = Pattern.compile(
            "(?:\"([^\"]*)\"|([^,;<>\"]*?))\\s*<([^<>\\s]+@[^<>\\s]+)>|([^\\s,;<>\"]+@[^\\s,;<>\"]+)");

    /** Every field {@link #headers()} reads. */
    private static final Set<String> WANTED = wanted();

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
                        subject != null ? subject : rows.getString(3), addresses(fields), sentAt));
            }
            return mails;
        } catch (SQLException e) {
            throw new StoreException("cannot read the e-mails' headers", e);
        }
    }

    /**
     * Writes the threads as conversations, in place of the ones written before; a mail in no thread
     * any more leaves its conversation. Each mail's place is staged in a table of its own and
     * written in one statement, and only where it changed: row by row, a large mailbox would take
     * seconds more, and importing again would rewrite every mail.
     */
    public void replace(List<MailThread> threads) {
        Transactions.inTransaction(connection, "write the e-mail threads", () -> {
            try (var statement = connection.createStatement()) {
                statement.execute("""
                        CREATE TEMP TABLE IF NOT EXISTS thread_members(
                            item_id INTEGER PRIMARY KEY, conversation_id INTEGER NOT NULL, reply_to_id INTEGER)""");
                statement.execute("DELETE FROM thread_members");
            }
            try (PreparedStatement upsert = connection.prepareStatement("""
                         INSERT INTO conversations(conversation_key, platform, name, kind, export_path, zone_assumed)
                         SELECT ?, 'email', ?, 'thread', l.path, 0 FROM items i JOIN source_locations l ON l.source_id = i.source_id
                         WHERE i.id = ? ORDER BY l.id LIMIT 1
                         ON CONFLICT(conversation_key) DO UPDATE SET name = excluded.name RETURNING id""");
                 PreparedStatement member = connection.prepareStatement("INSERT INTO thread_members VALUES (?, ?, ?)")) {
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
                        member.setLong(1, item);
                        member.setLong(2, conversation);
                        member.setObject(3, thread.parents().get(item));
                        member.addBatch();
                    }
                }
                member.executeBatch();
            }
            try (var statement = connection.createStatement()) {
                statement.executeUpdate("""
                        UPDATE items SET conversation_id = NULL, reply_to_id = NULL
                        WHERE conversation_id IN (SELECT id FROM conversations WHERE platform = 'email')
                          AND id NOT IN (SELECT item_id FROM thread_members)""");
                statement.executeUpdate("""
                        UPDATE items SET conversation_id = m.conversation_id, reply_to_id = m.reply_to_id
                        FROM thread_members m
                        WHERE items.id = m.item_id
                          AND (items.conversation_id IS NOT m.conversation_id OR items.reply_to_id IS NOT m.reply_to_id)""");
                statement.executeUpdate("""
                        DELETE FROM conversations WHERE platform = 'email'
                        AND NOT EXISTS (SELECT 1 FROM items i WHERE i.conversation_id = conversations.id)""");
                statement.execute("DELETE FROM thread_members");
            }
            return null;
        });
    }

    /**
     * Records who each mail is from and to, for the mails not recorded before: the communications
     * graph counts mails between addresses from these rows.
     */
    public void recordAddresses(List<MailHeaders> mails) {
        Transactions.inTransaction(connection, "record the e-mails' addresses", () -> {
            Set<Long> recorded = new HashSet<>();
            try (var statement = connection.createStatement(); var rows = statement.executeQuery("SELECT DISTINCT item_id FROM mail_people")) {
                while (rows.next()) {
                    recorded.add(rows.getLong(1));
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT OR IGNORE INTO mail_people VALUES (?, ?, ?, ?)")) {
                for (MailHeaders mail : mails) {
                    if (recorded.contains(mail.itemId())) {
                        continue;
                    }
                    for (MailAddress address : mail.addresses()) {
                        insert.setLong(1, mail.itemId());
                        insert.setString(2, address.role());
                        insert.setString(3, address.address());
                        insert.setString(4, address.name() == null || address.name().isBlank() ? null : address.name().strip());
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /** Whether some mail of the case has addresses not recorded yet: a case threaded before schema 17. */
    public boolean addressesMissing() {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(
                "SELECT EXISTS (SELECT 1 FROM items WHERE kind = 'document' AND media_type IN (" + MAIL_TYPES + "))"
                        + " AND NOT EXISTS (SELECT 1 FROM mail_people)")) {
            return rows.getBoolean(1);
        } catch (SQLException e) {
            throw new StoreException("cannot tell whether the e-mails' addresses are recorded", e);
        }
    }

    /**
     * The fields threading reads from a mail's metadata, every other value skipped unread: a mail's
     * metadata holds dozens of fields, and reading them all would take most of a large mailbox's time.
     */
    private static Map<String, List<String>> fields(String json) {
        Map<String, List<String>> fields = new HashMap<>();
        if (json == null) {
            return fields;
        }
        try (JsonParser parser = JSON.getFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return fields;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                if (parser.nextToken() == JsonToken.START_ARRAY && WANTED.contains(name)) {
                    List<String> values = new ArrayList<>();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        values.add(parser.getValueAsString());
                    }
                    fields.put(name, values);
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            return Map.of(); // metadata this version cannot read: the mail is threaded by nothing
        }
        return fields;
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

    /**
     * The addresses of a mail's sender and recipients, in lower case, with the names written with
     * them when the names' field lists as many (Tika gives one list of each, not always as long).
     */
    private static List<MailAddress> addresses(Map<String, List<String>> fields) {
        List<MailAddress> addresses = new ArrayList<>();
        for (Role role : Role.values()) {
            if (!fields.containsKey(role.addresses)) {
                addresses.addAll(asWritten(role, fields.getOrDefault(role.written, List.of())));
                continue;
            }
            List<String> written = addressesIn(fields.getOrDefault(role.addresses, List.of()));
            List<String> names = fields.getOrDefault(role.names, List.of()).stream().filter(name -> !name.isBlank()).toList();
            for (int i = 0; i < written.size(); i++) {
                String name = names.size() == written.size() ? names.get(i) : role == Role.FROM ? first(fields, role.names) : null;
                addresses.add(new MailAddress(role.name().toLowerCase(Locale.ROOT), written.get(i).toLowerCase(Locale.ROOT), name));
            }
        }
        return addresses;
    }

    private static List<MailAddress> asWritten(Role role, List<String> values) {
        List<MailAddress> addresses = new ArrayList<>();
        for (String value : values) {
            Matcher found = WRITTEN_ADDRESS.matcher(value);
            while (found.find()) {
                String address = found.group(3) != null ? found.group(3) : found.group(4);
                String name = found.group(1) != null ? found.group(1) : found.group(2);
                addresses.add(new MailAddress(role.name().toLowerCase(Locale.ROOT), address.toLowerCase(Locale.ROOT),
                        name == null || name.isBlank() ? null : name.strip()));
            }
        }
        return addresses;
    }

    /**
     * The addresses in these values: a value may list several ("a@x.org, b@y.org"), but an Exchange
     * server's name for a person holds commas of its own ("…/cn=c3030…-Allison, Ti"), and stays whole.
     */
    private static List<String> addressesIn(List<String> values) {
        List<String> addresses = new ArrayList<>();
        for (String value : values) {
            List<String> parts = List.of(value.split("[,;]")).stream().map(String::strip).filter(part -> !part.isEmpty()).toList();
            if (parts.size() > 1 && parts.stream().allMatch(part -> part.contains("@"))) {
                addresses.addAll(parts);
            } else if (!value.isBlank()) {
                addresses.add(value.strip());
            }
        }
        return addresses;
    }

    private static Set<String> wanted() {
        Set<String> fields = new HashSet<>(Set.of("Message:Raw-Header:Message-ID", "mapi:internet-message-id", "dc:identifier",
                "Message:Raw-Header:In-Reply-To", "mapi:in-reply-to-id", "Message:Raw-Header:References", "mapi:internet-references",
                "mapi:conversation-index", "Message:Raw-Header:Thread-Index", "MboxParser-thread-index", "dc:subject"));
        for (Role role : Role.values()) {
            fields.add(role.addresses);
            fields.add(role.names);
            fields.add(role.written);
        }
        return Set.copyOf(fields);
    }

    @Override
    public void close() {
        Transactions.closeQuietly(connection);
    }
}
