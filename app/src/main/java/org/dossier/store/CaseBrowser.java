package org.dossier.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dossier.model.ChatLine;
import org.dossier.model.ConversationSummary;
import org.dossier.model.DatePrecision;
import org.dossier.model.Item;
import org.dossier.model.ItemDetails;
import org.dossier.model.MailText;
import org.dossier.model.Mention;
import org.dossier.model.MentionType;
import org.dossier.model.MessageIndex;
import org.dossier.model.OcrPicture;
import org.dossier.model.OcrSource;
import org.dossier.model.OcrWord;
import org.dossier.model.SourceEntry;
import org.dossier.model.StoredMention;

/**
 * What the workbench reads to show a case: the files as received, the conversations, a
 * conversation's messages page by page, an item's children and mentions. On its own connection;
 * one thread at a time.
 */
public final class CaseBrowser implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection connection;

    /** What the workbench reads to show the case, on its own connection. */
    public static CaseBrowser of(CaseFile caseFile) {
        return new CaseBrowser(caseFile.newConnection());
    }

    CaseBrowser(Connection connection) {
        this.connection = connection;
    }

    /** Every file location as received, archives before what they hold, with how many documents each gave. */
    public List<SourceEntry> sources() {
        String sql = """
                SELECT l.id, l.parent_location_id, l.source_id, l.path, s.status, s.media_type,
                       (SELECT count(*) FROM items i WHERE i.source_id = l.source_id AND i.kind = 'document')
                FROM source_locations l JOIN sources s ON s.id = l.source_id ORDER BY l.path""";
        List<SourceEntry> entries = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql); var rows = query.executeQuery()) {
            while (rows.next()) {
                long parent = rows.getLong(2);
                Long parentId = rows.wasNull() ? null : parent;
                entries.add(new SourceEntry(rows.getLong(1), parentId, rows.getLong(3), rows.getString(4),
                        rows.getString(5), rows.getString(6), rows.getLong(7)));
            }
            return entries;
        } catch (SQLException e) {
            throw new StoreException("cannot list the case's files", e);
        }
    }

    /** The documents read from a file: the file's own, then what is embedded in it, outermost first. */
    public List<Item> documentsOf(long sourceId) {
        return items(ItemRows.SELECT + "WHERE i.source_id = ? AND i.kind = 'document' ORDER BY i.id", sourceId);
    }

    public List<ConversationSummary> conversations() {
        return conversations("", List.of());
    }

    /** The conversation a message or a mail belongs to, if any. */
    public Optional<ConversationSummary> conversationOf(long itemId) {
        return conversations("WHERE c.id = (SELECT conversation_id FROM items WHERE id = ?)", List.of(itemId)).stream().findFirst();
    }

    private List<ConversationSummary> conversations(String where, List<Object> parameters) {
        String sql = """
                SELECT c.id, c.name, c.platform, (SELECT count(*) FROM items i WHERE i.conversation_id = c.id), c.zone_assumed
                FROM conversations c %s ORDER BY c.name, c.id""".formatted(where);
        List<ConversationSummary> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                query.setObject(i + 1, parameters.get(i));
            }
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new ConversationSummary(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getLong(4),
                            rows.getBoolean(5)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new StoreException("cannot list the case's conversations", e);
        }
    }

    /** A conversation's messages and system events in time order, as ids and times. */
    public MessageIndex messageIndex(long conversationId) {
        String sql = "SELECT id, coalesce(occurred_at, 0) FROM items WHERE conversation_id = ? ORDER BY occurred_at, id";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, conversationId);
            long[] ids = new long[1024];
            long[] times = new long[1024];
            int size = 0;
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    if (size == ids.length) {
                        ids = java.util.Arrays.copyOf(ids, size * 2);
                        times = java.util.Arrays.copyOf(times, size * 2);
                    }
                    ids[size] = rows.getLong(1);
                    times[size++] = rows.getLong(2);
                }
            }
            return new MessageIndex(java.util.Arrays.copyOf(ids, size), java.util.Arrays.copyOf(times, size));
        } catch (SQLException e) {
            throw new StoreException("cannot read conversation " + conversationId, e);
        }
    }

    /** The messages with these ids, in the order given, with what they reply to and their attachments. */
    public List<ChatLine> chatLines(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        Map<Long, Item> items = new HashMap<>();
        for (Item item : items(ItemRows.SELECT + "WHERE i.id IN (" + in + ")")) {
            items.put(item.id(), item);
        }
        Map<Long, String> replies = new HashMap<>();
        Map<Long, List<String>> attachments = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT i.id, p.author, substr(p.text, 1, 80) FROM items i JOIN items p ON p.id = i.reply_to_id
                WHERE i.id IN (""" + in + ")");
             var rows = query.executeQuery()) {
            while (rows.next()) {
                replies.put(rows.getLong(1), (rows.getString(2) == null ? "" : rows.getString(2) + ": ") + rows.getString(3));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read replies", e);
        }
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT item_id, name, missing FROM attachments WHERE item_id IN (" + in + ") ORDER BY id");
             var rows = query.executeQuery()) {
            while (rows.next()) {
                attachments.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>())
                        .add(rows.getString(2) + (rows.getBoolean(3) ? " (missing)" : ""));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read attachments", e);
        }
        // An e-mail's attachments are the parts Tika found in it: its child items.
        try (PreparedStatement query = connection.prepareStatement("SELECT c.parent_item_id, coalesce(c.title, c.locator) FROM items c"
                + " JOIN items m ON m.id = c.parent_item_id AND m.kind = 'document' WHERE c.parent_item_id IN (" + in + ") ORDER BY c.id");
             var rows = query.executeQuery()) {
            while (rows.next()) {
                attachments.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(rows.getString(2));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the e-mails' attachments", e);
        }
        Map<Long, List<StoredMention>> mentions = mentionsOf(in);
        List<ChatLine> lines = new ArrayList<>();
        for (long id : ids) {
            Item item = items.get(id);
            if (item != null) {
                lines.add(new ChatLine(item, replies.get(id), attachments.getOrDefault(id, List.of()),
                        mentions.getOrDefault(id, List.of()), -1));
            }
        }
        return lines;
    }

    /** The mails of an e-mail thread, oldest first, with their attachments' names and lengths. */
    public List<MailText> mailTexts(long conversationId) {
        List<MailText> mails = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT i.id, i.title, i.text,
                       (SELECT string_agg(coalesce(a.title, '') || ' ' || length(a.text), '\n' ORDER BY a.id) FROM items a WHERE a.parent_item_id = i.id)
                FROM items i WHERE i.conversation_id = ? ORDER BY i.occurred_at, i.id""")) {
            query.setLong(1, conversationId);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    String attachments = rows.getString(4);
                    mails.add(new MailText(rows.getLong(1), rows.getString(2), rows.getString(3),
                            attachments == null ? java.util.Set.of() : java.util.Set.copyOf(List.of(attachments.split("\n")))));
                }
            }
            return mails;
        } catch (SQLException e) {
            throw new StoreException("cannot read the mails of conversation " + conversationId, e);
        }
    }

    /** The item an item is embedded in, and its parser's metadata. */
    public ItemDetails details(long itemId) {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT i.metadata, p.title, p.author, pc.name FROM items i
                LEFT JOIN items p ON p.id = i.parent_item_id LEFT JOIN conversations pc ON pc.id = p.conversation_id
                WHERE i.id = ?""")) {
            query.setLong(1, itemId);
            try (var rows = query.executeQuery()) {
                if (!rows.next()) {
                    return new ItemDetails(null, Map.of());
                }
                String json = rows.getString(1);
                Map<String, List<String>> metadata = json == null ? Map.of()
                        : JSON.readValue(json, new TypeReference<java.util.TreeMap<String, List<String>>>() { });
                boolean hasParent = rows.getString(2) != null || rows.getString(4) != null;
                return new ItemDetails(hasParent ? Item.heading(rows.getString(4), rows.getString(3), rows.getString(2)) : null, metadata);
            }
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException("cannot read the details of item " + itemId, e);
        }
    }

    /** How an item's text was read by OCR, with its words' boxes; empty for any other item. */
    public Optional<OcrSource> ocrSource(long itemId) {
        try (PreparedStatement page = connection.prepareStatement(
                "SELECT page, width, height, engine, languages FROM ocr_pages WHERE item_id = ?");
             PreparedStatement words = connection.prepareStatement(
                     "SELECT start, \"end\", x, y, width, height, confidence FROM ocr_words WHERE item_id = ? ORDER BY start")) {
            page.setLong(1, itemId);
            try (var rows = page.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                List<OcrWord> boxes = new ArrayList<>();
                words.setLong(1, itemId);
                try (var read = words.executeQuery()) {
                    while (read.next()) {
                        boxes.add(new OcrWord(read.getInt(1), read.getInt(2), read.getInt(3), read.getInt(4), read.getInt(5),
                                read.getInt(6), read.getFloat(7)));
                    }
                }
                return Optional.of(new OcrSource(rows.getInt(1), rows.getInt(2), rows.getInt(3), rows.getString(4), rows.getString(5), boxes));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the OCR of item " + itemId, e);
        }
    }

    /** The file (or the picture inside a file) an OCR text was read from, and the way to its bytes; empty for any other item. */
    public Optional<OcrPicture> ocrPicture(long itemId) {
        try (PreparedStatement source = connection.prepareStatement("""
                SELECT o.source_id, o.part, picture.id, picture.title, picture.media_type
                FROM ocr_pages o JOIN items text ON text.id = o.item_id JOIN items picture ON picture.id = text.parent_item_id
                WHERE o.item_id = ?""")) {
            source.setLong(1, itemId);
            try (var rows = source.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                String part = rows.getString(2);
                return Optional.of(new ArchivedLocations(connection).of(rows.getLong(1), rows.getLong(3), part.isEmpty() ? null
                        : new OcrPicture.Part(part, rows.getString(4), rows.getString(5))));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot find the picture of item " + itemId, e);
        }
    }

    /** An item's mentions in text order. */
    public List<StoredMention> mentionsOf(long itemId) {
        return mentionsOf(Long.toString(itemId)).getOrDefault(itemId, List.of());
    }

    /** The mentions of the items in a comma-separated list of ids, by item, in text order. */
    private Map<Long, List<StoredMention>> mentionsOf(String itemIds) {
        String sql = """
                SELECT item_id, id, entity_id, type, surface, normalized_key, start_offset, end_offset, extractor, confidence,
                       date_value, date_precision, ambiguous, date_anchor IS NOT NULL
                FROM mentions WHERE item_id IN (""" + itemIds + ") ORDER BY item_id, start_offset, end_offset DESC";
        Map<Long, List<StoredMention>> found = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(sql); var rows = query.executeQuery()) {
            while (rows.next()) {
                long entity = rows.getLong(3);
                Long entityId = rows.wasNull() ? null : entity;
                String value = rows.getString(11);
                Mention.DateValue date = value == null ? null
                        : new Mention.DateValue(value, DatePrecision.valueOf(rows.getString(12)), rows.getBoolean(14), rows.getBoolean(13));
                found.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(new StoredMention(rows.getLong(2), entityId,
                        new Mention(MentionType.valueOf(rows.getString(4)), rows.getString(5), rows.getInt(7), rows.getInt(8),
                                rows.getString(6), rows.getString(9), rows.getDouble(10), date)));
            }
            return found;
        } catch (SQLException e) {
            throw new StoreException("cannot read mentions", e);
        }
    }

    private List<Item> items(String sql, Object... parameters) {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            List<Item> items = new ArrayList<>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    items.add(ItemRows.map(rows));
                }
            }
            return items;
        } catch (SQLException e) {
            throw new StoreException("cannot read items", e);
        }
    }

    @Override
    public void close() {
        Transactions.closeQuietly(connection);
    }
}
