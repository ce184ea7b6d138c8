package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import org.dossier.model.MailAddress;
import org.dossier.model.MailHeaders;

/**
 * Records what a mail's headers say (its thread's ties, its sender and recipients) in the case's
 * narrow tables, as the mail is imported: threading and the communications graph read these rows
 * rather than every mail's metadata. Runs in its caller's transaction.
 */
final class MailHeaderRows implements AutoCloseable {
    private final PreparedStatement headers;
    private final PreparedStatement people;

    MailHeaderRows(Connection connection) throws SQLException {
        headers = connection.prepareStatement("""
                INSERT INTO mail_headers(item_id, message_id, parents, conversation_index, subject, sent_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""");
        people = connection.prepareStatement("INSERT INTO mail_people VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING");
    }

    void record(MailHeaders mail) throws SQLException {
        headers.setLong(1, mail.itemId());
        headers.setString(2, mail.messageId());
        headers.setString(3, String.join(" ", mail.parents()));
        headers.setString(4, mail.conversationIndex());
        headers.setString(5, mail.subject());
        if (mail.sentAt() == null) {
            headers.setNull(6, Types.INTEGER);
        } else {
            headers.setLong(6, mail.sentAt().toEpochMilli());
        }
        headers.executeUpdate();
        for (MailAddress address : mail.addresses()) {
            people.setLong(1, mail.itemId());
            people.setString(2, address.role());
            people.setString(3, address.address());
            people.setString(4, address.name() == null || address.name().isBlank() ? null : address.name().strip());
            people.executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        headers.close();
        people.close();
    }
}
