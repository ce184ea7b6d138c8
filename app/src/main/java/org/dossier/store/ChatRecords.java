package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.MessageDetails;
import org.dossier.model.NewAttachment;
import org.dossier.model.NewConversation;

/**
 * The import writer's chat tables: conversations and participants (looked up once, then
 * remembered: an export names the same few hundred of each a million times), attachments, and
 * the links between files of an export that can only be made once all of them are in.
 */
final class ChatRecords {
    private final Connection connection;
    private final PreparedStatement insertConversation;
    private final PreparedStatement findConversation;
    private final PreparedStatement insertParticipant;
    private final PreparedStatement findParticipant;
    private final PreparedStatement insertAttachment;
    private final Map<String, Long> conversations = new HashMap<>();
    private final Map<String, String> platforms = new HashMap<>();
    private final Map<String, Long> participants = new HashMap<>();

    ChatRecords(Connection connection) throws SQLException {
        this.connection = connection;
        insertConversation = connection.prepareStatement("""
                INSERT INTO conversations(conversation_key, platform, external_id, name, kind, export_path, time_zone, zone_assumed)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(conversation_key) DO NOTHING""");
        findConversation = connection.prepareStatement("SELECT id, platform FROM conversations WHERE conversation_key = ?");
        insertParticipant = connection.prepareStatement(
                "INSERT INTO participants(platform, platform_id, name) VALUES (?, ?, ?) ON CONFLICT(platform, platform_id) DO NOTHING");
        findParticipant = connection.prepareStatement("SELECT id FROM participants WHERE platform = ? AND platform_id = ?");
        insertAttachment = connection.prepareStatement(
                "INSERT INTO attachments(item_id, name, path, missing, note) VALUES (?, ?, ?, ?, ?)");
    }

    void conversation(NewConversation conversation) throws SQLException {
        if (conversations.containsKey(conversation.key())) {
            return;
        }
        insertConversation.setString(1, conversation.key());
        insertConversation.setString(2, conversation.platform());
        insertConversation.setString(3, conversation.externalId());
        insertConversation.setString(4, conversation.name());
        insertConversation.setString(5, conversation.kind());
        insertConversation.setString(6, conversation.exportPath());
        insertConversation.setString(7, conversation.zone() == null ? null : conversation.zone().getId());
        insertConversation.setInt(8, conversation.zoneAssumed() ? 1 : 0);
        insertConversation.executeUpdate();
        conversationId(conversation.key());
    }

    /** The row of a conversation recorded in this import or an earlier one. */
    Long conversationId(String key) throws SQLException {
        Long known = conversations.get(key);
        if (known != null) {
            return known;
        }
        findConversation.setString(1, key);
        try (var rows = findConversation.executeQuery()) {
            if (!rows.next()) {
                throw new StoreException("message names an unknown conversation " + key);
            }
            conversations.put(key, rows.getLong(1));
            platforms.put(key, rows.getString(2));
            return rows.getLong(1);
        }
    }

    /** The participant who wrote a message, recorded on first sight; null for a message without an author. */
    Long participantId(MessageDetails message, String name) throws SQLException {
        if (message.authorId() == null) {
            return null;
        }
        conversationId(message.conversationKey());
        String platform = platforms.get(message.conversationKey());
        String key = platform + '\n' + message.authorId();
        Long known = participants.get(key);
        if (known != null) {
            return known;
        }
        insertParticipant.setString(1, platform);
        insertParticipant.setString(2, message.authorId());
        insertParticipant.setString(3, name == null ? message.authorId() : name);
        insertParticipant.executeUpdate();
        findParticipant.setString(1, platform);
        findParticipant.setString(2, message.authorId());
        try (var rows = findParticipant.executeQuery()) {
            rows.next();
            participants.put(key, rows.getLong(1));
            return rows.getLong(1);
        }
    }

    void attachments(long itemId, List<NewAttachment> attachments) throws SQLException {
        for (NewAttachment attachment : attachments) {
            insertAttachment.setLong(1, itemId);
            insertAttachment.setString(2, attachment.name());
            insertAttachment.setString(3, attachment.path());
            insertAttachment.setInt(4, attachment.missing() ? 1 : 0);
            insertAttachment.setString(5, attachment.note());
            insertAttachment.executeUpdate();
        }
    }

    void linkReferences() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("""
                    UPDATE items SET reply_to_id = (
                        SELECT p.id FROM items p
                        WHERE p.conversation_id = items.conversation_id AND p.locator = items.reply_to_locator AND p.id <> items.id
                        ORDER BY p.id LIMIT 1)
                    WHERE reply_to_locator IS NOT NULL AND reply_to_id IS NULL""");
            statement.executeUpdate("""
                    UPDATE attachments SET source_id = (
                        SELECT l.source_id FROM source_locations l WHERE l.path = attachments.path ORDER BY l.id LIMIT 1)
                    WHERE source_id IS NULL AND path IS NOT NULL AND missing = 0""");
            statement.executeUpdate("""
                    UPDATE attachments SET missing = 1,
                        note = coalesce(note, 'named by the export but not found in it')
                    WHERE source_id IS NULL AND missing = 0""");
            statement.executeUpdate("""
                    UPDATE items SET parent_item_id = (
                        SELECT a.item_id FROM attachments a WHERE a.source_id = items.source_id ORDER BY a.id LIMIT 1)
                    WHERE parent_item_id IS NULL AND locator = ''
                      AND source_id IN (SELECT source_id FROM attachments WHERE source_id IS NOT NULL)""");
        }
    }
}
