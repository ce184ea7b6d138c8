package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.MailText;
import org.dossier.text.PhoneNumbers;

/** The phone numbers of the mails' signatures: which mails the pass has still to read, and what it found. */
public final class MailPhoneStore implements AutoCloseable {
    private final Connection connection;

    public static MailPhoneStore of(CaseFile caseFile) {
        return new MailPhoneStore(caseFile.newConnection());
    }

    MailPhoneStore(Connection connection) {
        this.connection = connection;
    }

    /** Up to {@code limit} mails the pass has not read (their attachments left out). */
    public List<MailText> unread(int limit) {
        List<MailText> mails = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT h.item_id, i.text, i.title FROM mail_headers h JOIN items i ON i.id = h.item_id
                WHERE h.phones_read = 0 ORDER BY h.item_id LIMIT ?""")) {
            query.setInt(1, limit);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    mails.add(new MailText(rows.getLong(1), rows.getString(3), rows.getString(2), Set.of()));
                }
            }
            return mails;
        } catch (SQLException e) {
            throw new StoreException("cannot read the mails' signatures", e);
        }
    }

    /** Records the numbers found in these mails (none, for most) and that they were read, in one transaction. */
    public void record(Map<Long, List<PhoneNumbers.Found>> found) {
        Transactions.inTransaction(connection, "record the phone numbers of the mails' signatures", () -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO mail_phones VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING");
                 PreparedStatement read = connection.prepareStatement("UPDATE mail_headers SET phones_read = 1 WHERE item_id = ?")) {
                for (var mail : found.entrySet()) {
                    for (PhoneNumbers.Found phone : mail.getValue()) {
                        insert.setLong(1, mail.getKey());
                        insert.setInt(2, phone.start());
                        insert.setInt(3, phone.end());
                        insert.setString(4, phone.number());
                        insert.addBatch();
                    }
                    read.setLong(1, mail.getKey());
                    read.addBatch();
                }
                insert.executeBatch();
                read.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void close() {
        Transactions.closeQuietly(connection);
    }
}
