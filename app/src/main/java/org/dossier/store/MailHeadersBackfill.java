package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/** Schema version 20's step: the mails of a case imported before it get their headers and people recorded from their metadata. */
final class MailHeadersBackfill {
    private MailHeadersBackfill() {
    }

    static void run(Connection connection) throws SQLException {
        try (MailHeaderRows rows = new MailHeaderRows(connection);
             PreparedStatement query = connection.prepareStatement("SELECT id, metadata, title, occurred_at FROM items"
                     + " WHERE kind = 'document' AND media_type IN (" + MailHeaderFields.MAIL_TYPES_SQL + ")");
             var mails = query.executeQuery()) {
            while (mails.next()) {
                long sent = mails.getLong(4);
                Instant sentAt = mails.wasNull() ? null : Instant.ofEpochMilli(sent);
                rows.record(MailHeaderFields.of(mails.getLong(1), MailHeaderFields.fromJson(mails.getString(2)), mails.getString(3), sentAt));
            }
        }
    }
}
